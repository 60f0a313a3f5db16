package org.pacta.metadata.parties;

import org.pacta.metadata.text.AnchoredPattern;
import org.pacta.metadata.text.Sentence;
import org.pacta.metadata.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parties in news and correspondence, sentence by sentence: only sentences about an agreement
 * ("signed", "ratified", "agreement", "memorandum", "loan"...) count, and in them only the states
 * that act: the subject ("Nigeria and France have signed", "Prime Ministers Zhao Ziyang of China and
 * Anibal Cavaco Silva of Portugal signed", "Azerbaijan's parliament ... approved"), the other side
 * ("signed between X and Y", "with Türkiye", "signed ... by the Minister of Defense of X", "a loan
 * from the European Community", "lend Sudan") and officials named by nationality ("Azerbaijani
 * Defense Minister ... and his Turkish counterpart"). States a sentence merely mentions ("peace
 * negotiations between Azerbaijan and Armenia", "involving ... Georgia") are not parties.
 */
final class NewsReader {

    /** Words of a sentence about an agreement, matched in the lower-cased text (a case-blind pattern is slow). */
    private static final Pattern ABOUT_AGREEMENT = Pattern.compile(
            "\\b(?:sign(?:s|ed|ing)?|initial(?:l)?ed|ratif\\w*|agreements?|accords?|treat(?:y|ies)|pacts?"
                    + "|memorand(?:um|a)|mou|deals?|protocols?|conventions?|loans?|grants?|credits?|reschedul\\w*"
                    + "|joint\\s+statements?|communiqu\\w*|declarations?|exchange\\s+of\\s+notes"
                    // fr, es, pt, de, ru, tr: signing, ratifying, agreement, treaty, memorandum, protocol
                    + "|sign\\p{L}*|trait\\p{L}*|protocole|mémorandum|firm\\p{L}*|acuerdo\\p{L}*|tratado\\p{L}*|convenio\\p{L}*"
                    + "|memor\\p{L}*|protocolo|assin\\p{L}*|acordo\\p{L}*|unterzeichn\\p{L}*|abkommen\\p{L}*|vertr\\p{L}*"
                    + "|ratifiz\\p{L}*|подпис\\p{L}*|соглашени\\p{L}*|договор\\p{L}*|меморандум\\p{L}*|ратифи\\p{L}*"
                    + "|протокол\\p{L}*|imza\\p{L}*|anlaşma\\p{L}*|antlaşma\\p{L}*|mutabakat\\p{L}*|onay\\p{L}*)\\b");
    private static final Pattern LOAN = Pattern.compile("(?i)\\b(?:loans?|grants?|credits?|aid|lend\\w*|debts?)\\b");
    /** Where a clause starts: the sentence, a dateline dash, or reported speech. */
    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)\\s[-\u2013\u2014]\\s|\\b(?:said|says|say|announced|reported|reports|noted|that)\\b|[,;:(]");
    private static final Pattern VERB_AFTER = Pattern.compile(
            "(?iu)^[^.;]{0,60}?\\b(?:has|have|had|will|would|is|are|was|were|signed|signs?|agreed|approved|ratified|ratify"
                    + "|initialled|initialed|concluded|reached|received|receive|get|gets|to|did|can|may|lends?|grants?"
                    // the same in fr, es, pt, de, ru, tr ("ont signé", "firmaron", "assinaram", "unterzeichneten",
                    // "подписали", "imzaladı")
                    + "|ont|a|vont|signent|ont\\s+sign\\p{L}*|ratifi\\p{L}*|han|ha|firmaron|firmó|firman|firmar\\p{L}*"
                    + "|acordaron|assinaram|assinou|assinam|haben|hat|unterzeichne\\p{L}*|vereinbart\\p{L}*"
                    + "|подписал\\p{L}*|подпишут|заключил\\p{L}*|ратифицировал\\p{L}*|imzaladı\\p{L}*|imzalad\\p{L}*"
                    + "|imzalayacak\\p{L}*|onayladı\\p{L}*)(?!\\p{L})");
    private static final Pattern RELATION = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:between|with|by|among|amongst|entre|avec|par|con|por|com|pelo|pela|zwischen|mit"
                    + "|von|между|с|со)\\s");
    private static final Pattern LOAN_RELATION = Pattern.compile(
            "(?i)\\b(?:from|to|lends?|lent|grants?|gives?|owes?)\\s");
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "^(?:'s)?\\s+(?:[A-Z][\\p{L}-]+\\s+){0,3}?(?:Government|government|Ministry|ministry|Minister|minister"
                    + "|Ambassador|ambassador|Delegation|delegation|officials|authorities|counterpart|Administration"
                    + "|Treasury|President|president|Prime\\s+Minister|Embassy|embassy|Parliament|parliament|side"
                    + "|Foreign\\s+Office|Department)\\b");
    private static final Pattern HEADLINE = Pattern.compile("\\A\\s*([^\\n]{3,160})\\n");
    private static final int LEAD_SENTENCES = 2;

    private final TitlePartiesReader titleParties = new TitlePartiesReader();

    /** Candidates tier by tier: headline, lead, the rest; the caller stops once it has enough. */
    List<List<Candidate>> tiers(Reading reading) {
        List<List<Candidate>> tiers = new ArrayList<>();
        Matcher headline = HEADLINE.matcher(reading.text());
        int bodyStart = 0;
        if (headline.find() && looksLikeHeadline(headline.group(1))) {
            tiers.add(titleParties.read(headline.group(1), reading.gazetteer(), Rule.HEADLINE, headline.start(1)));
            bodyStart = headline.end();
        }
        tiers.addAll(body(reading, bodyStart));
        return tiers;
    }

    /** A short first line in capitals ("NIGERIA, BRITAIN TO RESCHEDULE OFFICIAL DEBT"). */
    private static boolean looksLikeHeadline(String line) {
        String s = line.strip();
        return !s.endsWith(".") && s.chars().filter(Character::isLowerCase).count() * 3 < s.length();
    }

    private List<List<Candidate>> body(Reading reading, int bodyStart) {
        List<Sentence> sentences = SentenceSplitter.split(reading.text()).stream()
                .filter(s -> s.end() > bodyStart).toList();
        List<Candidate> lead = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        int counted = 0;
        Matcher aboutAgreement = ABOUT_AGREEMENT.matcher(AnchoredPattern.lowerKeepingLength(reading.text()));
        for (Sentence s : sentences) {
            int start = Math.max(s.start(), bodyStart);
            boolean isLead = counted < LEAD_SENTENCES;
            counted++;
            if (!aboutAgreement.region(start, s.end()).find()) {
                continue;
            }
            readSentence(reading, start, s.end(), isLead ? Rule.LEAD : Rule.BODY, isLead ? lead : rest);
        }
        return List.of(lead, rest);
    }

    private void readSentence(Reading reading, int start, int end, Rule rule, List<Candidate> out) {
        String text = reading.text();
        boolean loan = LOAN.matcher(text).region(start, end).find();
        NameLists lists = reading.lists();
        for (int k = lists.firstAtOrAfter(start); k < reading.mentions().size() && reading.mentions().get(k).end() <= end; k++) {
            Mention m = reading.mentions().get(k);
            if (inRole(text, m, end)) {
                out.add(Candidate.of(m.code(), Rule.ROLE, reading, m.start(), m.end()));
            }
        }
        int i = lists.firstAtOrAfter(start);
        int clauseStart = start;
        while (i < reading.mentions().size() && reading.mentions().get(i).end() <= end) {
            Mention head = reading.mentions().get(i);
            List<Mention> list = lists.listFrom(i, end);
            if (list.isEmpty()) {
                i++;
                continue;
            }
            int listEnd = list.get(list.size() - 1).end();
            int from = lastClause(text, clauseStart, head.start(), start);
            String prefix = text.substring(from, head.start());
            String after = text.substring(listEnd, Math.min(end, listEnd + 80));
            boolean subject = NameLists.nonFillerWords(prefix) <= 3 && VERB_AFTER.matcher(after).find();
            boolean related = endsWithTrigger(prefix, RELATION) || (loan && endsWithTrigger(prefix, LOAN_RELATION));
            if (subject || related) {
                add(list, rule, reading, from, out);
            }
            clauseStart = listEnd;
            i += list.size();
        }
    }

    private static void add(List<Mention> list, Rule rule, Reading reading, int from, List<Candidate> out) {
        for (Mention m : list) {
            if (m.isName()) {
                out.add(Candidate.of(m.code(), rule, reading, from, m.end()));
            }
        }
    }

    /** A nationality or state before an office: "Nigerian Finance Minister", "his Turkish counterpart". */
    private static boolean inRole(String text, Mention m, int sentenceEnd) {
        if (m.kind() == Mention.Kind.MEMBERS) {
            return false;
        }
        String after = text.substring(m.end(), Math.min(sentenceEnd, m.end() + 60));
        return ROLE_AFTER.matcher(after).find();
    }

    private static boolean endsWithTrigger(String prefix, Pattern trigger) {
        Matcher m = trigger.matcher(prefix);
        int lastEnd = -1;
        while (m.find()) {
            lastEnd = m.end();
        }
        return lastEnd >= 0 && NameLists.nonFillerWords(prefix.substring(lastEnd)) == 0;
    }

    private static int lastClause(String text, int clauseStart, int headStart, int sentenceStart) {
        int best = Math.max(clauseStart, sentenceStart);
        Matcher m = CLAUSE.matcher(text).region(best, headStart);
        while (m.find()) {
            best = m.end();
        }
        return best;
    }
}
