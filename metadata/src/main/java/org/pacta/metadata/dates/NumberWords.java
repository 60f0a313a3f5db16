package org.pacta.metadata.dates;

import org.pacta.metadata.text.Token;

import java.util.List;

/**
 * Reads a number written in words (English, Spanish, French) from a token sequence:
 * "one thousand, nine hundred and seventy-three", "Two thousand Five hundred and thirty fourth",
 * "mil novecientos ochenta", "quatre-vingt-quatorze", "twenty fourth".
 */
final class NumberWords {

    /** A number read from tokens {@code [from, to)}. */
    record Read(int value, int from, int to, boolean ordinal, boolean hasMultiplier) {
    }

    private NumberWords() {
    }

    static Read read(List<Token> tokens, int from) {
        DateLexicon lex = DateLexicon.get();
        long total = 0;
        long current = 0;
        int i = from;
        int end = from;
        boolean any = false;
        boolean ordinal = false;
        boolean multiplier = false;
        int previousValue = -1;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            DateLexicon.NumberWord w = t.isWord() ? lex.number(t.norm()) : null;
            if (w == null) {
                if (!any) {
                    return null;
                }
                // connectors between number words: "and", "y", "e", "et", "-", and a comma after thousands
                boolean connector = t.is("and") || t.is("y") || t.is("e") || t.is("et") || t.is("und") || t.is("-")
                        || (t.is(",") && current == 0 && total > 0);
                if (connector && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                        && lex.number(tokens.get(i + 1).norm()) != null && !ordinal) {
                    i++;
                    continue;
                }
                break;
            }
            if (ordinal) {
                break; // an ordinal ends the number
            }
            if (w.multiplier()) {
                multiplier = true;
                if (w.value() == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else {
                    total += (current == 0 ? 1 : current) * w.value();
                    current = 0;
                }
            } else if (w.value() == 20 && previousValue == 4 && t.norm().startsWith("vingt")) {
                current = current - 4 + 80; // quatre-vingt(s)
            } else {
                current += w.value();
            }
            previousValue = w.value();
            ordinal = w.ordinal();
            any = true;
            i++;
            end = i;
            if (total + current > 10_000) {
                return null;
            }
        }
        if (!any) {
            return null;
        }
        return new Read((int) (total + current), from, end, ordinal, multiplier);
    }
}
