package org.pacta.metadata.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where party reading succeeds and fails: micro scores by the number of parties the truth lists
 * (1–2, 3–5, 6–15, 16+), by kind of document and by language, and the files with the most wrong
 * parties, so that progress on each class of agreement shows.
 */
public record Breakdown(Map<String, Report.PartyScore> byPartyCount, Map<String, Report.PartyScore> byKind,
                        Map<String, Report.PartyScore> byLanguage, List<WorstFile> worst) {

    /** How many files the worst list holds. */
    static final int WORST = 15;

    /** A file with its party errors: {@code missed} are in the truth only, {@code extra} in the prediction only. */
    public record WorstFile(String file, int truthSize, List<String> missed, List<String> extra) {
        int errors() {
            return missed.size() + extra.size();
        }
    }

    /** One file's party counts, as scored. */
    record FileParties(String file, String kind, String language, int truthSize, List<String> missed,
                       List<String> extra, int truePositives) {
    }

    static Breakdown of(List<FileParties> files) {
        Map<String, int[]> count = new LinkedHashMap<>();
        for (String bucket : List.of("1-2", "3-5", "6-15", "16+")) {
            count.put(bucket, new int[3]);
        }
        Map<String, int[]> kind = new TreeMap<>();
        Map<String, int[]> language = new TreeMap<>();
        List<WorstFile> worst = new ArrayList<>();
        for (FileParties f : files) {
            add(count.get(bucket(f.truthSize())), f);
            add(kind.computeIfAbsent(orUnknown(f.kind()), k -> new int[3]), f);
            add(language.computeIfAbsent(orUnknown(f.language()), k -> new int[3]), f);
            if (!f.missed().isEmpty() || !f.extra().isEmpty()) {
                worst.add(new WorstFile(f.file(), f.truthSize(), f.missed(), f.extra()));
            }
        }
        worst.sort(Comparator.comparingInt(WorstFile::errors).reversed().thenComparing(WorstFile::file));
        return new Breakdown(scores(count), scores(kind), scores(language),
                List.copyOf(worst.subList(0, Math.min(WORST, worst.size()))));
    }

    static String bucket(int parties) {
        return parties <= 2 ? "1-2" : parties <= 5 ? "3-5" : parties <= 15 ? "6-15" : "16+";
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }

    private static void add(int[] c, FileParties f) {
        c[0] += f.truePositives();
        c[1] += f.extra().size();
        c[2] += f.missed().size();
    }

    private static Map<String, Report.PartyScore> scores(Map<String, int[]> counts) {
        Map<String, Report.PartyScore> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, new Report.PartyScore(c[0], c[1], c[2], 0, 0)));
        return out;
    }

    /** Recall over the files whose truth lists at least six parties (the plurilaterals). */
    public double recallSixOrMore() {
        int tp = 0;
        int fn = 0;
        for (String bucket : List.of("6-15", "16+")) {
            tp += byPartyCount.get(bucket).truePositives();
            fn += byPartyCount.get(bucket).falseNegatives();
        }
        return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
    }

    String toText() {
        StringBuilder b = new StringBuilder("Parties by number of parties in the truth:\n");
        table(b, byPartyCount);
        b.append(String.format(Locale.ROOT, "  %-10s recall %s%n", "6+", Report.number(recallSixOrMore())));
        b.append("Parties by kind:\n");
        table(b, byKind);
        b.append("Parties by language:\n");
        table(b, byLanguage);
        b.append("Worst files (parties):\n");
        for (WorstFile w : worst) {
            b.append(String.format(Locale.ROOT, "  %-40s %3d parties, missed %d %s, extra %d %s%n", w.file(),
                    w.truthSize(), w.missed().size(), w.missed(), w.extra().size(), w.extra()));
        }
        return b.toString();
    }

    private static void table(StringBuilder b, Map<String, Report.PartyScore> scores) {
        scores.forEach((k, s) -> b.append(String.format(Locale.ROOT, "  %-10s F1 %s  P %s  R %s  (tp=%d fp=%d fn=%d)%n",
                k, Report.number(s.f1()), Report.number(s.precision()), Report.number(s.recall()),
                s.truePositives(), s.falsePositives(), s.falseNegatives())));
    }
}
