package org.pacta.elasticsearch.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a failed node start into one readable sentence and a pointer to the node's log. */
final class StartupDiagnosis {

    private record Rule(Pattern pattern, String explanation) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("No space left on device|flood stage disk watermark|disk usage exceeded"),
                    "the disk holding the data dir is full"),
            new Rule(Pattern.compile("BindException|Address already in use|Failed to bind"),
                    "the node could not bind its port on 127.0.0.1 (port in use?)"),
            new Rule(Pattern.compile("AccessDeniedException|Permission denied|Operation not permitted"),
                    "a file or directory is not accessible to the node's user"),
            new Rule(Pattern.compile("can not run elasticsearch as root"),
                    "Elasticsearch refused to run as root"),
            new Rule(Pattern.compile("UnsupportedClassVersionError|requires Java|could not find java|JAVA_HOME"),
                    "the Java runtime cannot run this Elasticsearch (Java 17 or newer is needed)"),
            new Rule(Pattern.compile("failed to obtain node locks"),
                    "another Elasticsearch process still holds this data dir"),
            new Rule(Pattern.compile("OutOfMemoryError|Could not reserve enough space|Invalid maximum heap size"),
                    "the node's heap setting does not fit (PACTA_ES_HEAP)"),
            new Rule(Pattern.compile("plugin .* (was built for|requires)|jar hell", Pattern.CASE_INSENSITIVE),
                    "an installed plugin does not fit this Elasticsearch"));

    private StartupDiagnosis() {
    }

    static String explain(String what, Path nodeLogs, Path consoleLog) {
        String logs = tail(consoleLog) + "\n" + tail(nodeLogs.resolve("pacta.log"));
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(logs).find()) {
                return what + ": " + rule.explanation() + ". See " + consoleLog + " and " + nodeLogs.resolve("pacta.log");
            }
        }
        String lastError = logs.lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).contains("error") || line.contains("Exception"))
                .reduce((a, b) -> b).orElse("").strip();
        return what + (lastError.isEmpty() ? "" : ": " + abbreviate(lastError)) + ". See " + consoleLog
                + " and " + nodeLogs.resolve("pacta.log");
    }

    private static String tail(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int from = Math.max(0, bytes.length - 64 * 1024);
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
