package org.pacta.extraction.bench;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.pacta.core.ingest.Extraction;
import org.pacta.extraction.TikaTextExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Throughput of the in-process extractor vs. Tika's PipesParser (one child JVM per worker), on a folder
 * (default: shared/bench). Not a test; run by hand:
 * {@code java -cp <test classpath> org.pacta.extraction.bench.IsolationBench inproc|pipes [dir] [threads]}
 */
public final class IsolationBench {

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "inproc";
        Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("pacta.test.shared", "../shared") + "/bench");
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        AtomicLong chars = new AtomicLong();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        long t0;
        long t1;
        if (mode.equals("pipes")) {
            Path cfg = Files.createTempFile("pacta-pipes", ".xml");
            Files.writeString(cfg, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <properties>
                      <parsers><parser class="org.apache.tika.parser.DefaultParser"/></parsers>
                      <pipes><params>
                        <numClients>%d</numClients>
                        <timeoutMillis>120000</timeoutMillis>
                        <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
                        <forkedJvmArgs><arg>-Xmx1g</arg><arg>-XX:+UseSerialGC</arg></forkedJvmArgs>
                      </params></pipes>
                      <fetchers><fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                        <params><name>fs</name><basePath>/</basePath></params>
                      </fetcher></fetchers>
                    </properties>
                    """.formatted(threads));
            PipesConfig pc = PipesConfig.load(cfg);
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
            OfficeParserConfig office = new OfficeParserConfig();
            office.setUseSAXDocxExtractor(true);
            try (PipesParser pipes = new PipesParser(pc)) {
                // start the child JVMs first: start-up is paid once per worker, not per document
                long s0 = System.nanoTime();
                runAll(List.of(files.get(0), files.get(1)), threads, f -> statuses.merge("warmup", 1, Integer::sum),
                        f -> parsePipes(pipes, f, pdf, office, new AtomicLong(), new ConcurrentHashMap<>()));
                System.out.printf("pipes warm-up (child JVM start + 2 docs): %.1f s%n", (System.nanoTime() - s0) / 1e9);
                for (int i = 1; i < Integer.getInteger("bench.passes", 1); i++) {
                    runAll(files, threads, f -> { }, f -> parsePipes(pipes, f, pdf, office, new AtomicLong(), new ConcurrentHashMap<>()));
                }
                t0 = System.nanoTime();
                runAll(files, threads, f -> { }, f -> parsePipes(pipes, f, pdf, office, chars, statuses));
                t1 = System.nanoTime();
            }
        } else if (mode.equals("child")) {
            try (org.pacta.extraction.ChildProcessTextExtractor x = new org.pacta.extraction.ChildProcessTextExtractor(
                    org.pacta.extraction.ExtractorConfig.defaults(), threads, "1g")) {
                long s0 = System.nanoTime();
                runAll(List.of(files.get(0), files.get(1)), threads, f -> { }, f -> x.extract(f));
                System.out.printf("child warm-up (JVM start + 2 docs): %.1f s%n", (System.nanoTime() - s0) / 1e9);
                for (int i = 1; i < Integer.getInteger("bench.passes", 1); i++) {
                    runAll(files, threads, f -> { }, f -> x.extract(f)); // JIT warm-up passes
                }
                t0 = System.nanoTime();
                runAll(files, threads, f -> { }, f -> {
                    Extraction e = x.extract(f);
                    chars.addAndGet(e.charCount());
                    statuses.merge(e.ok() ? "OK" : e.failure().kind().name(), 1, Integer::sum);
                    return e;
                });
                t1 = System.nanoTime();
            }
        } else {
            boolean lang = Boolean.parseBoolean(System.getProperty("bench.lang", "true"));
            try (TikaTextExtractor x = new TikaTextExtractor(
                    org.pacta.extraction.ExtractorConfig.builder().detectLanguage(lang)
                            .languageSampleChars(Integer.getInteger("bench.sample", 3_000)).build())) {
                runAll(List.of(files.get(0), files.get(1)), threads, f -> { }, f -> x.extract(f));
                for (int i = 1; i < Integer.getInteger("bench.passes", 1); i++) {
                    runAll(files, threads, f -> { }, f -> x.extract(f)); // JIT warm-up passes
                }
                t0 = System.nanoTime();
                runAll(files, threads, f -> { }, f -> {
                    Extraction e = x.extract(f);
                    chars.addAndGet(e.charCount());
                    statuses.merge(e.ok() ? "OK" : e.failure().kind().name(), 1, Integer::sum);
                    return e;
                });
                t1 = System.nanoTime();
            }
        }
        double s = (t1 - t0) / 1e9;
        System.out.printf("%s, %d threads: %d files, %.1f MB, %.1f M chars in %.1f s = %.1f docs/s, %.2f MB/s; %s%n",
                mode, threads, files.size(), bytes / 1e6, chars.get() / 1e6, s, files.size() / s, bytes / 1e6 / s,
                statuses);
    }

    private static Object parsePipes(PipesParser pipes, Path f, PDFParserConfig pdf, OfficeParserConfig office,
                                     AtomicLong chars, Map<String, Integer> statuses) throws Exception {
        ParseContext pc = new ParseContext();
        pc.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.TEXT,
                HandlerConfig.PARSE_MODE.RMETA, -1, 10_000, false));
        pc.set(PDFParserConfig.class, pdf);
        pc.set(OfficeParserConfig.class, office);
        PipesResult r = pipes.parse(new FetchEmitTuple(f.toString(), new FetchKey("fs", f.toAbsolutePath().toString()),
                new EmitKey("", ""), new Metadata(), pc, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT));
        statuses.merge(r.getStatus().name(), 1, Integer::sum);
        if (r.getEmitData() != null) {
            for (Metadata m : r.getEmitData().getMetadataList()) {
                String c = m.get(TikaCoreProperties.TIKA_CONTENT);
                chars.addAndGet(c == null ? 0 : c.length());
            }
        }
        return r;
    }

    interface Task {
        Object run(Path f) throws Exception;
    }

    private static void runAll(List<Path> files, int threads, java.util.function.Consumer<Path> before, Task task)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> fs = new ArrayList<>();
            for (Path f : files) {
                fs.add(pool.submit(() -> {
                    before.accept(f);
                    return task.run(f);
                }));
            }
            for (Future<Object> x : fs) {
                x.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
