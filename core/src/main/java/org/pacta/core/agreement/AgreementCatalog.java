package org.pacta.core.agreement;

import org.pacta.core.Sha256;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every agreement of the archive, built from every document's facts: grouped, assembled, given
 * stable ids, and their mentions of one another linked. A pure function of the set of documents.
 */
public final class AgreementCatalog {

    /** What a person may write as {@code agreement_id} in a sidecar. */
    private static final Pattern CURATED_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private AgreementCatalog() {
    }

    public static List<Agreement> build(List<DocumentFacts> documents) {
        List<Agreement> agreements = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<List<DocumentFacts>> groups = new ArrayList<>(AgreementGrouping.group(documents));
        groups.sort(Comparator.comparing(g -> g.stream().map(DocumentFacts::documentId).min(String::compareTo).orElseThrow()));
        for (List<DocumentFacts> group : groups) {
            Agreement a = AgreementAssembler.assemble(group);
            agreements.add(a.withId(idFor(a, group, taken)));
        }
        RelatedLinks links = new RelatedLinks(agreements);
        return java.util.stream.IntStream.range(0, agreements.size()).mapToObj(links::linked).toList();
    }

    /**
     * A curated id as written; else one derived from the parties and signing date, which do not
     * change as news about the agreement arrives; else from its first document. Two agreements that
     * would share one (signed the same day by the same parties) are told apart by their first document.
     */
    private static String idFor(Agreement a, List<DocumentFacts> group, Set<String> taken) {
        String firstDocument = group.stream().map(DocumentFacts::documentId).min(String::compareTo).orElseThrow();
        String curated = group.stream().map(d -> d.metadata().agreementId()).filter(id -> id != null && CURATED_ID.matcher(id).matches())
                .min(String::compareTo).orElse(null);
        String id;
        if (curated != null) {
            id = curated;
        } else if (!a.parties().isEmpty() && a.signedDate() != null) {
            id = derived(String.join(",", a.parties()) + "|" + a.signedDate());
        } else {
            id = derived("document|" + firstDocument);
        }
        if (!taken.add(id)) {
            id = derived(id + "|" + firstDocument);
            taken.add(id);
        }
        return id;
    }

    private static String derived(String key) {
        return "ag-" + Sha256.hex(key).substring(0, 16);
    }
}
