package org.pacta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.Pacta;
import org.pacta.elasticsearch.testing.TestDirs;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as users run it: the real {@code ./pacta} launcher, each command in its own
 * process, on the jar the build packaged (a failsafe test: it runs after {@code package}). The
 * searches run on the tests' Elasticsearch ({@code PACTA_ES_URL}), in an index prefix and data dir of
 * their own.
 */
public class PactaLauncherIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("pacta.test.launcher", "../pacta"))
            .toAbsolutePath().normalize();
    private static final Path SEEDS = Path.of(System.getProperty("pacta.test.shared", "../../shared"))
            .resolve("seeds").toAbsolutePath().normalize();
    private static final String REPORT_000 = "000_519bf24fa49fa326.txt";
    private static final String REPORT_001 = "001_fa9b40200313cc7b.txt";
    private static final String MEMORANDUM = "Memorandum of Understanding between the Ministry of Defense of Azerbaijan "
            + "and the Ministry of National Defense of Türkiye on Strengthening Mutual Military Security";

    private final ObjectMapper json = new ObjectMapper();

    public record Run(int exitCode, String out, String err) {
        public String all() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void theLauncherRunsThePackagedJar() {
        assertTrue(Files.isExecutable(LAUNCHER), "no launcher at " + LAUNCHER);
        // The jar must be the one this build packaged: a launcher that rebuilds would test something else.
        Run version = pacta(Map.of(), "--version");
        assertFalse(version.err().contains("building"), "the launcher rebuilt the jar: " + version.all());
    }

    @Test
    void versionIsTheMavenProjectVersion() {
        Run run = pacta(Map.of(), "--version");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("Pacta " + System.getProperty("pacta.test.version") + "\n"), run.all());
        assertEquals(run.out(), pacta(Map.of(), "-V").out());
    }

    /**
     * Every command and subcommand, found in the command tree itself: a command added later is covered too
     * ({@code bench}'s, which run from the bench module's jar: its PactaBenchLauncherIT).
     */
    @Test
    void everyCommandAnswersHelpWithItsOptionsTheirDefaultsAndTwoExamples() {
        int commands = assertEveryCommandAnswersHelp(Pacta.commandLine());
        assertTrue(commands >= 12, "commands found: " + commands);
    }

    /** {@code --help} of {@code root} and every command under it, each run through the launcher; returns how many. */
    public static int assertEveryCommandAnswersHelp(CommandLine root) {
        List<CommandLine> commands = new ArrayList<>();
        collect(root, commands);
        for (CommandLine command : commands) {
            String path = command.getCommandSpec().qualifiedName(" ").replaceFirst("^pacta ?", "");
            List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
            args.add("--help");
            Run run = pacta(Map.of(), args.toArray(String[]::new));
            String what = "./pacta " + String.join(" ", args) + ": " + run.all();
            assertEquals(0, run.exitCode(), what);
            assertEquals("", run.err(), what);
            assertTrue(run.out().startsWith("Usage: " + command.getCommandSpec().qualifiedName(" ")), what);
            String examples = run.out().substring(Math.max(0, run.out().indexOf("\nExamples:\n")));
            assertTrue(examples.startsWith("\nExamples:\n"), what);
            long own = examples.lines().filter(line -> line.contains("./pacta " + path)).count();
            assertTrue(own >= 2, "two examples of this command: " + what);
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertTrue(run.out().contains(option.longestName()), option.longestName() + " in " + what);
                if (option.defaultValue() != null) {
                    assertTrue(run.out().contains("Default: " + option.defaultValue()),
                            option.longestName() + "'s default in " + what);
                }
            }
            if (!command.getSubcommands().isEmpty()) {
                assertOneLineEach(command, run.out(), what);
            }
        }
        return commands.size();
    }

    /**
     * The launcher's class-data archive: the first run of a command records it, later runs map it, and none of
     * them prints a word about it (on JDK 17 the second launch adopts what the first wrote at exit).
     */
    @Test
    void aCommandRunsFromItsClassDataArchiveFromTheSecondRunOnWithTheSameOutput() throws IOException {
        String expected = SEEDS.resolve("expected.jsonl").toString();
        Run first = pacta(Map.of(), "eval", SEEDS.toString(), expected);
        assertEquals(0, first.exitCode(), first.all());
        assertEquals("", first.err(), first.all());
        for (int run = 2; run <= 3; run++) {
            Run again = pacta(Map.of(), "eval", SEEDS.toString(), expected);
            assertEquals(first.out(), again.out(), "run " + run + ": " + again.all());
            assertEquals("", again.err(), "run " + run + ": " + again.all());
        }
        Path layouts = LAUNCHER.resolveSibling("src/target/cds");
        try (Stream<Path> files = Files.walk(layouts)) {
            List<String> archives = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("eval-[0-9.]+\\.jsa"))
                    .toList();
            assertEquals(1, archives.size(), "one archive for the eval command under " + layouts + ": " + archives);
        }
    }

    @Test
    void anUnknownOptionOrAMissingArgumentIsAUsageError() {
        Run unknown = pacta(Map.of(), "ingest", "--no-such-option");
        assertEquals(2, unknown.exitCode(), unknown.all());
        assertEquals("", unknown.out(), unknown.all());
        assertTrue(unknown.err().contains("Unknown option or argument: '--no-such-option'"), unknown.all());
        assertTrue(unknown.err().contains("Usage: pacta ingest "), unknown.all());
        assertNoStackTrace(unknown);

        Run missing = pacta(Map.of(), "backup");
        assertEquals(2, missing.exitCode(), missing.all());
        assertTrue(missing.err().contains("Missing required parameter: 'DIR'"), missing.all());
        assertTrue(missing.err().contains("Usage: pacta backup "), missing.all());
        assertNoStackTrace(missing);

        Run typo = pacta(Map.of(), "serch", "Istanbul");
        assertEquals(2, typo.exitCode(), typo.all());
        assertTrue(typo.err().contains("Did you mean: pacta search"), typo.all());

        Run search = pacta(Map.of(), "search", "Istanbul", "--year", "2000..1990");
        assertEquals(2, search.exitCode(), search.all());
        assertTrue(search.err().contains("--year: FROM is after TO"), search.all());
        assertTrue(search.err().contains("Usage: pacta search "), search.all());
        assertNoStackTrace(search);
        // The other usage errors of search: SearchCommandTest, in-process.
    }

    /**
     * The acceptance: after ingesting the seeds, {@code search Istanbul --json} lists both reports
     * and the plain form names the memorandum; the JSON is the API's answer ({@code ./pacta serve} on the
     * same archive), and the CSV the export's.
     */
    /**
     * OCR comes with the build: on a PATH without any {@code tesseract} (and with JavaCPP's cache
     * empty), a scanned treaty is found by words that exist only in its page images.
     */
    @Test
    void aScanIsSearchableByAWordOnlyInItsImagesWithNoSystemTesseract(@TempDir Path dir) throws Exception {
        Path scans = Files.createDirectories(dir.resolve("scans"));
        Files.copy(SEEDS.resolveSibling("corpus").resolve("agreements").resolve("tota_262.pdf"), scans.resolve("scan.pdf"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String folder : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            try (var programs = Files.list(Path.of(folder))) {
                for (Path program : (Iterable<Path>) programs::iterator) {
                    Path link = bin.resolve(program.getFileName().toString());
                    if (!program.getFileName().toString().equals("tesseract") && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, program);
                    }
                }
            } catch (IOException unreadable) {
                // a PATH entry that does not exist or cannot be listed adds nothing
            }
        }
        String url = TestElasticsearch.shared().settings().nodes().get(0).toString();
        Map<String, String> env = Map.of("PACTA_ES_URL", url,
                "PACTA_ES_INDEX_PREFIX", TestElasticsearch.uniquePrefix("launcher-ocr"),
                "PACTA_HOME", dir.resolve("home").toString(),
                "PATH", bin.toString(),
                "PACTA_JAVA_OPTS", "-Dorg.bytedeco.javacpp.cachedir=" + dir.resolve("javacpp-cache"));
        assertFalse(Files.exists(bin.resolve("tesseract")));

        Run ingest = pacta(env, "ingest", scans.toString(), "--workers", "1");
        assertEquals(0, ingest.exitCode(), ingest.all());
        Run found = pacta(env, "search", "\"mutatis mutandis\"", "--json");
        assertEquals(0, found.exitCode(), found.all());
        JsonNode hits = json.readTree(found.out()).get("hits");
        assertEquals(1, hits.size(), found.all());
        assertEquals("scan.pdf", hits.get(0).get("file_name").asText(), found.all());
        assertTrue(hits.get(0).get("snippets").toString().contains("<mark>mutatis</mark>"), found.all());
    }

    @Test
    void sharedTextListsThePairOfTreatiesAndQuotesTheWordsTheyShare(@TempDir Path dir) throws Exception {
        String transfers = "Each Contracting Party shall guarantee to investors of the other Contracting Party the free "
                + "transfer of payments in connection with an investment, in particular of the initial capital and "
                + "additional amounts to maintain or increase the investment, the returns, the proceeds from the sale "
                + "or liquidation of all or any part of the investment, and the earnings of nationals of the other "
                + "Contracting Party who are allowed to work in connection with the investment.";
        Path treaties = Files.createDirectories(dir.resolve("treaties"));
        Files.writeString(treaties.resolve("first.txt"), "Agreement between Ruritania and Elbonia\n\nArticle 1\n"
                + "Definitions follow the laws of each Party.\n\nArticle 6\nTransfers\n" + transfers + "\n");
        Files.writeString(treaties.resolve("second.txt"), "Agreement between Freedonia and Sylvania\n\nArticle 1\n"
                + "The Parties desire closer economic ties.\n\nArticle 9\nFree transfers\n" + transfers
                + " Transfers shall be made in a freely convertible currency.\n");
        Files.writeString(treaties.resolve("fisheries.txt"), "Agreement on fisheries\n\nArticle 1\nThe Parties "
                + "shall set the quotas for the coming season in the joint commission each autumn.\n");
        String url = TestElasticsearch.shared().settings().nodes().get(0).toString();
        Map<String, String> env = Map.of("PACTA_ES_URL", url,
                "PACTA_ES_INDEX_PREFIX", TestElasticsearch.uniquePrefix("launcher-shared"),
                "PACTA_HOME", dir.resolve("home").toString());
        assertEquals(0, pacta(env, "ingest", treaties.toString(), "--workers", "1").exitCode());

        Run shared = pacta(env, "shared-text", "--quote", "--passages", "1");
        assertEquals(0, shared.exitCode(), shared.all());
        assertTrue(shared.out().contains("1 pair of documents shares text"), shared.all());
        assertTrue(java.util.regex.Pattern.compile("Article (6 ≈ Article 9|9 ≈ Article 6) \\((7[4-6]) words\\)")
                .matcher(shared.out()).find(), "the whole article, 74 words, and its heading's: " + shared.all());
        assertTrue(shared.out().contains("Each Contracting Party shall guarantee to investors"), shared.all());
        assertFalse(shared.out().contains("fisheries.txt"), shared.all());
    }

    @Test
    void searchFromTheTerminalAfterIngestingTheSeeds() throws Exception {
        String url = TestElasticsearch.shared().settings().nodes().get(0).toString();
        Map<String, String> env = Map.of("PACTA_ES_URL", url,
                "PACTA_ES_INDEX_PREFIX", TestElasticsearch.uniquePrefix("launcher"),
                "PACTA_HOME", TestDirs.fresh("launcher-tests", "search").toString());

        Run ingest = pacta(env, "ingest", SEEDS.toString(), "--workers", "1");
        assertEquals(0, ingest.exitCode(), ingest.all());

        Run found = pacta(env, "search", "Istanbul", "--json");
        assertEquals(0, found.exitCode(), found.all());
        JsonNode answer = json.readTree(found.out());
        assertEquals(Set.of(REPORT_000, REPORT_001), fileNames(answer, "memorandum"), found.all());
        assertEquals(List.of("total", "took_ms", "hits", "facets", "next", "partial"), fieldNames(answer), found.all());
        for (JsonNode hit : answer.get("hits")) {
            if (hit.get("type").asText().equals("memorandum")) {
                assertTrue(hit.get("snippets").toString().contains("<mark>Istanbul</mark>"), hit.toString());
            }
        }

        Run plain = pacta(with(env, "PACTA_PORT", "9191"), "search", "Istanbul");
        assertEquals(0, plain.exitCode(), plain.all());
        assertTrue(plain.out().contains(". " + MEMORANDUM + "\n"), plain.all());
        assertTrue(plain.out().contains("   Azerbaijan, Türkiye\n"), plain.all());
        assertTrue(plain.out().contains("Signed 22 July 2025 in Istanbul"), plain.all());
        assertTrue(plain.out().contains("**Istanbul**"), "the match, marked in plain text: " + plain.all());
        assertFalse(plain.out().contains("\u001b["), "no colours into a pipe: " + plain.all());
        assertFalse(plain.out().contains("&quot;") || plain.out().contains("<mark>"), "HTML decoded: " + plain.all());
        // The web UI's address follows the server's settings (PACTA_PORT).
        assertTrue(plain.out().contains("http://127.0.0.1:9191/doc.html?id=" + answer.get("hits").get(0).get("id").asText()),
                plain.all());

        Run agreements = pacta(env, "search", "Istanbul", "--kind", "agreements");
        assertEquals(0, agreements.exitCode(), agreements.all());
        assertTrue(agreements.out().startsWith("1 agreement matches \"Istanbul\"\n"), agreements.all());
        assertTrue(agreements.out().contains("Memorandum of Understanding between the Ministry of Defense"), agreements.all());
        assertTrue(agreements.out().contains("/agreement.html?id=ag-"), agreements.all());

        Run filtered = pacta(env, "search", "--party", "Turquie", "--year", "2025", "--type", "memorandum", "--json");
        assertEquals(0, filtered.exitCode(), filtered.all());
        assertEquals(Set.of(REPORT_000, REPORT_001), fileNames(json.readTree(filtered.out()), "memorandum"));

        Run none = pacta(env, "search", "Istanbul", "--year", "1990..2000");
        assertEquals(1, none.exitCode(), none.all());
        assertEquals("No documents match \"Istanbul\".\n", none.out(), none.all());

        // With ./pacta serve on the same archive: the CLI's answers are the API's, all but the time taken.
        int port = PactaProcess.freePort();
        Map<String, String> serving = with(env, "PACTA_PORT", String.valueOf(port));
        Process serve = start(serving, "serve");
        try {
            waitForHealth(port, serve);
            Map<String, List<String>> sameSearches = Map.of(
                    "/api/search?q=Istanbul&size=10", List.of("search", "Istanbul", "--json"),
                    "/api/agreements?q=Istanbul&size=10", List.of("search", "Istanbul", "--kind", "agreements", "--json"),
                    "/api/search?q=memorandum&party=AZE&year_from=2020&status=ratified&status=approved+in+first+reading&size=1&page=1"
                            + "&sort=signed_asc",
                    List.of("search", "memorandum", "--party", "AZE", "--year", "2020..", "--status", "ratified",
                            "--status", "approved in first reading", "--size", "1", "--page", "2", "--sort", "signed_asc",
                            "--json"));
            for (Map.Entry<String, List<String>> same : sameSearches.entrySet()) {
                String api = get(port, same.getKey());
                Run cli = pacta(serving, same.getValue().toArray(String[]::new));
                assertEquals(0, cli.exitCode(), cli.all());
                assertEquals(withoutTime(api), withoutTime(cli.out()), String.join(" ", same.getValue()));
            }
            Run csv = pacta(serving, "search", "Istanbul", "--csv");
            assertEquals(0, csv.exitCode(), csv.all());
            assertTrue(csv.out().startsWith("content_sha256,title,parties,signed_date,"), csv.all());
            assertTrue(csv.out().contains(REPORT_000) && csv.out().contains(REPORT_001), csv.all());
            assertEquals(get(port, "/api/export?q=Istanbul&format=csv"), csv.out());
        } finally {
            serve.destroy(); // SIGTERM, as Ctrl-C
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    // ---------- helpers ----------

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }

    /** The command list shows one line per command: no description wraps onto a second line. */
    private static void assertOneLineEach(CommandLine command, String help, String what) {
        String list = help.substring(help.indexOf("\nCommands:\n") + "\nCommands:\n".length());
        list = list.substring(0, list.indexOf("\n\n") + 1);
        Set<String> names = new HashSet<>();
        for (String line : list.lines().toList()) {
            assertTrue(line.matches("  [a-z-]+ +\\S.*"), "one line per command, not '" + line + "': " + what);
            names.add(line.strip().split(" +")[0]);
        }
        Set<String> listed = new HashSet<>(command.getSubcommands().keySet());
        if (command.getCommandSpec().parent() == null) {
            listed.add(Pacta.BENCH); // ./pacta --help lists it; the launcher runs it from the bench jar
        }
        assertEquals(listed, names, what);
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "a stack trace: " + run.all());
    }

    private static Set<String> fileNames(JsonNode answer, String type) {
        Set<String> names = new HashSet<>();
        for (JsonNode hit : answer.get("hits")) {
            if (hit.get("type").asText().equals(type)) {
                names.add(hit.get("file_name").asText());
            }
        }
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The answer without the time it took, as a tree: objects compare by their fields, not their order (the API
     * writes some maps, e.g. an agreement's {@code party_names}, in an order that differs from one JVM to another).
     */
    private JsonNode withoutTime(String answer) throws IOException {
        ObjectNode node = (ObjectNode) json.readTree(answer);
        assertTrue(node.remove("took_ms") != null, answer);
        return node;
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    private static ProcessBuilder launcher(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(LAUNCHER.getParent().toFile());
        builder.environment().remove("PACTA_ES_URL");
        builder.environment().remove("PACTA_PORT");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // the JDK running the tests
        builder.environment().put("PACTA_HOME", TestDirs.fresh("launcher-tests", "home").toString());
        builder.environment().putAll(env);
        return builder;
    }

    public static Run pacta(Map<String, String> env, String... args) {
        try {
            Path out = Files.createTempFile("pacta-out", ".txt");
            Path err = Files.createTempFile("pacta-err", ".txt");
            try {
                Process process = launcher(env, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("./pacta " + String.join(" ", args) + " did not finish");
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Process start(Map<String, String> env, String... args) throws IOException {
        Path log = TestDirs.fresh("launcher-tests", "serve").resolve("serve.log");
        return launcher(env, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitForHealth(int port, Process serve) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertTrue(serve.isAlive(), "./pacta serve exited with " + (serve.isAlive() ? 0 : serve.exitValue()));
            try {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                return; // answering, whatever the cluster's colour
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("./pacta serve did not answer on port " + port);
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
