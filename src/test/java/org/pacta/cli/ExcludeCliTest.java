package org.pacta.cli;

import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./pacta ingest --exclude … [--dry-run]} in its own JVM: the listing with each rule, the summary's count, bad patterns. */
class ExcludeCliTest {

    @Test
    void aDryRunListsWhatWouldBeReadAndWhatIsExcludedAndWhyThenTheRunCountsThem() throws Exception {
        Path dataDir = PactaProcess.freshDataDir("exclude");
        Path folder = Files.createDirectories(dataDir.resolve("inbox")).toRealPath();
        Files.writeString(folder.resolve("treaty.txt"), "Treaty of friendship between Chile and Peru, done at Lima.");
        Files.writeString(folder.resolve("README.md"), "Scans of treaties, collected by the registry.");
        Files.writeString(folder.resolve("expected.jsonl"), "{\"file\": \"treaty.txt\"}\n");
        Files.createDirectories(folder.resolve("drafts"));
        Files.writeString(folder.resolve("drafts/draft.txt"), "Draft treaty on fisheries.");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(folder.resolve("~$treaty.docx"), "Registry clerk");
        Files.writeString(folder.resolve(".pactaignore"), "README.md\ndrafts/\n");
        String prefix = TestElasticsearch.uniquePrefix("exclude-cli");

        PactaProcess.Result dryRun = ingest(dataDir, prefix, folder, "--dry-run", "--exclude", "*.jsonl");
        assertEquals(0, dryRun.exitCode(), dryRun.output());
        List<String> lines = dryRun.output().lines().toList();
        for (String line : List.of(
                "index      " + folder.resolve("treaty.txt"),
                "excluded   " + folder.resolve(".git") + "/  (hidden)",
                "excluded   " + folder.resolve("README.md") + "  (" + folder.resolve(".pactaignore") + ":1 README.md)",
                "excluded   " + folder.resolve("drafts") + "/  (" + folder.resolve(".pactaignore") + ":2 drafts/)",
                "excluded   " + folder.resolve("expected.jsonl") + "  (--exclude *.jsonl)",
                "excluded   " + folder.resolve("~$treaty.docx") + "  (Office lock file)")) {
            assertTrue(lines.contains(line), "missing «" + line + "» in\n" + dryRun.output());
        }
        assertFalse(dryRun.output().contains("draft.txt"), "an excluded folder is not walked");
        assertFalse(dryRun.output().contains(".pactaignore  ("), "the rule file is not a document, nor excluded");
        assertTrue(dryRun.output().contains("Dry run, nothing written. 1 files"), dryRun.output());
        assertTrue(dryRun.output().contains("0 skipped, 5 excluded, 0 pruned"), dryRun.output());

        PactaProcess.Result run = ingest(dataDir, prefix, folder, "--exclude", "*.jsonl");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains(": 1 indexed, 0 updated, 0 unchanged, 0 duplicates, 0 failed, 0 skipped, 5 excluded, 0 pruned"),
                run.output());
        assertFalse(run.output().contains("excluded   "), "only a dry run lists the files");
    }

    @Test
    void aMalformedPatternIsAUsageError() {
        Path dataDir = PactaProcess.freshDataDir("exclude-bad");
        PactaProcess.Result run = PactaProcess.run(dataDir, "ingest", dataDir.toString(), "--exclude", "[z-a]");
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("Not a valid exclude pattern (gitignore syntax): [z-a]"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace:\n" + run.output());
    }

    private static PactaProcess.Result ingest(Path dataDir, String prefix, Path folder, String... options) {
        Map<String, String> env = new HashMap<>();
        env.put("PACTA_ES_URL", TestElasticsearch.shared().settings().nodes().get(0).toString());
        env.put("PACTA_ES_INDEX_PREFIX", prefix);
        List<String> args = new ArrayList<>(List.of("ingest", folder.toString()));
        args.addAll(List.of(options));
        return PactaProcess.run(dataDir, env, args.toArray(String[]::new));
    }
}
