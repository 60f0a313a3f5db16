package org.pacta.metadata.clauses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated statements that close an agreement text, one per signing: "Signed at Geneva on 3 May 2003"
 * and "Signed at Bern on 5 May 2003" under each party's name, or a "Date: …" line under each
 * signatory. Statements that stand close together make one block; versions of the clause in other
 * languages repeat the same signing and count once. An agreement signed on several days is signed
 * when its last party signs: the block's latest date.
 *
 * @param signings the block's distinct signings (date and place), in text order
 */
public record SignatureBlock(List<SignatureClause> signings) {

    /** Statements further apart than this (in characters) belong to different blocks. */
    private static final int GAP = 800;

    public SignatureBlock {
        signings = List.copyOf(signings);
    }

    /** The block that holds {@code anchor}, made of the dated clauses and signatory dates around it. */
    static SignatureBlock around(SignatureClause anchor, List<SignatureClause> clauses) {
        if (!joins(anchor)) {
            return new SignatureBlock(List.of(anchor));
        }
        List<SignatureClause> members = clauses.stream().filter(SignatureBlock::joins)
                .sorted(Comparator.comparingInt(SignatureClause::start)).toList();
        int at = members.indexOf(anchor);
        int from = at;
        while (from > 0 && members.get(from).start() - members.get(from - 1).end() <= GAP) {
            from--;
        }
        int to = at;
        while (to + 1 < members.size() && members.get(to + 1).start() - members.get(to).end() <= GAP) {
            to++;
        }
        List<SignatureClause> distinct = new ArrayList<>();
        for (SignatureClause c : members.subList(from, to + 1)) {
            if (distinct.stream().noneMatch(d -> sameSigning(c, d))) {
                distinct.add(c);
            }
        }
        return new SignatureBlock(distinct);
    }

    /** The last signing: the latest date, the later statement on a tie. */
    public Optional<SignatureClause> last() {
        return signings.stream().max(Comparator.comparing((SignatureClause c) -> c.date().date())
                .thenComparingInt(SignatureClause::start));
    }

    private static boolean joins(SignatureClause c) {
        return c.date() != null && c.date().complete() && c.score() >= SignatureClauses.THRESHOLD
                && (c.kind() == SignatureClause.Kind.CLAUSE || c.kind() == SignatureClause.Kind.SIGNATORY);
    }

    private static boolean sameSigning(SignatureClause a, SignatureClause b) {
        return a.date().date().equals(b.date().date())
                && (a.place() == null || b.place() == null || Objects.equals(a.place().name(), b.place().name()));
    }
}
