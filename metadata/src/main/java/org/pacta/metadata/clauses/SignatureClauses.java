package org.pacta.metadata.clauses;

import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.document.ParsedDocument;
import org.pacta.metadata.kinds.InstrumentLexicon;
import org.pacta.metadata.places.PlacePhrase;
import org.pacta.metadata.places.PlacePhrase.Place;
import org.pacta.metadata.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the statements of an agreement text that say where and when it was signed, and rates them.
 * <p>The signature clause ("Done at Tokyo on this third day of April 2007", "Hecho en la ciudad de
 * Montevideo a los doce días del mes de agosto…", "Fait à N'Djaména, le 16 Mars 1994", "Geschehen zu
 * Berlin am 3. April 2007", "Feito em Lisboa, aos 3 dias do mês de abril de 2007", "Совершено в г.
 * Москве 3 апреля 2007 года", "Made at the city of Kyiv on …", "Signed in duplicate in Macao, this 17th
 * day of October, 2003", "Opened for signature at Manila…") rates highest when it opens a sentence or
 * line, more so after "IN WITNESS WHEREOF" and near the end. Turkish puts the date and place before the
 * verb that closes the sentence ("… 3 Nisan 2007 tarihinde Ankara'da imzalanmıştır."). A date set with
 * the title ("Agreement between … 5 November 1993 The Government of …", "(Minsk, October 10, 2014)",
 * {@link TitleDates}) is the editor's statement of the signing and rates higher still; a header field
 * ("Date of signing: …", {@link DateFields}) a little lower than the clause. The same words inside a
 * sentence that cites another instrument ("the Marrakesh Agreement …, done at Marrakesh, 15 April
 * 1994", "the Protocol signed at Kigoma on 5 August 1924") are references and rate low: texts cite many
 * other signings, and the real clause is usually the last one. Where the parties signed on different
 * days, the {@link SignatureBlock} holds each signing, and the last one dates the agreement. Thread-safe.
 */
public final class SignatureClauses {

    /** Below this a candidate is not used. */
    public static final double THRESHOLD = 0.4;

    private static final Set<String> DONE = Set.of("done", "hecho", "hecha", "dado", "fait", "faite", "firmado",
            "firmada", "suscrito", "suscrita", "signed", "signe", "signee", "concluded", "conclu", "celebrado",
            "unterzeichnet", "geschehen", "feito", "feita", "assinado", "assinada", "подписано", "совершено",
            "firman", "suscriben", "assinam", "appose");
    /** Anchors that are ordinary words elsewhere: they count only opening a clause, before at/in/on/this ("Made at …"). */
    private static final Set<String> OPENING_ONLY = Set.of("made", "executed", "dated");
    private static final Set<String> OPENING_ONLY_NEXT = Set.of("at", "in", "on", "this");
    /** Verbs that close the clause, with its date and place before them (Turkish). */
    private static final Set<String> VERB_FINAL = Set.of("imzalanmistir", "akdedilmistir");
    private static final Set<String> OPENED = Set.of("open", "opened", "abierto", "abierta", "ouvert", "ouverte");
    private static final Set<String> ISSUED = Set.of("issued", "emitido", "publie");
    private static final Set<String> ADOPTED = Set.of("adopted", "adoptado", "adopte", "adoptee");
    /** Every word a statement of signing hangs on. */
    private static final Set<String> ANCHORS = Stream.of(DONE, OPENING_ONLY, VERB_FINAL, OPENED, ISSUED, ADOPTED)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> SELF = Set.of("this", "present", "presente", "este", "esta", "ce", "cette",
            "isbu", "bu");
    private static final Set<String> PERIOD_BOUNDS = Set.of("from", "until", "till", "after", "before", "by", "since",
            "desde", "hasta", "jusqu'au", "depuis", "apres", "avant", "ab", "bis");
    private static final Set<String> SELF_NOUNS = Set.of("document", "instrument", "text", "documento", "texte");
    /** Before a verb that does not open its sentence, these make it unreal: "shall be validly concluded". */
    private static final Set<String> MODALS = Set.of("shall", "will", "would", "may", "should", "must", "to", "be",
            "can", "could");
    /** Anchors of languages where "a" is a preposition ("Hecho a …"); in English it is an article. */
    private static final Set<String> ROMANCE = Set.of("hecho", "hecha", "dado", "firmado", "firmada", "suscrito",
            "suscrita", "celebrado", "fait", "faite", "signe", "signee", "conclu", "feito", "feita", "assinado",
            "assinada", "firman", "suscriben", "assinam");
    private static final Set<String> PREPOSITIONS = Set.of("at", "in", "en", "em", "a", "au", "zu", "on", "в");
    private static final Set<String> WITNESS_OPENERS = Set.of("witness", "faith", "fe", "foi", "testimony",
            "testimonio", "testemunho");
    /** The signatories named in a closing sentence: "the undersigned … have signed", "los infrascritos … firman". */
    private static final Set<String> UNDERSIGNED = Set.of("whereof", "undersigned", "infrascritos", "soussignes",
            "plenipotentiaries", "plenipotenciarios", "plenipotentiaires", "unterzeichneten");
    private static final Set<String> TEXT_NOUNS = Set.of("text", "texte", "texto");
    private static final int WINDOW_TOKENS = 70;
    private static final int WINDOW_CHARS = 450;
    private static final DateFields FIELDS = new DateFields();
    private static final TitleDates TITLE_DATES = new TitleDates();

    public List<SignatureClause> find(ParsedDocument a) {
        List<Token> tokens = a.view().tokens();
        List<SignatureClause> out = new ArrayList<>();
        int length = Math.max(1, a.text().length());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !ANCHORS.contains(t.norm())) {
                continue; // most words: one look-up
            }
            SignatureClause.Kind kind = null;
            int after = i + 1;
            double score;
            boolean opens = opensClause(tokens, i);
            Cites cites = Cites.NONE;
            if (VERB_FINAL.contains(t.norm())) {
                SignatureClause c = verbFinal(a, i, length);
                if (c != null) {
                    out.add(c);
                }
                continue;
            }
            if (OPENING_ONLY.contains(t.norm()) && opens && i + 1 < tokens.size()
                    && OPENING_ONLY_NEXT.contains(tokens.get(i + 1).norm())) {
                kind = SignatureClause.Kind.CLAUSE;
            } else if (DONE.contains(t.norm())) {
                cites = opens ? Cites.NONE : cites(a, tokens, i);
                if (opens) {
                    kind = SignatureClause.Kind.CLAUSE;
                } else if (cites == Cites.OTHER) {
                    kind = SignatureClause.Kind.REFERENCE;
                } else {
                    kind = SignatureClause.Kind.INLINE;
                }
            } else if (OPENED.contains(t.norm()) && i + 2 < tokens.size()
                    && (tokens.get(i + 1).is("for") && tokens.get(i + 2).is("signature")
                    || tokens.get(i + 1).is("a") && (tokens.get(i + 2).is("la") || tokens.get(i + 2).is("signature")))) {
                kind = !opens && cites(a, tokens, i) == Cites.OTHER
                        ? SignatureClause.Kind.REFERENCE : SignatureClause.Kind.OPEN_FOR_SIGNATURE;
                after = i + 3;
            } else if (ISSUED.contains(t.norm())) {
                kind = SignatureClause.Kind.ISSUED;
            } else if (ADOPTED.contains(t.norm())) {
                kind = opens || textOpensLineBefore(tokens, i) ? SignatureClause.Kind.ADOPTED
                        : SignatureClause.Kind.REFERENCE;
            }
            if (kind == null || !opens && DONE.contains(t.norm()) && modalBefore(tokens, i)) {
                continue;
            }
            int windowEnd = windowEnd(tokens, after);
            if (kind != SignatureClause.Kind.CLAUSE && kind != SignatureClause.Kind.ISSUED
                    && kind != SignatureClause.Kind.ADOPTED) {
                windowEnd = Math.min(windowEnd, sentenceEnd(a, t, after + 30));
            }
            DateMention date = firstCompleteDate(a, t.start(), tokens.get(windowEnd - 1).end());
            // the place comes before the date ("Done at Tokyo on …") or just after it ("signed on 21 October 2002 in Gaborone")
            int placeLimit = date == null ? Math.min(windowEnd, after + 16)
                    : Math.min(windowEnd, Math.max(Math.min(date.firstToken(), after + 16), date.endToken() + 3));
            Place place = placeAfter(a.text(), tokens, after, placeLimit, ROMANCE.contains(t.norm()));
            if (date == null && place == null) {
                continue;
            }
            double position = t.start() / (double) length;
            score = switch (kind) {
                case CLAUSE -> clauseScore(position, witnessBefore(tokens, i));
                case OPEN_FOR_SIGNATURE -> 0.8;
                case ISSUED -> t.start() < 400 ? 0.75 : 0.3;
                case ADOPTED -> 0.6;
                case INLINE -> cites == Cites.ITSELF ? 0.8
                        : witnessInSentence(tokens, i) ? 0.85
                        : position > 0.85 && i > 0 && tokens.get(i - 1).is(",") && !t.is("done") ? 0.6 : 0.25;
                default -> 0.15;
            };
            int end = date != null ? date.end() : place.end();
            out.add(new SignatureClause(kind, t.start(), end, date, place, score));
        }
        out.addAll(TITLE_DATES.find(a));
        out.addAll(FIELDS.find(a));
        out.sort(Comparator.comparingDouble(SignatureClause::score).reversed()
                .thenComparing(Comparator.comparingInt(SignatureClause::start).reversed()));
        return out;
    }

    /** The statement that dates the agreement: the last signing of the best rated statement's block. */
    public static Optional<SignatureClause> bestDated(List<SignatureClause> clauses) {
        return signatureBlock(clauses).flatMap(SignatureBlock::last);
    }

    /** The signings around the best rated statement that gives a date (just that one when it stands alone). */
    public static Optional<SignatureBlock> signatureBlock(List<SignatureClause> clauses) {
        return clauses.stream().filter(c -> c.date() != null && c.score() >= THRESHOLD).findFirst()
                .map(best -> SignatureBlock.around(best, clauses));
    }

    /** The best rated statement that gives a place: the dated one's if it has one. */
    public static Optional<SignatureClause> bestPlaced(List<SignatureClause> clauses) {
        Optional<SignatureClause> dated = bestDated(clauses);
        if (dated.isPresent() && dated.get().place() != null) {
            return dated;
        }
        return clauses.stream().filter(c -> c.place() != null && c.score() >= THRESHOLD).findFirst();
    }

    // ---- the anchor's position ---------------------------------------------------------------------

    /** Whether the word opens a sentence, a line, a numbered paragraph ("4. DONE at") or a language version. */
    private static boolean opensClause(List<Token> tokens, int i) {
        if (!tokens.get(i).capitalized()) {
            return false; // "…between Norway and Estonia\nsigned on 29 August 1925" continues a sentence
        }
        if (i == 0 || tokens.get(i).breakBefore() > 0) {
            return true;
        }
        Token p = tokens.get(i - 1);
        if (p.is(".") || p.is(";") || p.is(":") || p.is("]") || p.is("|")) {
            return true;
        }
        // the language versions of a clause run on, one after the other: "… noventa y uno./Done at Brussels …"
        return p.is("/") && i >= 2 && tokens.get(i - 2).is(".");
    }

    /** Whether an instrument noun or a comma right before makes this a citation of another instrument. */
    private enum Cites { OTHER, ITSELF, NONE }

    /**
     * Which instrument the sentence names before the anchor: another one ("the Protocol signed at
     * Kigoma", "the Convention on the Recognition … of Foreign Arbitral Awards, done at New York"), this
     * one ("This agreement has been prepared in four original copies, …, signed in Rabat"), or none.
     */
    private static Cites cites(ParsedDocument a, List<Token> tokens, int i) {
        InstrumentLexicon lex = InstrumentLexicon.get();
        var sentence = a.view().sentenceAt(tokens.get(i).start());
        int from = sentence == null ? 0 : a.view().tokenIndexAt(sentence.start());
        for (int k = i - 1; k >= Math.max(from, i - 60); k--) {
            if (SELF_NOUNS.contains(tokens.get(k).norm()) && k > 0 && SELF.contains(tokens.get(k - 1).norm())) {
                return Cites.ITSELF; // "This document was signed on …"
            }
            if (lex.at(tokens, k) != null) {
                boolean self = k > 0 && SELF.contains(tokens.get(k - 1).norm());
                return self ? Cites.ITSELF : Cites.OTHER;
            }
        }
        return Cites.NONE;
    }

    /**
     * "IN WITNESS WHEREOF the undersigned … have signed this Agreement at Ottawa on …", "EN FE DE LO CUAL,
     * los infrascritos … firman el presente Tratado en …": one sentence.
     */
    private static boolean witnessInSentence(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 40); k--) {
            if (tokens.get(k).is(".") || tokens.get(k).is(";")) {
                return false;
            }
            if (UNDERSIGNED.contains(tokens.get(k).norm()) || opensWitness(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** "In witness whereof", "En fe de lo cual", "En foi de quoi", "Em testemunho do que" at token {@code k}. */
    private static boolean opensWitness(List<Token> tokens, int k) {
        return WITNESS_OPENERS.contains(tokens.get(k).norm()) && k + 1 < tokens.size()
                && (tokens.get(k + 1).is("whereof") || tokens.get(k + 1).is("where") || tokens.get(k + 1).is("de")
                || tokens.get(k + 1).is("of") || tokens.get(k + 1).is("do"));
    }

    /** "Original text adopted on …": the text's own adoption, on a line of its own. */
    private static boolean textOpensLineBefore(List<Token> tokens, int i) {
        if (i == 0 || !TEXT_NOUNS.contains(tokens.get(i - 1).norm())) {
            return false;
        }
        return opensClause(tokens, i - 1) || i >= 2 && tokens.get(i - 2).isWord() && opensClause(tokens, i - 2);
    }

    /**
     * A Turkish closing sentence: the date and place stand before the verb that ends it ("İşbu Anlaşma
     * Ankara'da 3 Nisan 2007 tarihinde … imzalanmıştır."). A clause when the verb ends its sentence and
     * no other instrument is named before it; else a reference.
     */
    private static SignatureClause verbFinal(ParsedDocument a, int i, int length) {
        List<Token> tokens = a.view().tokens();
        Token verb = tokens.get(i);
        var sentence = a.view().sentenceAt(verb.start());
        int from = Math.max(sentence == null ? 0 : a.view().tokenIndexAt(sentence.start()), i - WINDOW_TOKENS);
        from = Math.min(from, i);
        DateMention date = null;
        for (DateMention d : a.datesBetween(tokens.get(from).start(), verb.start())) {
            if (d.complete()) {
                date = d; // the one nearest the verb
            }
        }
        Place place = null;
        for (int k = from; k < i && place == null; k++) {
            place = PlacePhrase.readLocative(a.text(), tokens, k);
        }
        if (date == null && place == null) {
            return null;
        }
        boolean endsSentence = i + 1 >= tokens.size() || tokens.get(i + 1).is(".")
                || tokens.get(i + 1).breakBefore() > 0;
        int start = tokens.get(from).start();
        if (!endsSentence || cites(a, tokens, i) == Cites.OTHER) {
            return new SignatureClause(SignatureClause.Kind.REFERENCE, start, verb.end(), date, place, 0.15);
        }
        double score = clauseScore(verb.start() / (double) length, witnessBefore(tokens, from));
        return new SignatureClause(SignatureClause.Kind.CLAUSE, start, verb.end(), date, place, score);
    }

    /** A clause rates higher near the end of the text and after "IN WITNESS WHEREOF". */
    private static double clauseScore(double position, boolean afterWitness) {
        return 0.86 + 0.04 * position + (afterWitness ? 0.04 : 0);
    }

    /** Index just past the last token of the sentence holding {@code t}, at most {@code max}. */
    private static int sentenceEnd(ParsedDocument a, Token t, int max) {
        var s = a.view().sentenceAt(t.start());
        int end = s == null ? max : a.view().tokenIndexAt(s.end());
        return Math.max(Math.min(end, max), Math.min(a.view().tokens().size(), a.view().tokenIndexAt(t.end()) + 1));
    }

    private static boolean witnessBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 140); k--) {
            Token t = tokens.get(k);
            if (opensWitness(tokens, k)) {
                return true;
            }
            if (t.is("whereof") || t.is("whereof,")) {
                return true;
            }
        }
        return false;
    }

    /** The clause runs on until a new capitalised paragraph, at most {@link #WINDOW_TOKENS} tokens. */
    private static int windowEnd(List<Token> tokens, int from) {
        int start = from < tokens.size() ? tokens.get(Math.max(0, from - 1)).start() : 0;
        int k = from;
        while (k < tokens.size() && k - from < WINDOW_TOKENS && tokens.get(k).start() - start < WINDOW_CHARS) {
            Token t = tokens.get(k);
            if (k > from && t.breakBefore() == 2 && t.capitalized() && !t.allCaps()
                    && !tokens.get(k - 1).isWord()) {
                break;
            }
            if (k > from && t.breakBefore() > 0 && (t.is("for") || t.is("por") || t.is("pour"))
                    && t.capitalized()) {
                break; // the signature blocks: "For the Government of …"
            }
            k++;
        }
        return Math.max(k, Math.min(from + 1, tokens.size()));
    }

    /** The clause's date: the first complete one not bounding a period ("for 6 months from 15 June 2005"). */
    private static DateMention firstCompleteDate(ParsedDocument a, int from, int to) {
        List<Token> tokens = a.view().tokens();
        for (DateMention d : a.datesBetween(from, to)) {
            if (d.complete() && !(d.firstToken() > 0 && PERIOD_BOUNDS.contains(tokens.get(d.firstToken() - 1).norm()))) {
                return d;
            }
        }
        return null;
    }

    private static boolean modalBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (MODALS.contains(tokens.get(k).norm())) {
                return true;
            }
            if (tokens.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }

    private static Place placeAfter(String text, List<Token> tokens, int from, int to, boolean romance) {
        for (int k = from; k < to && k < tokens.size() - 1; k++) {
            Token t = tokens.get(k);
            if (t.is("a") && !romance && !t.text().equals("à") && !t.text().equals("À")) {
                continue; // English "a": "signed a Stabilisation and Association Agreement"
            }
            if (PREPOSITIONS.contains(t.norm()) && t.isWord()) {
                Place p = PlacePhrase.read(text, tokens, k + 1);
                if (p != null) {
                    return p;
                }
            }
            if (t.is(".") && k > from && tokens.get(k + 1).capitalized() && tokens.get(k + 1).breakBefore() > 0) {
                break;
            }
        }
        return null;
    }
}
