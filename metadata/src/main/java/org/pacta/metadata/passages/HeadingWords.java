package org.pacta.metadata.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words that open a heading of each kind, in the languages of the archive, and the pattern of a
 * heading line for each kind. Words count only in Title case or upper case ("Article", "ARTICLE"): the
 * lower-case word at a line's start is a wrapped sentence's cross-reference.
 */
final class HeadingWords {

    private static final List<String> ARTICLE = List.of("Article", "Art.", "Artículo", "Articulo", "Artigo",
            "Artikel", "Articolo", "Artykuł", "Статья", "Madde");
    private static final List<String> PART = List.of("Part", "Partie", "Parte", "Teil", "Title", "Titre", "Título",
            "Titolo", "Часть", "Kısım");
    private static final List<String> CHAPTER = List.of("Chapter", "Chapitre", "Capítulo", "Capitulo", "Kapitel",
            "Capitolo", "Глава", "Bölüm");
    private static final List<String> SECTION = List.of("Section", "Sección", "Seccion", "Secção", "Seção",
            "Abschnitt", "Sezione", "Раздел");
    private static final List<String> APPENDED = List.of("Annex", "Annexe", "Anexo", "Anhang", "Anlage", "Allegato",
            "Приложение", "Ek", "Schedule", "Protocol", "Protocole", "Protocolo", "Protokoll", "Протокол",
            "Appendix", "Appendice", "Apéndice", "Apêndice");

    /** Arabic (with sub-numbers, "24.6", "5 bis"), roman, a letter, the French first, spelled-out English. */
    private static final String NUMBER = "(?<number>1er|premier|PREMIER|primero|PRIMERO"
            + "|\\d{1,4}(?:[.\\-]\\d{1,4}){0,3}(?:\\.?[º°ª])?(?:[ \\t]?(?:bis|ter|quater|quinquies)\\b)?"
            + "|[IVXLCDM]{1,8}(?:[.\\-]\\d{1,3})?\\b|[A-Z](?:[.\\-]?\\d{1,3})?\\b"
            + "|(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE"
            + "|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\\b)";

    /**
     * What may follow the number: the line's end, a separator before a title, or a capitalised title or
     * body; "Article 5 of the Convention" and "Article 5, paragraph 2" are references, not headings.
     */
    private static final String AFTER_NUMBER = "(?=[ \\t]*$|[ \\t]*[.:\\-–—][ \\t]*\\S|[ \\t]*[.:]?[ \\t]*$"
            + "|[ \\t]+[\\p{Lu}\\p{Lt}\"“«‘'\\[])";

    private HeadingWords() {
    }

    /** A numbered heading of this kind at the start of a line (its region). */
    static Pattern numbered(HeadingKind kind) {
        return Pattern.compile("[ \\t]*(?<word>" + alternatives(words(kind)) + ")(?:[ \\t]+|(?<=\\.)[ \\t]*|[ \\t]*[-–][ \\t]*)"
                + NUMBER + AFTER_NUMBER);
    }

    /**
     * An unnumbered appended part, in upper case: "ANNEX" alone on its line, or a title "PROTOCOL ON ...".
     * In Title case the word alone on a line is too often the end of a wrapped sentence ("... this\nAnnex.").
     */
    static Pattern unnumberedAppended() {
        List<String> upper = APPENDED.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
        return Pattern.compile("[ \\t]*(?<word>" + alternatives(upper, false) + ")(?:[ \\t]*$|[ \\t]+(?=[^\\p{Ll}]*$))");
    }

    private static List<String> words(HeadingKind kind) {
        return switch (kind) {
            case ARTICLE -> ARTICLE;
            case PART -> PART;
            case CHAPTER -> CHAPTER;
            case SECTION -> SECTION;
            case APPENDED -> APPENDED;
        };
    }

    /** Title and upper case of each word, longest first so that "Annexe" is not read as "Annex". */
    private static String alternatives(List<String> words) {
        return alternatives(words, true);
    }

    private static String alternatives(List<String> words, boolean withUpperCase) {
        List<String> forms = new ArrayList<>();
        for (String word : words) {
            forms.add(word);
            if (withUpperCase) {
                forms.add(word.toUpperCase(Locale.ROOT));
            }
        }
        forms.sort((a, b) -> b.length() - a.length());
        return String.join("|", forms.stream().map(Pattern::quote).toList());
    }

    /** The word as a locator writes it: "ARTICLE" becomes "Article"; "Art." and "Статья" stay. */
    static String citedWord(String word) {
        if (!word.equals(word.toUpperCase(Locale.ROOT))) {
            return word;
        }
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The number as a locator writes it: "PREMIER" becomes "premier", "TWO" "Two". */
    static String citedNumber(String number) {
        if (number.equalsIgnoreCase("premier") || number.equalsIgnoreCase("primero")) {
            return number.toLowerCase(Locale.ROOT);
        }
        if (number.length() > 2 && number.chars().allMatch(Character::isLetter) && !isRoman(number)) {
            return number.charAt(0) + number.substring(1).toLowerCase(Locale.ROOT);
        }
        return number.replaceAll("[ \\t]+", " ");
    }

    private static boolean isRoman(String number) {
        return number.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0);
    }
}
