package org.pacta.metadata.eval;

import org.pacta.core.document.AgreementMetadata;
import org.pacta.metadata.document.DocumentText;
import org.pacta.metadata.text.Fold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs the metadata extractor over corpus files and compares it with ground truth (rows of the shape
 * of {@code expected.jsonl}):
 * <ul>
 *   <li>parties: micro precision, recall and F1 over codes; an empty list in the truth means "not known"
 *       and the file is skipped;</li>
 *   <li>signed_date, signed_place, type, status: exact match, skipping rows whose truth is null; places
 *       compared without case, accents or punctuation; status only where its provenance is exactly
 *       {@code reading} (agreement texts' status comes from catalogues, not from the text).</li>
 * </ul>
 * Reading the files is the caller's: {@code textOf} turns a path into a {@link DocumentText} (in the
 * application, the Tika extractor); so is the extractor (the application's {@code MetadataExtractor}:
 * passed in, so that this package stays below the one that builds it). The ground truth is an
 * evaluation input only; the extractor never sees it.
 */
public final class Evaluation {

    /** A corpus folder and its ground truth; {@code file} entries are relative to {@code dir}. */
    public record Corpus(Path dir, Path expected) {
        public static Corpus of(Path dir) {
            return new Corpus(dir, dir.resolve("expected.jsonl"));
        }
    }

    /** One file's prediction, or why there is none. */
    public record Outcome(GroundTruth truth, AgreementMetadata predicted, String error) {
    }

    private Evaluation() {
    }

    /** Evaluates each folder against the {@code expected.jsonl} it holds. */
    public static Report run(List<Path> corpusDirs, Function<Path, DocumentText> textOf,
                             Function<DocumentText, AgreementMetadata> extractor) {
        return runCorpora(corpusDirs.stream().map(Corpus::of).toList(), textOf, extractor,
                Runtime.getRuntime().availableProcessors());
    }

    /** Evaluates one folder against a ground-truth file kept elsewhere. */
    public static Report run(Path corpusDir, Path expectedJsonl, Function<Path, DocumentText> textOf,
                             Function<DocumentText, AgreementMetadata> extractor) {
        return runCorpora(List.of(new Corpus(corpusDir, expectedJsonl)), textOf, extractor,
                Runtime.getRuntime().availableProcessors());
    }

