package org.pacta.metadata.parties;

import com.ibm.icu.util.ULocale;
import org.ahocorasick.trie.Emit;
import org.pacta.core.party.PartyNames;
import org.pacta.metadata.text.Fold;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Country and organisation names in many languages, to and from codes, and found in running text.
 * Names come from ICU4J's CLDR data (every locale) and the maintained {@code gazetteer.yaml}
 * (aliases, former names, demonyms, historical states, organisations). Thread-safe; the tables are
 * built once per JVM and shared.
 */
public final class Gazetteer implements PartyNames {

    private static final Pattern MEMBERS_BEFORE = Pattern.compile(
            "(?i)(?:member[\\s-]+(?:states?|countries|nations|governments)|members|states[\\s-]+members|member)\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern MEMBERS_AFTER = Pattern.compile(
            "(?i)^\\s*(?:member[\\s-]+)?(?:states?|countries|members|nations)\\b");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("(?i)^\\s*(?:dollars?|dlrs?\\.?|cents?|\\$)(?![a-z])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final class Shared {
        static final NameIndex INDEX = NameIndex.build(GazetteerData.load());
    }

    private final NameIndex index;

    public Gazetteer() {
        this.index = Shared.INDEX;
    }

    /**
     * The code for a name or code in any language ICU knows, or an alias, former name, demonym or
     * organisation name of the data file: "Turquie", "Türkiye", "TR", "TUR", "Turkish" → TUR;
     * "the Kingdom of the Netherlands" → NLD; "Ministry of Defense of Azerbaijan" → AZE; "EC" →
     * "European Union".
     */
    @Override
    public Optional<String> resolve(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String s = nameOrCode.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        if (s.length() == 2 && index.alpha3ByAlpha2.containsKey(upper)) {
            return Optional.of(index.alpha3ByAlpha2.get(upper));
        }
        if (s.length() == 3 && isKnownCode(upper) && s.equals(upper)) {
            return Optional.of(upper);
        }
        String direct = index.resolve.get(FoldedText.fold(s));
        if (direct != null) {
            return Optional.of(direct);
        }
        // A formal phrase around one name: "Government of the Republic of X", "Ministry of Defense of X".
        List<Mention> found = find(s).stream().filter(Mention::isName).toList();
        if (found.stream().map(Mention::code).distinct().count() == 1) {
            return Optional.of(found.get(0).code());
        }
        return Optional.empty();
    }

    /**
     * The name of a code in a language: TUR in English → "Türkiye", in French → "Turquie";
     * historical states and organisations by their English name; an unknown code as itself.
     */
    @Override
    public String displayName(String code, Locale locale) {
        String a2 = index.alpha2ByCode.get(code);
        if (a2 != null) {
            return new ULocale("", a2).getDisplayCountry(ULocale.forLocale(locale == null ? Locale.ENGLISH : locale));
        }
        String historical = index.historicalNames.get(code);
        return historical != null ? historical : code;
    }

    @Override
    public boolean startsWithTyped(String name, String typed) {
        String folded = Fold.fold(name);
        String wanted = Fold.fold(typed);
        return folded.startsWith(wanted) || folded.contains(" " + wanted);
    }

    /** Whether the id is an ISO alpha-3 code, a historical code or an organisation id. */
    public boolean isKnownCode(String code) {
        return index.alpha2ByCode.containsKey(code) || index.historicalNames.containsKey(code)
                || index.organisations.containsKey(code);
    }

    public boolean isOrganisation(String code) {
        return index.organisations.containsKey(code);
    }

    /** Whether the organisation's member states sign for it (EFTA, ASEAN), rather than itself. */
    public boolean isGrouping(String code) {
        GazetteerData.Organisation o = index.organisations.get(code);
        return o != null && o.grouping();
    }

    /**
     * Every country, organisation, government body and demonym the text names, in text order.
     * Whole words, accents folded, case-aware (the text must capitalise a name; abbreviations must
     * match exactly), the longest match wins; places that merely contain a country's name ("Mexico
     * City") and currencies ("U.S. dollars") are left out.
     */
    public List<Mention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        String f = folded.folded();
        List<Match> matches = new ArrayList<>();
        for (Emit e : index.trie.parseText(f)) {
            int start = e.getStart();
            int end = e.getEnd() + 1;
            if (!wordBoundary(f, start, end)) {
                continue;
            }
            int os = folded.originalStart(start);
            int oe = folded.originalEnd(end);
            GazetteerEntry entry = choose(index.text.get(e.getKeyword()), text.substring(os, oe));
            if (entry != null) {
                matches.add(new Match(start, end, os, oe, entry));
            }
        }
        return toMentions(text, longestFirst(matches));
    }

    private record Match(int start, int end, int originalStart, int originalEnd, GazetteerEntry entry) {
        int length() {
            return end - start;
        }
    }

    private static boolean wordBoundary(String f, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(f.charAt(start - 1)))
                && (end >= f.length() || !Character.isLetterOrDigit(f.charAt(end)));
    }

    /** The first entry (data before CLDR, abbreviations first) whose case the text respects. */
    private static GazetteerEntry choose(List<GazetteerEntry> entries, String original) {
        GazetteerEntry fallback = null;
        for (GazetteerEntry entry : entries) {
            if (entry.exactCase()) {
                if (SPACES.matcher(original).replaceAll(" ").equals(SPACES.matcher(entry.written()).replaceAll(" "))) {
                    return entry;
                }
            } else if (fallback == null && capitalised(original)) {
                fallback = entry;
            }
        }
        return fallback;
    }

    private static boolean capitalised(String original) {
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c)) {
                return !Character.isLowerCase(c);
            }
        }
        return true;
    }

    private static List<Match> longestFirst(List<Match> matches) {
        List<Match> byLength = new ArrayList<>(matches);
        byLength.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        BitSet taken = new BitSet();
        for (Match m : byLength) {
            if (taken.get(m.start(), m.end()).isEmpty()) {
                taken.set(m.start(), m.end());
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    private List<Mention> toMentions(String text, List<Match> matches) {
        List<Mention> out = new ArrayList<>();
        for (Match m : matches) {
            GazetteerEntry entry = m.entry();
            if (entry.isPlace()) {
                continue;
            }
            String after = text.substring(m.originalEnd(), Math.min(text.length(), m.originalEnd() + 30));
            if (CURRENCY_AFTER.matcher(after).find()) {
                continue;
            }
            Mention.Kind kind = entry.kind();
            if (kind == Mention.Kind.NAME && isOrganisation(entry.code())) {
                String before = text.substring(Math.max(0, m.originalStart() - 60), m.originalStart());
                if (MEMBERS_BEFORE.matcher(before).find() || MEMBERS_AFTER.matcher(after).find()) {
                    kind = Mention.Kind.MEMBERS;
                }
            }
            out.add(new Mention(entry.code(), kind, m.originalStart(), m.originalEnd(),
                    text.substring(m.originalStart(), m.originalEnd())));
        }
        return out;
    }
}
