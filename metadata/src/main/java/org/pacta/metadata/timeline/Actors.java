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
 * languages ({@code legislatures.tsv}: "Госдума", "TBMM"), the only party the sentence names ("Japan will
 * ratify …"), or the nearest body or parliament before it. Only the document's parties are credited.
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
    private static final Pattern OF_GAP = Pattern.compile(
            "^\\s+((of|de|du|des|del|do|da|dos|das|der)\\s+)?(the\\s+|la\\s+|l'|el\\s+)?$");

    private final Gazetteer gazetteer;
    private final Map<String, String> bodyNames = new HashMap<>();
    private final List<Alias> aliases = new ArrayList<>();

    Actors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String[] cols : TsvRows.read(Actors.class, "legislatures.tsv")) {
            bodyNames.put(cols[0], cols[1]);
            if (cols.length > 2 && !cols[2].equals("-")) {
                String names = Fold.fold(cols[2]).replace(".", "\\.").replace(" ", "\\s+");
                aliases.add(new Alias(cols[0], Pattern.compile("(?<![\\p{L}\\p{N}])(" + names + ")(?![\\p{L}\\p{N}])")));
            }
        }
    }

    Actor of(List<Sentence> sentences, int at, List<String> parties) {
        String sentence = sentences.get(at).text();
        Actor here = actorIn(sentence, parties);
        if (here != Actor.NONE) {
            return here;
        }
        List<String> named = gazetteer.find(sentence).stream().map(Mention::code).filter(parties::contains)
                .distinct().toList();
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
                        && OF_GAP.matcher(sentence.substring(lw.end(), m.start())).matches();
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
