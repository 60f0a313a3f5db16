package org.pacta.metadata.parties;

import org.pacta.core.document.Evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who the parties of an agreement are, from the text's structure (title, preamble,
 * signature blocks, news phrasing), not from mere mentions. Thread-safe; build once.
 *
 * <p>Order of trust: the agreement's own structure first (title, the preamble's list of parties,
 * signature blocks, the first article, a founding treaty's membership clause); only when that names
 * fewer than two parties, news phrasing tier by tier (headline, lead, rest) until two are found;
 * a treaty text still short of two falls back to the organisations its articles speak of throughout
 * ({@link RecurringMembers}), the provisions made for each party ({@link PartyProvisions}) and, with
 * nothing at all, the few states it names. Then organisations that stand for their members become
 * the member states of the signing day ({@link MemberStates}). Everything else the text names is
 * {@code mentioned}. Every party keeps the reason it is one.
 */
public final class PartyExtractor {

    private static final int MAX_ONLY_NAMED = 3;

    private final Gazetteer gazetteer;
    private final TitlePartiesReader titleParties = new TitlePartiesReader();
    private final PreambleReader preambles = new PreambleReader();
    private final SignatureReader signatures = new SignatureReader();
    private final ArticleReader articles = new ArticleReader();
    private final NewsReader news = new NewsReader();
    private final RecurringMembers recurringMembers = new RecurringMembers();
    private final PartyProvisions partyProvisions = new PartyProvisions();
    private final ConclusionRecital conclusionRecital = new ConclusionRecital();
    private final Memberships memberships;
    private final MemberStates memberStates;

    public PartyExtractor() {
        this(new Gazetteer());
    }

    public PartyExtractor(Gazetteer gazetteer) {
        this(gazetteer, Memberships.bundled());
    }

    public PartyExtractor(Gazetteer gazetteer, Memberships memberships) {
        this.gazetteer = gazetteer;
        this.memberships = memberships;
        this.memberStates = new MemberStates(gazetteer, memberships);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Parties extract(String text, String title) {
        return extract(text, title, null);
    }

    /**
     * The parties of a text signed on {@code signedOn} (null when the text gives no date: the year of
     * its closing clause then decides which states an organisation had as members).
     */
    public Parties extract(String text, String title, LocalDate signedOn) {
        Reading reading = new Reading(text, title, gazetteer);
        boolean treatyText = isTreatyText(reading.text());
        List<Candidate> signatories = treatyText ? conclusionRecital.read(reading, signedOn) : List.of();
        // a consolidated text's preamble names today's members; the recital of its conclusion, its signatories
        Map<String, Candidate> best = bestPerCode(signatories.isEmpty() ? read(reading, treatyText) : signatories);
        memberStates.expand(best, () -> SigningTime.of(signedOn, reading.text()), treatyText);
        return toParties(best, reading, treatyText);
    }

    /** The most trusted readings, adding less trusted ones only while fewer than two parties are known. */
    private List<Candidate> read(Reading reading, boolean treatyText) {
        List<Candidate> accepted = new ArrayList<>(structural(reading));
        List<Candidate> opening = articles.openingArticle(reading);
        // "between the Union and its Member States, of the one part, and Georgia": the first article says
        // who the parties are even when a many-language signature block was read only in part
        if (distinctCodes(accepted).size() < 2 || opening.stream().anyMatch(c -> gazetteer.isOrganisation(c.code()))) {
            accepted.addAll(opening);
        }
        if (distinctCodes(accepted).size() < 2) {
            for (List<Candidate> tier : news.tiers(reading)) {
                // In a treaty text, news phrasing would pick up the treaties its recitals cite; only
                // officials named by nationality count there ("the British Ambassador").
                accepted.addAll(treatyText ? tier.stream().filter(c -> c.rule() == Rule.ROLE).toList() : tier);
                if (distinctCodes(accepted).size() >= 2) {
                    break;
                }
            }
        }
        if (distinctCodes(accepted).size() < 2 && treatyText) {
            accepted.addAll(recurringMembers.read(reading, memberships));
        }
        if (distinctCodes(accepted).size() < 2 && treatyText) {
            accepted.addAll(partyProvisions.read(reading));
        }
        if (distinctCodes(accepted).isEmpty() && treatyText) {
            accepted.addAll(onlyNamed(reading));
        }
        return accepted;
    }

    private List<Candidate> structural(Reading reading) {
        List<Candidate> out = new ArrayList<>();
        out.addAll(titleParties.read(reading.title(), gazetteer, Rule.TITLE, offsetOf(reading.text(), reading.title())));
        out.addAll(preambles.read(reading));
        out.addAll(signatures.read(reading));
        out.addAll(articles.membershipClause(reading));
        return out;
    }

    /** A treaty text with nothing structural: the states it names, if they are few (a bilateral body). */
    private static List<Candidate> onlyNamed(Reading reading) {
        Map<String, Mention> states = new LinkedHashMap<>();
        for (Mention m : reading.mentions()) {
            if (m.isName() && !reading.gazetteer().isOrganisation(m.code())) {
                states.putIfAbsent(m.code(), m);
            }
        }
        if (states.isEmpty() || states.size() > MAX_ONLY_NAMED) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        states.values().forEach(m -> out.add(Candidate.of(m.code(), Rule.ONLY_NAMED, reading, m.start(), m.end())));
        return out;
    }

    /** Whether a text is an agreement's own: it has a preamble, a signature block or a first article. */
    private static boolean isTreatyText(String text) {
        return PreambleReader.end(text) >= 0 || !SignatureReader.zones(text).isEmpty()
                || PreambleReader.FIRST_ARTICLE.matcher(text).find();
    }

    private static Map<String, Candidate> bestPerCode(List<Candidate> candidates) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            best.merge(c.code(), c, (a, b) -> b.rule().confidence > a.rule().confidence ? b : a);
        }
        return best;
    }

    private Parties toParties(Map<String, Candidate> best, Reading reading, boolean treatyText) {
        List<Candidate> ordered = new ArrayList<>(best.values());
        ordered.sort(Comparator.comparingInt((Candidate c) -> c.rule().ordinal())
                .thenComparingInt(c -> c.evidence().start()));
        List<String> parties = ordered.stream().map(Candidate::code).toList();
        List<Evidence> evidence = ordered.stream().map(Candidate::evidence).toList();
        Map<String, String> basis = new LinkedHashMap<>();
        ordered.forEach(c -> basis.put(c.code(), c.basis()));
        Set<String> mentioned = new LinkedHashSet<>();
        for (Mention m : reading.mentions()) {
            if (m.isName() && !best.containsKey(m.code())) {
                mentioned.add(m.code());
            }
        }
        return new Parties(parties, List.copyOf(mentioned), evidence, basis, treatyText);
    }

    private static Set<String> distinctCodes(List<Candidate> candidates) {
        Set<String> out = new LinkedHashSet<>();
        candidates.forEach(c -> out.add(c.code()));
        return out;
    }

    private static int offsetOf(String text, String title) {
        if (title == null) {
            return -1;
        }
        int at = text.indexOf(title.strip());
        return at >= 0 && at < 3000 ? at : -1;
    }
}
