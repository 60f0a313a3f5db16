package org.pacta.service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.Outcome;
import org.pacta.ingest.exclude.Exclusions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exclusions on a real archive (the test cluster, Tika): what a folder's clutter, its {@code .pactaignore}
 * files and the run's patterns leave out is not archived, and {@code --prune} takes out what is newly excluded.
 */
class ExclusionIngestTest {

    private static TestArchive archive;
    private static IngestComponents components;

    @BeforeAll
    static void setUp() {
        archive = new TestArchive("exclusions");
        components = archive.components();
    }

    @AfterAll
    static void tearDown() {
        components.close();
    }

    /** A run's summary, and every result it reported (pruned files are counted, not listed, in a summary). */
    private record Run(IngestSummary summary, List<FileResult> results) {
        List<String> pruned() {
            return results.stream().filter(r -> r.outcome() == Outcome.PRUNED).map(FileResult::path).toList();
        }
    }

    private static Run run(Path folder, boolean prune, boolean dryRun, List<String> excludes) {
        IngestOptions options = new IngestOptions(2, prune, dryRun, IngestOptions.DEFAULT_MAX_FILE_BYTES,
                Exclusions.standard().withPatterns(excludes, "--exclude"));
        List<FileResult> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        IngestSummary summary = components.ingest(List.of(folder), options, new IngestListener() {
            @Override
            public void finished(FileResult result) {
                results.add(result);
            }
        }).summary();
        return new Run(summary, List.copyOf(results));
    }

    private static IngestSummary ingest(Path folder, boolean prune, boolean dryRun, List<String> excludes) {
        return run(folder, prune, dryRun, excludes).summary();
    }

    private static Path folder(String name) throws IOException {
        return Files.createDirectories(archive.home.resolve(name)).toRealPath();
    }

    /** Archived documents whose source paths lie under {@code folder}: file name → count. */
    private static Map<String, Long> archivedUnder(Path folder) throws IOException {
        List<Map<String, Object>> hits = archive.probe.sources(archive.prefix + "-documents",
                IndexProbe.prefix("source_paths", folder + "/"), 100);
        Map<String, Long> names = new TreeMap<>();
        hits.forEach(hit -> names.merge((String) hit.get("file_name"), 1L, Long::sum));
        return names;
    }

    private static Map<String, String> excluded(IngestSummary summary, Path folder) {
        Map<String, String> excluded = new TreeMap<>();
        summary.problems().stream().filter(r -> r.outcome() == Outcome.EXCLUDED)
                .forEach(r -> excluded.put(folder.relativize(Path.of(r.path())) + (r.path().endsWith("/") ? "/" : ""),
                        r.message()));
        return excluded;
    }

