package org.pacta.metadata.parties;

import org.ahocorasick.trie.Trie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's lookup tables, built once from ICU's CLDR names and {@link GazetteerData}: folded
 * name → code for {@code resolve}, and folded name → entries plus an Aho–Corasick trie for finding
 * names in running text.
 */
final class NameIndex {

    final Map<String, String> alpha3ByAlpha2 = new LinkedHashMap<>();
    final Map<String, String> alpha2ByCode = new HashMap<>();
    final Map<String, String> historicalNames = new HashMap<>();
    final Map<String, GazetteerData.Organisation> organisations = new LinkedHashMap<>();
    final Map<String, String> resolve = new HashMap<>();
    final Map<String, List<GazetteerEntry>> text = new HashMap<>();
    final Trie trie;

    private NameIndex(GazetteerData data) {
        CldrNames.alpha3Codes().forEach((a2, a3) -> {
            if (data.notCountries().contains(a2)) {
                return;
            }
            String code = data.codeOverrides().getOrDefault(a3, a3);
            alpha3ByAlpha2.put(a2, code);
            alpha2ByCode.put(code, a2);
        });
        addCldrNames(data);
        addCountryData(data);
        addOrganisations(data);
        data.bodies().forEach((code, names) -> names.forEach(n ->
                addFirst(n, new GazetteerEntry(code, Mention.Kind.BODY, n, isAbbreviation(n)))));
        data.places().forEach(p -> addFirst(p, GazetteerEntry.place(p)));
        trie = Trie.builder().addKeywords(text.keySet()).build();
    }

    static NameIndex build(GazetteerData data) {
        return new NameIndex(data);
    }

    private void addCldrNames(GazetteerData data) {
        Set<String> textLanguages = new HashSet<>(data.textLanguages());
        Set<String> notInText = new HashSet<>();
        data.notInText().forEach(n -> notInText.add(FoldedText.fold(n)));
        Map<String, Set<String>> codesByName = new HashMap<>();
        Map<String, String> writtenInTextLanguage = new HashMap<>();
        CldrNames.forEachName(alpha3ByAlpha2.keySet(), CldrNames.languages(), (a2, lang, name) -> {
            String code = alpha3ByAlpha2.get(a2);
            for (String variant : spellings(name)) {
                String key = FoldedText.fold(variant);
                codesByName.computeIfAbsent(key, k -> new HashSet<>()).add(code);
                if (textLanguages.contains(lang)) {
                    writtenInTextLanguage.putIfAbsent(key, variant);
                }
            }
        });
        codesByName.forEach((key, codes) -> {
            String code = codes.size() == 1 ? codes.iterator().next() : data.preferred().get(key(data, key));
            if (code == null) {
                return; // a name two countries share ("Kongo") means neither on its own
            }
            resolve.put(key, code);
            String written = writtenInTextLanguage.get(key);
            if (written != null && !notInText.contains(key)) {
                boolean shortName = written.codePointCount(0, written.length()) <= 3;
                addLast(written, new GazetteerEntry(code, Mention.Kind.NAME, written, shortName || isAbbreviation(written)));
            }
        });
    }

    /** The preferred table is keyed by written names; find the one folding to {@code key}. */
    private static String key(GazetteerData data, String key) {
        for (String name : data.preferred().keySet()) {
            if (FoldedText.fold(name).equals(key)) {
                return name;
            }
        }
        return key;
    }

    private void addCountryData(GazetteerData data) {
        data.countries().forEach((code, names) -> {
            names.aliases().forEach(a -> addAlias(code, a, data));
            names.demonyms().forEach(d -> addDemonym(code, d));
        });
        data.historical().forEach((code, h) -> {
            historicalNames.put(code, h.name());
            addAlias(code, h.name(), data);
            h.aliases().forEach(a -> addAlias(code, a, data));
            h.demonyms().forEach(d -> addDemonym(code, d));
        });
    }

    private void addOrganisations(GazetteerData data) {
        for (GazetteerData.Organisation o : data.organisations()) {
            organisations.put(o.id(), o);
            resolve.put(FoldedText.fold(o.id()), o.id());
            for (String n : o.names()) {
                resolve.put(FoldedText.fold(n), o.id());
                addFirst(n, new GazetteerEntry(o.id(), Mention.Kind.NAME, n, false));
            }
            for (String a : o.abbreviations()) {
                resolve.put(FoldedText.fold(a), o.id());
                addFirst(a, new GazetteerEntry(o.id(), Mention.Kind.NAME, a, true));
            }
        }
    }

    private void addAlias(String code, String alias, GazetteerData data) {
        String written = withoutArticle(alias);
        String key = FoldedText.fold(written);
        String preferred = data.preferred().get(written);
        if (preferred != null && !preferred.equals(code)) {
            return;
        }
        resolve.put(key, code);
        addFirst(written, new GazetteerEntry(code, Mention.Kind.NAME, written, isAbbreviation(written)));
    }

    private void addDemonym(String code, String demonym) {
        resolve.putIfAbsent(FoldedText.fold(demonym), code);
        addLast(demonym, new GazetteerEntry(code, Mention.Kind.DEMONYM, demonym, false));
    }

    private void addFirst(String written, GazetteerEntry entry) {
        ((LinkedList<GazetteerEntry>) text.computeIfAbsent(FoldedText.fold(written), k -> new LinkedList<>()))
                .addFirst(entry);
    }

    private void addLast(String written, GazetteerEntry entry) {
        text.computeIfAbsent(FoldedText.fold(written), k -> new LinkedList<>()).add(entry);
    }

    /** "St. Kitts & Nevis" is also written "Saint Kitts and Nevis". */
    private static List<String> spellings(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        if (name.contains(" & ")) {
            out.add(name.replace(" & ", " and "));
        }
        for (String s : List.copyOf(out)) {
            if (s.startsWith("St. ")) {
                out.add("Saint " + s.substring(4));
                out.add("St " + s.substring(4));
            }
        }
        return out;
    }

    private static String withoutArticle(String alias) {
        String lower = alias.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? alias.substring(4) : alias;
    }

    /** Written without lower-case letters ("EC", "U.S.", "UAE"): matched in exactly this case. */
    static boolean isAbbreviation(String written) {
        return written.chars().noneMatch(Character::isLowerCase);
    }
}
