package org.pacta.elasticsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A new version of one of Pacta's indices built beside the live one, then put behind the alias in
 * one {@code _aliases} request, so searches see either the old index or the new one, never none.
 */
public final class IndexVersions {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final String prefix;

    public IndexVersions(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    /** The concrete index the alias points to now. */
    public String live(IndexDefinition index) {
        String alias = index.alias(prefix);
        try {
            return client.indices().getAlias(a -> a.name(alias)).result().keySet().stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("No index behind " + alias));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the next index from the current mapping file behind {@link #rebuildAlias} only: the
     * mapping's own version ({@code -v2}) when the live index is older, else that name with a UTC
     * time stamp. An index left behind by an interrupted rebuild is deleted first.
     */
    public String createNext(IndexDefinition index, Clock clock) {
        String live = live(index);
        String name = index.concreteIndex(prefix);
        String next = name.equals(live) || live.startsWith(name + "-") ? name + "-" + STAMP.format(clock.instant()) : name;
        String rebuild = rebuildAlias(index);
        try {
            if (client.indices().existsAlias(a -> a.name(rebuild)).value()) {
                client.indices().delete(d -> d.index(rebuild));
            }
            try (InputStream json = IndexAdmin.mapping(index)) {
                client.indices().create(c -> c.index(next).withJson(json).aliases(rebuild, a -> a.isWriteIndex(true)));
            }
            client.cluster().health(h -> h.index(next).waitForStatus(HealthStatus.Yellow));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create index " + next, e);
        }
        return next;
    }

    /** The alias a rebuild writes through (Pacta's bulk writes require an alias, never a bare index name). */
    public String rebuildAlias(IndexDefinition index) {
        return index.alias(prefix) + "-rebuild";
    }

    /** Refuses writes to the live index while it is rebuilt, so nothing written meanwhile is lost in the swap. */
    public void blockWrites(String concrete, boolean blocked) {
        try {
            client.indices().putSettings(s -> s.index(concrete).settings(b -> b.blocks(k -> k.write(blocked))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One index's alias to move from one concrete index to another. */
    public record Swap(IndexDefinition index, String from, String to) {
    }

    /** Moves the alias from {@code from} to {@code to} atomically: one request with every action. */
    public void swap(IndexDefinition index, String from, String to) {
        swap(List.of(new Swap(index, from, to)));
    }

    /** Moves several aliases in one request, so searches see all the old indices or all the new ones. */
    public void swap(List<Swap> swaps) {
        try {
            client.indices().updateAliases(u -> {
                for (Swap swap : swaps) {
                    String alias = swap.index().alias(prefix);
                    u.actions(a -> a.remove(r -> r.index(swap.from()).alias(alias)))
                            .actions(a -> a.add(r -> r.index(swap.to()).alias(alias).isWriteIndex(true)))
                            .actions(a -> a.remove(r -> r.index(swap.to()).alias(rebuildAlias(swap.index()))));
                }
                return u;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + swaps, e);
        }
    }

    public void delete(String concrete) {
        try {
            client.indices().delete(d -> d.index(concrete));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
