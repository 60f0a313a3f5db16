package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.json.JsonData;

import java.time.Duration;
import java.util.List;

/**
 * Turns periodic refresh off on the documents index while a session writes (bulk indexing is much
 * cheaper without it), then puts the previous setting back and refreshes once.
 */
final class RefreshPause {

    private static final String SETTING = "index.refresh_interval";
    static final String OFF = "-1";

    private final ElasticsearchClient client;
    private final String alias;
    private final BulkSettings settings;
    private String previous;

    RefreshPause(ElasticsearchClient client, String alias, BulkSettings settings) {
        this.client = client;
        this.alias = alias;
        this.settings = settings;
    }

    void pause() {
        String current = current();
        // "-1" outside a session is one left by a session that died or still runs elsewhere: the
        // setting to come back to is then the default, never "off".
        previous = OFF.equals(current) ? null : current;
        put(JsonData.of(OFF), settings);
    }

    /**
     * Restores the setting from before {@link #pause()} ({@code null}: back to the default);
     * impatiently (one attempt) when the session already gave up on Elasticsearch.
     */
    void resume(boolean patiently) {
        put(previous == null ? JsonData.fromJson("null") : JsonData.of(previous),
                patiently ? settings : settings.withGiveUpAfter(Duration.ZERO));
    }

    /** The explicit setting of the index behind the alias, or {@code null} when it uses the default. */
    String current() {
        return Backoff.retrying(settings, "reading " + SETTING + " of " + alias, () -> {
            for (IndexState state : client.indices().getSettings(g -> g.index(alias).name(SETTING)).result().values()) {
                IndexSettings index = state.settings() == null ? null : state.settings().index();
                Time interval = index == null ? null : index.refreshInterval();
                if (interval != null) {
                    return interval.isTime() ? interval.time() : String.valueOf(interval.offset());
                }
            }
            return null;
        });
    }

    private void put(JsonData value, BulkSettings patience) {
        // A raw setting, because a typed Time cannot express null (= reset to the default).
        Backoff.retrying(patience, "setting " + SETTING + " of " + alias, () ->
                client.indices().putSettings(p -> p.index(alias).settings(s -> s.otherSettings(SETTING, value))));
    }

    /** Makes everything written so far searchable. */
    static void refresh(ElasticsearchClient client, BulkSettings settings, String... aliases) {
        Backoff.retrying(settings, "refreshing " + String.join(", ", aliases), () ->
                client.indices().refresh(r -> r.index(List.of(aliases))));
    }
}