    @Test
    void aReadmeDraftsInPactaignoreJsonlByPatternAndTheUsualClutterAreNotArchived() throws IOException {
        Path folder = folder("clutter");
        Files.writeString(folder.resolve("treaty.txt"), "Treaty of friendship between Chile and Peru, done at Lima.");
        Files.writeString(folder.resolve("README.md"), "# This folder\nScans of treaties, collected by the registry.");
        Files.writeString(folder.resolve("expected.jsonl"), "{\"file\": \"treaty.txt\", \"parties\": [\"CHL\", \"PER\"]}\n");
        Path drafts = Files.createDirectories(folder.resolve("drafts"));
        Files.writeString(drafts.resolve("draft-treaty.txt"), "Draft treaty on fisheries between Chile and Peru.");
        Files.writeString(folder.resolve(".pactaignore"), "# not agreements\nREADME.md\ndrafts/\n");
        // What real folders also hold: a repository, OS leftovers, Office and LibreOffice lock files.
        Path git = Files.createDirectories(folder.resolve(".git/objects/ab"));
        Files.writeString(git.resolve("cdef"), "blob of a treaty");
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.write(folder.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        Files.writeString(folder.resolve("Thumbs.db"), "thumbnail cache");
        Files.writeString(folder.resolve("~$treaty.docx"), "Registry clerk");
        Files.writeString(folder.resolve(".~lock.treaty.odt#"), "Registry clerk,clerk,host,04.12.2026 10:00,file:///");
        Files.writeString(folder.resolve("treaty.txt~"), "Treaty of friendship, an editor's backup.");

        IngestSummary summary = ingest(folder, false, false, List.of("*.jsonl"));

        assertEquals(1, summary.count(Outcome.INDEXED), summary.toString());
        assertEquals(Map.of("treaty.txt", 1L), archivedUnder(folder), "only the treaty is archived");
        Map<String, String> expected = new TreeMap<>(Map.of(
                "README.md", folder.resolve(".pactaignore") + ":2 README.md",
                "drafts/", folder.resolve(".pactaignore") + ":3 drafts/",
                "expected.jsonl", "--exclude *.jsonl",
                ".git/", "hidden",
                ".DS_Store", "OS leftover",
                "Thumbs.db", "OS leftover",
                "~$treaty.docx", "Office lock file",
                ".~lock.treaty.odt#", "Office lock file",
                "treaty.txt~", "editor leftover"));
        assertEquals(expected, excluded(summary, folder), "each excluded once, with its rule; .git/ not walked");
        assertEquals(9, summary.count(Outcome.EXCLUDED));
        assertEquals(0, summary.count(Outcome.SKIPPED), summary.problems().toString());
        assertEquals(0, summary.count(Outcome.FAILED), summary.problems().toString());
    }

    @Test
    void nestedPactaignoreFilesOverrideTheirParentsAndNegationReincludes() throws IOException {
        Path folder = folder("nested");
        Files.writeString(folder.resolve(".pactaignore"), "*.md\nnotes/\n");
        Path minutes = Files.createDirectories(folder.resolve("2024/minutes"));
        Files.writeString(minutes.resolve(".pactaignore"), "!signed.md\n*.txt\n");
        Files.writeString(folder.resolve("agreement.txt"), "Agreement on air transport between Kenya and Ghana.");
        Files.writeString(folder.resolve("todo.md"), "Ask the ministry for the annex.");
        Files.writeString(minutes.resolve("signed.md"), "Minutes of the signature of the air transport agreement, Accra.");
        Files.writeString(minutes.resolve("draft.md"), "Draft minutes, not for the archive.");
        Files.writeString(minutes.resolve("scratch.txt"), "Scratch notes on the annex.");
        Path notes = Files.createDirectories(folder.resolve("2024/notes"));
        Files.writeString(notes.resolve("call.txt"), "Notes of a phone call with the ministry.");
        Files.writeString(notes.resolve(".pactaignore"), "!call.txt\n");

        IngestSummary summary = ingest(folder, false, false, List.of());

        assertEquals(Map.of("agreement.txt", 1L, "signed.md", 1L), archivedUnder(folder));
        assertEquals(new TreeMap<>(Map.of(
                "todo.md", folder.resolve(".pactaignore") + ":1 *.md",
                "2024/minutes/draft.md", folder.resolve(".pactaignore") + ":1 *.md",
                "2024/minutes/scratch.txt", minutes.resolve(".pactaignore") + ":2 *.txt",
                "2024/notes/", folder.resolve(".pactaignore") + ":2 notes/")),
                excluded(summary, folder), "an excluded folder is not walked: its own ! cannot re-include");
    }

    @Test
    void aBadLineIsReportedAndARuleFileThatCannotBeReadKeepsItsFolderOut() throws IOException {
        Path folder = folder("broken-rules");
        Files.writeString(folder.resolve(".pactaignore"), "*.bak\n[z-a]\nscratch.txt\n");
        Files.writeString(folder.resolve("convention.txt"), "Convention on migratory species, signed at Bonn.");
        Files.writeString(folder.resolve("scratch.txt"), "Scratch notes.");
        Path unreadable = Files.createDirectories(folder.resolve("unreadable"));
        Files.createDirectories(unreadable.resolve(".pactaignore")); // a folder where the rules should be
        Files.writeString(unreadable.resolve("secret-draft.txt"), "A draft the rules were meant to keep out.");

        IngestSummary summary = ingest(folder, false, false, List.of());

        assertEquals(Map.of("convention.txt", 1L), archivedUnder(folder));
        Map<String, String> failures = new TreeMap<>();
        summary.failures().forEach(f -> failures.put(folder.relativize(Path.of(f.path())).toString(),
                f.reason().name() + ": " + f.message()));
        assertEquals(2, failures.size(), failures.toString());
        assertEquals("IGNORE_FILE_INVALID: line 2: not a valid pattern, ignored: [z-a]", failures.get(".pactaignore"));
        assertTrue(failures.get("unreadable/.pactaignore").startsWith("IGNORE_FILE_INVALID: "), failures.toString());
        assertTrue(failures.get("unreadable/.pactaignore").endsWith("the folder is not ingested without its rules"),
                failures.toString());
    }

    @Test
    void pruneRemovesWhatIsNowExcludedAndOnlyPrune() throws IOException {
        Path folder = folder("prune");
        Files.writeString(folder.resolve("mou.txt"), "Memorandum of understanding on defence between Azerbaijan and Türkiye.");
        Files.writeString(folder.resolve("README.md"), "This folder holds the seed reports; the memorandum is in mou.txt.");
        assertEquals(2, ingest(folder, false, false, List.of()).count(Outcome.INDEXED));
        assertEquals(Map.of("README.md", 1L, "mou.txt", 1L), archivedUnder(folder), "a README is archived unless excluded");

        Files.writeString(folder.resolve(".pactaignore"), "README.md\n");
        IngestSummary kept = ingest(folder, false, false, List.of());
        assertEquals(1, kept.count(Outcome.EXCLUDED));
        assertEquals(0, kept.count(Outcome.PRUNED));
        assertEquals(Map.of("README.md", 1L, "mou.txt", 1L), archivedUnder(folder), "without --prune, nothing is removed");

        Run dryRun = run(folder, true, true, List.of());
        assertEquals(List.of(folder.resolve("README.md").toString()), dryRun.pruned());
        assertEquals(Map.of("README.md", 1L, "mou.txt", 1L), archivedUnder(folder), "a dry run writes nothing");
        assertEquals(0, ingest(folder, false, true, List.of()).count(Outcome.PRUNED), "a dry run without --prune prunes nothing");

        Run pruned = run(folder, true, false, List.of());
        assertEquals(List.of(folder.resolve("README.md").toString()), pruned.pruned());
        assertEquals(1, pruned.summary().count(Outcome.UNCHANGED));
        assertEquals(Map.of("mou.txt", 1L), archivedUnder(folder), "the excluded README is gone from the archive");
        assertEquals(1, archive.count(IndexProbe.phrase("body", "defence between Azerbaijan")));
    }
}
