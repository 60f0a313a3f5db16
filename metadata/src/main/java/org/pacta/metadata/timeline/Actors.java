package org.pacta.metadata.timeline;

import org.pacta.metadata.parties.Gazetteer;
import org.pacta.metadata.parties.Mention;
import org.pacta.metadata.status.StageLexicon;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.Sentence;
import org.pacta.metadata.text.TsvRows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who took a stage a news sentence reports (which party's parliament ratified): a government body the
 * gazetteer knows ("Milli Majlis"), a legislature next to a party ("Azerbaijan's parliament",
 * "the parliament of Georgia", "el Parlamento de Argentina"), a legislature's own name in the news'
 * languages ({@code legislatures.tsv}: "Госдума", "TBMM"), the verb's doer ("ratified by Japan", "Russia
 * withdrew from the treaty with Ukraine": the small words of {@code actor-words.tsv}), the only party the
 * sentence names, or the nearest body or parliament before it. Only the document's parties are credited.
 * Thread-safe.
 */
final class Actors {

    /** The party that acted and the body that acted for it, either possibly null. */
    record Actor(String party, String body) {
        static final Actor NONE = new Actor(null, null);
    }

    private record Alias(String code, Pattern names) {
    }

    private static final Pattern POSSESSIVE_GAP = Pattern.compile("^(['’]s)?\\s+$");
    private static final int AGENT_REACH = 40;

    /** "the parliament of Georgia": a legislature, an "of" word, a name. */
    private final Pattern ofGap;
    /** "ratified by Japan": a passive verb's doer. */
    private final Pattern agentBefore;
    /** "the treaty with Turkey": a name that is not the doer. */
    private final Pattern companionBefore;
    /** "Azerbaijan and Türkiye ratified": two doers. */
    private final Pattern joinedAfter;
    private final Gazetteer gazetteer;
    private final Map<String, String> bodyNames = new HashMap<>();
    private final List<Alias> aliases = new ArrayList<>();

    Actors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, String> words = new HashMap<>();
        for (String[] cols : TsvRows.read(Actors.class, "actor-words.tsv")) {
            words.put(cols[0], cols[1].replace(" ", "\\s+"));
        }
        String article = "((" + words.get("article") + ")\\s+|l')?";
        ofGap = Pattern.compile("(?iu)^\\s+((" + words.get("of") + ")\\s+)?" + article + "$");
        agentBefore = Pattern.compile("(?iu)(^|[^\\p{L}])(" + words.get("agent") + ")\\s+" + article + "$");
        companionBefore = Pattern.compile("(?iu)(^|[^\\p{L}])(" + words.get("companion") + ")\\s+" + article + "$");
        joinedAfter = Pattern.compile("(?iu)^\\s*(" + words.get("joiner") + "|,)\\s");
        for (String[] cols : TsvRows.read(Actors.class, "legislatures.tsv")) {
            bodyNames.put(cols[0], cols[1]);
            if (cols.length > 2 && !cols[2].equals("-")) {
                String names = Fold.fold(cols[2]).replace(".", "\\.").replace(" ", "\\s+");
                aliases.add(new Alias(cols[0], Pattern.compile("(?<![\\p{L}\\p{N}])(" + names + ")(?![\\p{L}\\p{N}])")));
            }
        }
    }

    /** @param verb offset of the stage's phrase in sentence {@code at} */
    Actor of(List<Sentence> sentences, int at, int verb, List<String> parties) {
        String sentence = sentences.get(at).text();
        Actor here = actorIn(sentence, parties);
        if (here != Actor.NONE) {
            return here;
        }
        Mention subject = subject(sentence, verb - sentences.get(at).start());
        if (subject != null) {
            // "Russia withdrew from the treaty with Ukraine": Russia, even when it is no party of ours
            return parties.contains(subject.code()) ? new Actor(subject.code(), null) : Actor.NONE;
        }
        List<String> named = gazetteer.find(sentence).stream().filter(m -> !companion(sentence, m)).map(Mention::code)
                .filter(parties::contains).distinct().toList();
        if (named.size() == 1) {
            return new Actor(named.get(0), null);
        }
        for (int i = at - 1; i >= 0; i--) {
            Actor found = actorIn(sentences.get(i).text(), parties);
            if (found != Actor.NONE) {
                return found;
            }
        }
        return Actor.NONE;
    }

    /**
     * The state the sentence makes the verb's doer: the agent after it ("ratified by Japan", "ratifié par
     * le Japon"), else the last name before it that is no companion ("the treaty with Turkey"); null
     * when there is none, or two joined ("Azerbaijan and Türkiye ratified": both).
     */
    private Mention subject(String sentence, int verb) {
        List<Mention> names = gazetteer.find(sentence).stream().filter(Mention::isName).toList();
        for (Mention m : names) {
            if (m.start() >= verb && m.start() - verb <= AGENT_REACH
                    && agentBefore.matcher(sentence.substring(verb, m.start())).find()) {
                return m;
            }
        }
        Mention last = null;
        for (Mention m : names) {
            if (m.end() <= verb && !companion(sentence, m)) {
                last = m;
            }
        }
        if (last == null) {
            return null;
        }
        String between = sentence.substring(last.end(), verb);
        return joinedAfter.matcher(between).find() ? null : last;
    }

    /** "the agreement with Kazakhstan": the name is the doer's partner. */
    private boolean companion(String sentence, Mention m) {
        return companionBefore.matcher(sentence.substring(Math.max(0, m.start() - 16), m.start())).find();
    }

    private Actor actorIn(String sentence, List<String> parties) {
        List<Mention> mentions = gazetteer.find(sentence).stream().filter(m -> parties.contains(m.code())).toList();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.BODY) {
                return new Actor(m.code(), m.text());
            }
        }
        String folded = Fold.foldKeepingLength(sentence);
        Matcher lw = StageLexicon.get().legislature().matcher(folded);
        while (lw.find()) {
            for (Mention m : mentions) {
                boolean before = m.end() <= lw.start()
                        && POSSESSIVE_GAP.matcher(sentence.substring(m.end(), lw.start())).matches();
                boolean after = m.start() >= lw.end()
                        && ofGap.matcher(sentence.substring(lw.end(), m.start())).matches();
                if (before || after) {
                    return new Actor(m.code(), bodyNames.getOrDefault(m.code(), "Parliament"));
                }
            }
        }
        for (Alias alias : aliases) {
            if (parties.contains(alias.code()) && alias.names().matcher(folded).find()) {
                return new Actor(alias.code(), bodyNames.get(alias.code()));
            }
        }
        return Actor.NONE;
    }
}
