package org.pacta.metadata.parties;

import org.pacta.metadata.text.TsvRows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who belonged to an organisation on a given day, from {@code memberships.tsv}: one row a membership
 * period with the public source it was taken from. Used to turn "the Community and its Member States"
 * or "the Member States of SADC" into the states that were members when the agreement was signed.
 * Immutable and shared.
 */
public final class Memberships {

    /** One period of membership; {@code left} is null while the state is still a member. */
    public record Membership(String organisation, String member, LocalDate joined, LocalDate left, String source) {

        boolean covers(LocalDate day) {
            return !day.isBefore(joined) && (left == null || day.isBefore(left));
        }
    }

    static final String RESOURCE = "memberships.tsv";

    private static final class Shared {
        static final Memberships TABLE = load();
    }

    private final Map<String, List<Membership>> byOrganisation;

    Memberships(List<Membership> rows) {
        Map<String, List<Membership>> map = new TreeMap<>();
        for (Membership m : rows) {
            map.computeIfAbsent(m.organisation(), k -> new ArrayList<>()).add(m);
        }
        map.values().forEach(list -> list.sort(Comparator.comparing(Membership::member)));
        this.byOrganisation = map;
    }

    /** The bundled table. */
    public static Memberships bundled() {
        return Shared.TABLE;
    }

    private static Memberships load() {
        List<Membership> rows = new ArrayList<>();
        for (String[] r : TsvRows.read(Memberships.class, RESOURCE)) {
            if (r.length < 5) {
                throw new IllegalStateException(RESOURCE + ": expected 5 columns in " + String.join("\\t", r));
            }
            rows.add(new Membership(r[0].strip(), r[1].strip(), LocalDate.parse(r[2].strip()),
                    r[3].isBlank() ? null : LocalDate.parse(r[3].strip()), r[4].strip()));
        }
        return new Memberships(rows);
    }

    /** The organisations the table knows, by id. */
    public java.util.Set<String> organisations() {
        return byOrganisation.keySet();
    }

    /** Whether the table knows the organisation's members at all. */
    public boolean knows(String organisation) {
        return byOrganisation.containsKey(organisation);
    }

    /** The organisation's members on {@code day}, by code. */
    public List<Membership> on(String organisation, LocalDate day) {
        List<Membership> out = new ArrayList<>();
        for (Membership m : byOrganisation.getOrDefault(organisation, List.of())) {
            if (m.covers(day)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The organisation's first members when {@code day} falls shortly before the organisation
     * existed: a treaty signed then is its founding treaty, and the states whose membership began
     * on the first day in the table are the ones that signed it. Empty when the organisation
     * already had members on {@code day} or began more than {@code FOUNDING_YEARS} later.
     */
    public List<Membership> foundersBefore(String organisation, LocalDate day) {
        List<Membership> rows = byOrganisation.getOrDefault(organisation, List.of());
        LocalDate first = rows.stream().map(Membership::joined).min(Comparator.naturalOrder()).orElse(null);
        if (first == null || !first.isAfter(day) || first.isAfter(day.plusYears(FOUNDING_YEARS))) {
            return List.of();
        }
        return rows.stream().filter(m -> m.joined().equals(first)).toList();
    }

    /** How long a founding treaty may wait for its entry into force (ratifications take a year or two). */
    static final int FOUNDING_YEARS = 3;
}