    /** Reads and extracts the files with {@code parallelism} threads, then scores them. */
    public static Report runCorpora(List<Corpus> corpora, Function<Path, DocumentText> textOf,
                                    Function<DocumentText, AgreementMetadata> extractor, int parallelism) {
        List<GroundTruth> rows = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (Corpus c : corpora) {
            for (GroundTruth row : GroundTruthReader.read(c.expected())) {
                rows.add(row);
                paths.add(c.dir().resolve(row.file()).normalize());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism), r -> {
            Thread t = new Thread(r, "pacta-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                GroundTruth row = rows.get(i);
                Path path = paths.get(i);
                futures.add(pool.submit(() -> outcome(row, path, textOf, extractor)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return score(outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome outcome(GroundTruth row, Path path, Function<Path, DocumentText> textOf,
                                   Function<DocumentText, AgreementMetadata> extractor) {
        if (!Files.isRegularFile(path)) {
            return new Outcome(row, null, "no such file: " + path);
        }
        try {
            DocumentText text = textOf.apply(path);
            if (text == null) {
                return new Outcome(row, null, "no text");
            }
            return new Outcome(row, extractor.apply(text), null);
        } catch (RuntimeException e) {
            return new Outcome(row, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Scores predictions against ground truth. Pure. */
    public static Report score(List<Outcome> outcomes) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int partiesScored = 0;
        int partiesSkipped = 0;
        Map<String, int[]> counts = new LinkedHashMap<>(); // correct, scored, skipped
        for (String f : Report.FIELDS) {
            counts.put(f, new int[3]);
        }
        int[] inText = new int[3];
        int statusNotReading = 0;
        List<Report.FileResult> results = new ArrayList<>();
        List<Breakdown.FileParties> perFile = new ArrayList<>();
        for (Outcome o : outcomes) {
            GroundTruth t = o.truth();
            AgreementMetadata p = o.predicted() == null ? AgreementMetadata.EMPTY : o.predicted();
            List<Report.Diff> diffs = new ArrayList<>();

            if (t.parties().isEmpty()) {
                partiesSkipped++;
            } else {
                partiesScored++;
                Set<String> truth = folded(t.parties());
                Set<String> predicted = folded(p.parties());
                Set<String> hit = new HashSet<>(predicted);
                hit.retainAll(truth);
                perFile.add(new Breakdown.FileParties(t.file(), t.kind(), t.language(), truth.size(),
                        minus(truth, predicted), minus(predicted, truth), hit.size()));
                tp += hit.size();
                fp += predicted.size() - hit.size();
                fn += truth.size() - hit.size();
                if (!truth.equals(predicted)) {
                    diffs.add(new Report.Diff("parties", String.join(",", new TreeSet<>(t.parties())),
                            String.join(",", new TreeSet<>(p.parties()))));
                }
            }
            String predictedDate = p.signedDate() == null ? null : p.signedDate().toString();
            boolean dateOk = compare("signed_date", t.signedDate(), predictedDate, Evaluation::sameDate, counts, diffs);
            if (t.signedDate() != null) {
                if (t.signedDateInText() == null) {
                    inText[1]++;
                    inText[0] += dateOk ? 1 : 0;
                } else {
                    inText[2]++;
                }
            }
            compare("signed_place", t.signedPlace(), p.signedPlace(), Evaluation::samePlace, counts, diffs);
            compare("type", t.type(), p.type(), Evaluation::sameLabel, counts, diffs);
            if (t.status() != null && !t.statusReadFromText()) {
                statusNotReading++;
                counts.get("status")[2]++;
            } else {
                compare("status", t.status(), p.status(), Evaluation::sameLabel, counts, diffs);
            }
            results.add(new Report.FileResult(t.file(), o.error(), diffs));
        }
        Map<String, Report.FieldScore> fields = new LinkedHashMap<>();
        counts.forEach((f, c) -> fields.put(f, new Report.FieldScore(f, c[0], c[1], c[2])));
        List<String> notes = List.of(
                "status is scored only where provenance.status is exactly \"reading\" (read from the text by a person); "
                        + statusNotReading + " rows whose status comes from catalogue metadata were skipped",
                "null truth values are skipped; parties with an empty truth list are unknown and skipped",
                "signed_place is compared without case, accents or punctuation",
                "\"in text\" scores signed_date only on rows whose text carries the labelled date (no signed_date_in_text flag); "
                        + inText[2] + " rows do not");
        return new Report(outcomes.size(),
                new Report.PartyScore(tp, fp, fn, partiesScored, partiesSkipped), fields, results, notes,
                new Report.FieldScore("signed_date_in_text", inText[0], inText[1], inText[2]), Breakdown.of(perFile));
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        TreeSet<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return List.copyOf(out);
    }

    private interface Same {
        boolean test(String expected, String predicted);
    }

    private static boolean compare(String field, String expected, String predicted, Same same,
                                   Map<String, int[]> counts, List<Report.Diff> diffs) {
        int[] c = counts.get(field);
        if (expected == null) {
            c[2]++;
            return false;
        }
        c[1]++;
        boolean ok = predicted != null && same.test(expected, predicted);
        if (ok) {
            c[0]++;
        } else {
            diffs.add(new Report.Diff(field, expected, predicted));
        }
        return ok;
    }

    private static boolean sameDate(String expected, String predicted) {
        try {
            return LocalDate.parse(expected.trim()).equals(LocalDate.parse(predicted.trim()));
        } catch (RuntimeException e) {
            return expected.trim().equals(predicted.trim());
        }
    }

    static boolean samePlace(String expected, String predicted) {
        return placeKey(expected).equals(placeKey(predicted));
    }

    private static String placeKey(String s) {
        return Fold.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static boolean sameLabel(String expected, String predicted) {
        return Objects.equals(Fold.fold(expected.trim()), Fold.fold(predicted.trim()));
    }

    private static Set<String> folded(List<String> codes) {
        Set<String> out = new HashSet<>();
        for (String c : codes) {
            out.add(Fold.fold(c.trim()));
        }
        return out;
    }
}
