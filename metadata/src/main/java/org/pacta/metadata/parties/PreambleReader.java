package org.pacta.metadata.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parties a treaty names before its recitals: the heading ("Agreement between X and Y") and
 * the opening list ("The Government of X and the Government of Y (hereinafter "the Parties"),",
 * "Los Gobiernos de ...", "Le Gouvernement de ..."). The block ends at the first recital
 * ("Considering", "Desiring", "Considerando", "Conscients"...), at "have agreed", or at the first
 * article; a text with none of these in its first pages has no preamble.
 */
final class PreambleReader {

    private static final int SEARCH = 8000;
    private static final Pattern RECITAL = Pattern.compile(
            "(?iu)(?:^|[,;:.)\"\u201d\u2019'\\n\u23af\u2014\u2013]|\\n\\s*-)\\s*(?:whereas|considering|conscious|desiring|desirous|recogni[sz]ing|recalling"
                    + "|mindful|bearing in mind|convinced|determined|resolved|reaffirming|noting|wishing|having|aware"
                    + "|motivated|affirming|acknowledging|believing|taking|striving|confirm|guided|inspired|in fulfil+ment"
                    + "|aiming|seeking|emphasi[sz]ing|expressing|welcoming|sharing|cognizant|intending|committed|building"
                    + "|anxious|eager|realizing|realising|referring|to promote|to strengthen"
                    + "|animados|considerando|conscientes|deseosos|decididos|reconociendo|persuadidos|convencidos"
                    + "|reafirmando|teniendo en cuenta|tomando|conscients|d\u00e9sireux|consid\u00e9rant|r\u00e9solus|reconnaissant"
                    + "|convaincus|r\u00e9affirmant|prenant|d\u00e9cident|soucieux)\\b"
                    + "|\\b(?:have agreed|has agreed|have decided|agree as follows|han convenido|acuerdan|convienen|sont convenus"
                    + "|conviennent)\\b");
    static final Pattern FIRST_ARTICLE = Pattern.compile(
            "(?m)^\\s*(?:ARTICLE|Article|ART\u00cdCULO|Art\u00edculo|ARTICULO|Articulo)\\s+(?:1|I|ONE|One|PREMIER|Premier|PRIMERO|Primero)\\b\\.?");

    List<Candidate> read(Reading reading) {
        int end = end(reading.text());
        if (end < 0) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (List<Mention> list : reading.partyLists(0, end)) {
            int listStart = list.get(0).start();
            int listEnd = list.get(list.size() - 1).end();
            for (Mention m : list) {
                reading.candidate(m, Rule.PREAMBLE, listStart, listEnd).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Where the party block ends, or -1 when the text has no preamble. */
    static int end(String text) {
        int limit = Math.min(text.length(), SEARCH);
        int end = -1;
        Matcher recital = RECITAL.matcher(text).region(0, limit);
        if (recital.find()) {
            end = recital.start();
        }
        Matcher article = FIRST_ARTICLE.matcher(text).region(0, limit);
        if (article.find() && (end < 0 || article.start() < end)) {
            end = article.start();
        }
        return end;
    }
}
