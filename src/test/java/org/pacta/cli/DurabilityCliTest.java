package org.pacta.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.ConnectionSettings;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.node.LocalNode;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.elasticsearch.testing.TestDirs;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.ingest.blob.FileBlobStore;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./pacta backup}, {@code restore} and {@code reindex} as a user runs them: separate processes
 * on one data dir whose node ({@code es start}) they share, real files from the shared corpus.
 * What a search shows is read straight from the node, as the web API reads it.
 */
class DurabilityCliTest {

    private static final List<String> FILES = List.of("corpus/agreements/huggo_ARG-GBR_BFC__1989R.txt",
            "corpus/agreements/huggo_AS06UF_1926N.docx", "corpus/agreements/huggo_DNGRSG_2002P.html",
            "corpus/news/reuters_10525.html");
    private static final String DOCUMENTS = "pacta-documents";
    private static final String PASSAGES = "pacta-passages";

    private static Path dataDir;
    private static Path sources;
    private static URI nodeUrl;
    private static ElasticsearchConnection connection;
    private static IndexProbe probe;
    private static final Map<String, byte[]> originals = new HashMap<>();

    @BeforeAll
    static void archiveAFewFiles() throws IOException {
        dataDir = PactaProcess.freshDataDir("durability");
        sources = TestDirs.fresh("durability", "sources");
        for (String file : FILES) {
            Path source = Path.of(System.getProperty("pacta.test.shared")).resolve(file);
            originals.put(source.getFileName().toString(), Files.readAllBytes(source));
            Files.copy(source, sources.resolve(source.getFileName()));
        }
        assertSucceeded(PactaProcess.run(dataDir, "es", "start"));
        nodeUrl = TestElasticsearch.newLocalNode(dataDir).startOrAttach(LocalNode.Lifetime.OWNED).url();
        connection = ElasticsearchConnection.open(ConnectionSettings.local(nodeUrl));
        probe = new IndexProbe(connection);
        assertSucceeded(PactaProcess.run(dataDir, "ingest", sources.toString()));
    }

    @AfterAll
    static void stopTheNode() {
        if (connection != null) {
            connection.close();
        }
        assertSucceeded(PactaProcess.run(dataDir, "es", "stop"));
    }

    @Test
    void backupWipeRestoreBringsBackTheSameSearchResultsAndTheOriginals() throws Exception {
        Map<String, String> before = searchAgreementWord();
        assertFalse(before.isEmpty(), "the corpus files mention 'agreement'");
        long documents = count();
        long passages = count(PASSAGES);
        assertTrue(passages > documents, passages + " passages of " + documents + " documents");
        Path backup = TestDirs.fresh("durability", "backup");

        PactaProcess.Result first = PactaProcess.run(dataDir, "backup", backup.toString());
        assertSucceeded(first);
        assertTrue(first.output().contains("Backed up " + documents + " documents"), first.output());
        assertTrue(first.output().contains(FILES.size() + " originals (" + FILES.size() + " new)"), first.output());
        assertTrue(Files.isRegularFile(backup.resolve("manifest.json")));
        PactaProcess.Result second = PactaProcess.run(dataDir, "backup", backup.toString());
        assertSucceeded(second);
        assertTrue(second.output().contains(FILES.size() + " originals (0 new)"), "incremental: " + second.output());

        // Lose everything: the indices, the kept originals and the folder they came from.
        probe.delete(probe.indices("pacta-*"));
        FileSystemUtils.deleteRecursively(dataDir.resolve("blobs"));
        FileSystemUtils.deleteRecursively(sources);
        assertFalse(probe.exists(DOCUMENTS));

        PactaProcess.Result restore = PactaProcess.run(dataDir, "restore", backup.toString());
        assertSucceeded(restore);
        assertTrue(restore.output().contains(FILES.size() + " originals copied back"), restore.output());
        assertEquals(before, searchAgreementWord());
        assertEquals(documents, count());
        assertEquals(passages, count(PASSAGES));

        FileBlobStore blobs = new FileBlobStore(dataDir.resolve("blobs"));
        for (Map.Entry<String, String> document : fileDocuments().entrySet()) {
            try (InputStream original = blobs.open(document.getKey())) {
                assertArrayEquals(originals.get(document.getValue()), original.readAllBytes(), document.getValue());
            }
        }
        assertEquals(FILES.size(), fileDocuments().size());
    }

    @Test
    void restoreOfAFolderThatIsNoBackupFailsInOneLine() {
        PactaProcess.Result result = PactaProcess.run(dataDir, "restore", TestDirs.fresh("durability", "empty").toString());
        assertEquals(1, result.exitCode(), result.output());
        assertEquals(1, result.output().strip().lines().count(), result.output());
        assertTrue(result.output().startsWith("pacta: ") && result.output().contains("has no manifest.json"), result.output());
    }

