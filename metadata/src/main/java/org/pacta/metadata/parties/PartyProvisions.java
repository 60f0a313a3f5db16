package org.pacta.metadata.parties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parties of a plurilateral text that lists them nowhere else (no preamble, no signature block
 * kept): the provisions it makes for each of them, item by item — "(a) for Australia, the Treasurer
 * ...; (b) for Canada, the Minister ...", "(c) para Japón, ...". A state given such a provision in
 * several places, among at least three states so provided for, is a party.
 */
final class PartyProvisions {

    /** An enumerated item that opens with whom it is for. */
    private static final Pattern ITEM_FOR = Pattern.compile(
            "\\(\\s*(?:[a-z]{1,2}|[ivx]{1,5}|\\d{1,2})\\s*\\)\\s+(?:[Ff]or|[Pp]ara|[Pp]our|[Ii]n\\s+the\\s+case\\s+of|[Ee]n\\s+el\\s+caso\\s+de"
                    + "|[Dd]ans\\s+le\\s+cas\\s+d[eu']|[Ww]ith\\s+respect\\s+to|[Cc]on\\s+respecto\\s+a)\\s+");
    /** States provided for, at least, before the provisions are read as a list of the parties. */
    private static final int MIN_STATES = 3;
    /** Items each state needs: one could be an aside ("(b) for Chile, see Annex"). */
    private static final int MIN_ITEMS = 2;

    List<Candidate> read(Reading reading) {
        Map<String, Integer> items = new LinkedHashMap<>();
        Map<String, Mention> first = new LinkedHashMap<>();
        Matcher item = ITEM_FOR.matcher(reading.text());
        while (item.find()) {
            int i = reading.lists().firstAtOrAfter(item.end());
            if (i >= reading.mentions().size()) {
                break;
            }
            Mention m = reading.mentions().get(i);
            if (!m.isName() || reading.gazetteer().isOrganisation(m.code())
                    || !NameLists.isFiller(reading.text().substring(item.end(), m.start()))) {
                continue;
            }
            items.merge(m.code(), 1, Integer::sum);
            first.putIfAbsent(m.code(), m);
        }
        List<Candidate> out = new ArrayList<>();
        first.forEach((code, m) -> {
            if (items.get(code) >= MIN_ITEMS) {
                out.add(Candidate.of(code, Rule.PARTY_PROVISIONS, reading, m.start(), m.end()));
            }
        });
        return out.size() >= MIN_STATES ? out : List.of();
    }
}
