package org.pacta.cli;

import org.pacta.core.ingest.Extraction;
import org.pacta.extraction.ExtractorConfig;
import org.pacta.extraction.TikaTextExtractor;
import org.pacta.metadata.MetadataExtractor;
import org.pacta.metadata.document.DocumentText;
import org.pacta.metadata.eval.Evaluation;
import org.pacta.metadata.eval.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code ./pacta eval CORPUS_DIR [EXPECTED_JSONL] [--json]}: reads every labelled file's metadata
 * (no index needed) and scores it against the ground truth; the last line sums it up.
 */
@Command(name = "eval", description = "Score metadata extraction against ground truth (expected.jsonl).", footer = {
        "  ./pacta eval ../shared/corpus",
        "  ./pacta eval ../shared/seeds ../shared/seeds/expected.jsonl --json"})
public class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "Folder whose files the ground truth names.")
    Path corpus;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EXPECTED_JSONL",
            description = "Ground truth, one JSON object a line (default: CORPUS_DIR/expected.jsonl).")
    Path expected;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        CliContext.properties(); // same logging as the other commands
        try (TikaTextExtractor tika = new TikaTextExtractor(ExtractorConfig.defaults())) {
            Function<Path, DocumentText> textOf = file -> {
                Extraction extraction = tika.extract(file);
                if (!extraction.ok()) {
                    throw new IllegalStateException(file + ": " + extraction.failure());
                }
                return new DocumentText(extraction.text(), extraction.title(), file.getFileName().toString(),
                        extraction.language());
            };
            MetadataExtractor extractor = new MetadataExtractor();
            Report report = expected == null
                    ? Evaluation.run(List.of(corpus), textOf, extractor::extract)
                    : Evaluation.run(corpus, expected, textOf, extractor::extract);
            System.out.print(json ? report.toJson() : report.toText());
            return 0;
        }
    }
}