    /** The same node reached as an external cluster: Pacta cannot know its path.repo, so it must be told. */
    @Test
    void backupFromAnExternalClusterNeedsARepositoryFolderTheClusterAllows() {
        Map<String, String> external = Map.of("PACTA_ES_URL", nodeUrl.toString());
        String backup = TestDirs.fresh("durability", "external").toString();

        PactaProcess.Result withoutRepo = PactaProcess.run(dataDir, external, "backup", backup);
        assertEquals(1, withoutRepo.exitCode(), withoutRepo.output());
        assertTrue(withoutRepo.output().startsWith("pacta: With an external cluster (PACTA_ES_URL) give --es-repo PATH"),
                withoutRepo.output());

        String notAllowed = TestDirs.fresh("durability", "not-in-path-repo").toString();
        PactaProcess.Result refused = PactaProcess.run(dataDir, external, "backup", backup, "--es-repo", notAllowed);
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().startsWith("pacta: Elasticsearch cannot use " + notAllowed), refused.output());

        String allowed = dataDir.resolve("es/snapshots").toString(); // this node's path.repo
        PactaProcess.Result backedUp = PactaProcess.run(dataDir, external, "backup", backup, "--es-repo", allowed);
        assertSucceeded(backedUp);
        assertTrue(Files.isRegularFile(Path.of(backup, "manifest.json")), backedUp.output());
    }

    /**
     * Zero downtime: a search loop runs for the whole reindex; every search must succeed with all
     * the documents, and the loop must have seen both the old and the new index answer.
     */
    @Test
    void reindexSwitchesToANewIndexWhileSearchesKeepAnswering() throws Exception {
        long documents = count();
        long passages = count(PASSAGES);
        Map<String, String> before = searchAgreementWord();
        String oldIndex = liveIndex();
        String oldPassages = probe.indices(PASSAGES).get(0);

        Process reindex = PactaProcess.builder(dataDir, Map.of(), "reindex")
                .redirectOutput(dataDir.resolve("reindex.log").toFile()).start();
        Set<String> answeredBy = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int searches = 0;
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (reindex.isAlive() && System.nanoTime() < deadline) {
                try {
                    Map<String, Object> response = probe.send("POST", "/" + DOCUMENTS + "/_search",
                            "{\"size\":100,\"_source\":false,\"query\":" + IndexProbe.matchAll() + "}");
                    searches++;
                    Map<?, ?> hits = (Map<?, ?>) response.get("hits");
                    long total = ((Number) ((Map<?, ?>) hits.get("total")).get("value")).longValue();
                    Object failed = ((Map<?, ?>) response.get("_shards")).get("failed");
                    if (total != documents || ((Number) failed).intValue() > 0) {
                        problems.add(total + " hits, " + failed + " shards failed");
                    }
                    ((List<?>) hits.get("hits")).forEach(hit -> answeredBy.add((String) ((Map<?, ?>) hit).get("_index")));
                } catch (Exception e) {
                    problems.add(e.toString());
                }
                Thread.sleep(20);
            }
            assertTrue(reindex.waitFor(1, TimeUnit.MINUTES), "reindex did not finish");
        } finally {
            if (reindex.isAlive()) {
                reindex.destroyForcibly(); // only the process this test started
            }
        }
        String log = Files.readString(dataDir.resolve("reindex.log"));
        assertEquals(0, reindex.exitValue(), log);

        String newIndex = liveIndex();
        assertNotEquals(oldIndex, newIndex);
        assertTrue(newIndex.startsWith("pacta-documents-v1-"), newIndex);
        assertTrue(log.contains("Rebuilt " + documents + " documents into " + newIndex), log);
        assertFalse(probe.exists(oldIndex), "the old index is deleted");
        assertEquals(List.of(), problems, "failed or incomplete searches during the reindex (of " + searches + ")");
        assertEquals(Set.of(oldIndex, newIndex), answeredBy, "the searches spanned the switch");
        assertEquals(before, searchAgreementWord());
        String newPassages = probe.indices(PASSAGES).get(0);
        assertNotEquals(oldPassages, newPassages, "the passages are rebuilt beside the documents");
        assertFalse(probe.exists(oldPassages), "the old passages index is deleted");
        assertEquals(passages, count(PASSAGES));
    }

    private static void assertSucceeded(PactaProcess.Result result) {
        assertEquals(0, result.exitCode(), result.output());
    }

    private static long count() {
        return count(DOCUMENTS);
    }

    private static long count(String alias) {
        probe.refresh(alias);
        return probe.count(alias);
    }

    private static String liveIndex() {
        return probe.indices(DOCUMENTS).get(0);
    }

    /** A full-text search a user would type: document id → file name of every hit. */
    private static Map<String, String> searchAgreementWord() {
        return idsToFileNames("{\"match\":{\"body\":\"agreement\"}}");
    }

    /** The documents of whole files (not archive members): id → file name. */
    private static Map<String, String> fileDocuments() {
        return idsToFileNames(IndexProbe.missing("parent_sha256"));
    }

    private static Map<String, String> idsToFileNames(String query) {
        probe.refresh(DOCUMENTS);
        Map<String, String> result = new TreeMap<>();
        for (IndexProbe.Hit hit : probe.search(DOCUMENTS, query, 100)) {
            result.put(hit.id(), (String) hit.source().get("file_name"));
        }
        return result;
    }
}
