package org.pacta.metadata.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of an evaluation: per-field scores, per-file differences, notes. {@link #toText()} ends
 * with one summary line {@code parties_f1=… signed_date=… signed_place=… type=… status=… files=…};
 * {@link #toJson()} holds the same.
 *
 * @param files   ground-truth rows evaluated
 * @param parties micro precision/recall/F1 over party codes
 * @param fields  exact-match accuracy of signed_date, signed_place, type, status (in that order)
 * @param results per file: an error, or the fields that differ
 * @param notes   how the scores were computed
 * @param breakdown party scores by number of parties, kind and language, and the worst files
 */
public record Report(int files, PartyScore parties, Map<String, FieldScore> fields, List<FileResult> results,
                     List<String> notes, FieldScore signedDateCarriedByText, Breakdown breakdown) {

    /** The fields of the summary line, in order. */
    public static final List<String> FIELDS = List.of("signed_date", "signed_place", "type", "status");

    public record FieldScore(String field, int correct, int scored, int skipped) {
        public double accuracy() {
            return scored == 0 ? Double.NaN : correct / (double) scored;
        }
    }

    public record PartyScore(int truePositives, int falsePositives, int falseNegatives, int scored, int skipped) {
        public double precision() {
            int p = truePositives + falsePositives;
            return p == 0 ? (scored == 0 ? Double.NaN : 0) : truePositives / (double) p;
        }

        public double recall() {
            int r = truePositives + falseNegatives;
            return r == 0 ? Double.NaN : truePositives / (double) r;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            if (Double.isNaN(p) || Double.isNaN(r)) {
                return Double.NaN;
            }
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A field whose prediction differs from the ground truth. */
    public record Diff(String field, String expected, String predicted) {
    }

    /** One file: an error (text could not be read), or its differences (empty when all match). */
    public record FileResult(String file, String error, List<Diff> diffs) {
    }

    public double accuracy(String field) {
        FieldScore s = fields.get(field);
        return s == null ? Double.NaN : s.accuracy();
    }

    /** The summary line: {@code parties_f1=0.97 signed_date=0.95 signed_place=0.92 type=0.94 status=0.90 files=78}. */
    public String summaryLine() {
        StringBuilder b = new StringBuilder("parties_f1=").append(number(parties.f1()));
        for (String f : FIELDS) {
            b.append(' ').append(f).append('=').append(number(accuracy(f)));
        }
        return b.append(" files=").append(files).toString();
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("Metadata evaluation: ").append(files).append(" files\n\n");
        b.append(String.format(Locale.ROOT, "%-14s %8s %8s %8s%n", "field", "score", "scored", "skipped"));
        b.append(String.format(Locale.ROOT, "%-14s %8s %8d %8d   (micro F1 over codes; P=%s R=%s, tp=%d fp=%d fn=%d)%n",
                "parties", number(parties.f1()), parties.scored(), parties.skipped(), number(parties.precision()),
                number(parties.recall()), parties.truePositives(), parties.falsePositives(), parties.falseNegatives()));
        for (String f : FIELDS) {
            FieldScore s = fields.get(f);
            b.append(String.format(Locale.ROOT, "%-14s %8s %8d %8d   (%d/%d exact)%n", f, number(s.accuracy()),
                    s.scored(), s.skipped(), s.correct(), s.scored()));
        }
        if (signedDateCarriedByText != null && signedDateCarriedByText.scored() > 0) {
            b.append(String.format(Locale.ROOT, "%-14s %8s %8d %8d   (signed_date where the text carries the labelled date)%n",
                    "  in text", number(signedDateCarriedByText.accuracy()), signedDateCarriedByText.scored(),
                    signedDateCarriedByText.skipped()));
        }
        b.append('\n').append(breakdown.toText()).append('\n');
        for (String n : notes) {
            b.append("note: ").append(n).append('\n');
        }
        long wrong = results.stream().filter(r -> r.error() != null || !r.diffs().isEmpty()).count();
        b.append('\n').append("Differences (").append(wrong).append(" files):\n");
        for (FileResult r : results) {
            if (r.error() != null) {
                b.append("  ").append(r.file()).append(": ERROR ").append(r.error()).append('\n');
                continue;
            }
            for (Diff d : r.diffs()) {
                b.append("  ").append(r.file()).append(": ").append(d.field()).append(" expected=")
                        .append(d.expected()).append(" predicted=").append(d.predicted()).append('\n');
            }
        }
        b.append('\n').append(summaryLine()).append('\n');
        return b.toString();
    }

    public String toJson() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("files", files);
        ObjectNode p = root.putObject("parties");
        putNumber(p, "f1", parties.f1());
        putNumber(p, "precision", parties.precision());
        putNumber(p, "recall", parties.recall());
        p.put("true_positives", parties.truePositives());
        p.put("false_positives", parties.falsePositives());
        p.put("false_negatives", parties.falseNegatives());
        p.put("scored", parties.scored());
        p.put("skipped", parties.skipped());
        ObjectNode fs = root.putObject("fields");
        for (String f : FIELDS) {
            FieldScore s = fields.get(f);
            ObjectNode o = fs.putObject(f);
            putNumber(o, "accuracy", s.accuracy());
            o.put("correct", s.correct());
            o.put("scored", s.scored());
            o.put("skipped", s.skipped());
        }
        if (signedDateCarriedByText != null) {
            ObjectNode o = root.putObject("signed_date_in_text");
            putNumber(o, "accuracy", signedDateCarriedByText.accuracy());
            o.put("correct", signedDateCarriedByText.correct());
            o.put("scored", signedDateCarriedByText.scored());
        }
        root.set("breakdown", json.valueToTree(breakdown));
        ArrayNode notesNode = root.putArray("notes");
        notes.forEach(notesNode::add);
        ArrayNode filesNode = root.putArray("results");
        for (FileResult r : results) {
            ObjectNode o = filesNode.addObject();
            o.put("file", r.file());
            if (r.error() != null) {
                o.put("error", r.error());
            }
            ArrayNode diffs = o.putArray("diffs");
            for (Diff d : r.diffs()) {
                ObjectNode x = diffs.addObject();
                x.put("field", d.field());
                x.put("expected", d.expected());
                x.put("predicted", d.predicted());
            }
        }
        root.put("summary", summaryLine());
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putNumber(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, Math.round(v * 10000) / 10000.0);
        }
    }

    static String number(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }
}
