package org.pacta.core.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sorts documents into agreements, conservatively: a document joins a group only when it positively
 * describes the same instrument as one of its members ({@link Profile#sameInstrumentAs}) and
 * contradicts none of them ({@link Profile#compatibleWith}).
 * <p>A document a person assigned (a sidecar's {@code agreement_id}) goes with the documents assigned
 * the same id and no other. Three passes: documents a person assigned to the same agreement; documents signed on the same
 * day by the same parties; groups with nearly the same title. The input is sorted by document id
 * first, so the result depends on the set of documents, never on the order they were ingested in.
 * A group of mere documents, with no agreement text, news or curated id among them, is no agreement.
 */
final class AgreementGrouping {

    /** Title words this common (the bench's copies, "trade", "cooperation") find no candidates. */
    private static final int MAX_POSTINGS = 500;

    private AgreementGrouping() {
    }

    static List<List<DocumentFacts>> group(List<DocumentFacts> documents) {
        List<DocumentFacts> sorted = documents.stream().filter(DocumentFacts::describesAgreement)
                .sorted(Comparator.comparing(DocumentFacts::documentId)).toList();
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byCuratedId = new HashMap<>();
        Map<LocalDate, List<Group>> bySigningDate = new TreeMap<>();
        for (DocumentFacts d : sorted) {
            Profile p = Profile.of(d);
            Group g = p.curatedId() != null ? byCuratedId.get(p.curatedId()) : null;
            if (g == null && p.signedDate() != null) {
                g = bySigningDate.getOrDefault(p.signedDate(), List.of()).stream()
                        .filter(candidate -> candidate.accepts(p)).findFirst().orElse(null);
            }
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.add(d, p);
            if (p.curatedId() != null) {
                byCuratedId.putIfAbsent(p.curatedId(), g);
            }
            if (p.signedDate() != null) {
                List<Group> sameDay = bySigningDate.computeIfAbsent(p.signedDate(), k -> new ArrayList<>());
                if (!sameDay.contains(g)) {
                    sameDay.add(g);
                }
            }
        }
        return mergeByTitle(groups).stream().filter(g -> g.documents.stream().anyMatch(DocumentFacts::foundsAgreement))
                .map(g -> List.copyOf(g.documents)).toList();
    }

    /** Joins groups whose titles name the same instrument, through an index of their title words. */
    private static List<Group> mergeByTitle(List<Group> groups) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (String w : groups.get(i).titleWords()) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[groups.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < groups.size(); i++) {
            Set<Integer> candidates = new java.util.TreeSet<>();
            for (String w : groups.get(i).titleWords()) {
                List<Integer> list = postings.get(w);
                if (list.size() <= MAX_POSTINGS) {
                    for (int j : list) {
                        if (j > i) {
                            candidates.add(j);
                        }
                    }
                }
            }
            for (int j : candidates) {
                int ri = find(parent, i);
                int rj = find(parent, j);
                if (ri != rj && groups.get(ri).sameTitleAs(groups.get(rj)) && groups.get(ri).compatibleWith(groups.get(rj))) {
                    groups.get(ri).absorb(groups.get(rj));
                    parent[rj] = ri;
                }
            }
        }
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (parent[i] == i) {
                out.add(groups.get(i));
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Documents of one agreement and their distinct profiles. */
    private static final class Group {
        final List<DocumentFacts> documents = new ArrayList<>();
        final Map<Profile, Integer> profiles = new LinkedHashMap<>();

        boolean accepts(Profile p) {
            return profiles.keySet().stream().anyMatch(p::sameInstrumentAs)
                    && profiles.keySet().stream().allMatch(p::compatibleWith);
        }

        void add(DocumentFacts d, Profile p) {
            documents.add(d);
            profiles.merge(p, 1, Integer::sum);
        }

        Set<String> titleWords() {
            Set<String> words = new java.util.TreeSet<>();
            profiles.keySet().forEach(p -> words.addAll(p.titleWords()));
            return words;
        }

        boolean sameTitleAs(Group o) {
            return profiles.keySet().stream().anyMatch(p -> o.profiles.keySet().stream().anyMatch(p::sameInstrumentAs));
        }

        boolean compatibleWith(Group o) {
            return profiles.keySet().stream().allMatch(p -> o.profiles.keySet().stream().allMatch(p::compatibleWith));
        }

        void absorb(Group o) {
            documents.addAll(o.documents);
            o.profiles.forEach((p, n) -> profiles.merge(p, n, Integer::sum));
        }
    }
}
