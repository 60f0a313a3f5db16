package org.pacta.ingest.exclude;

import org.eclipse.jgit.ignore.FastIgnoreRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an ingest leaves out of the folders it walks, in gitignore syntax (matched by JGit's ignore
 * rules). Three layers, the later winning where they disagree, as in git:
 * <ol>
 *   <li>the defaults: hidden files and folders and the leftovers of operating systems, editors and
 *       downloads, which no one wants archived ({@link #DEFAULTS}); matched without regard to case;</li>
 *   <li>{@code .pactaignore} files: one in a folder applies to that folder and below; a deeper file
 *       overrides a shallower one, a later line an earlier one, and {@code !} re-includes;</li>
 *   <li>patterns given for the run ({@code --exclude}, the ingest job's {@code exclude}), relative to
 *       the ingested folder.</li>
 * </ol>
 * As in git, a file inside an excluded folder cannot be re-included: the folder is not walked.
 * Immutable; {@link #root} starts the per-folder scopes of one walk.
 */
public final class Exclusions {

    /** The name of a folder's rule file. It is never a document itself. */
    public static final String RULE_FILE = ".pactaignore";

    /** Rule files larger than this are refused (a folder of rules is a mistake, not a configuration). */
    static final long MAX_RULE_FILE_BYTES = 1024 * 1024;
    static final int MAX_PATTERNS = 1000;
    static final int MAX_PATTERN_LENGTH = 4096;

    /** Never wanted in an archive: pattern and the reason shown for it. Later entries win over earlier ones. */
    static final List<String[]> DEFAULTS = List.of(
            new String[] {".*", "hidden"},
            new String[] {".ds_store", "OS leftover"},
            new String[] {"._*", "OS leftover"},
            new String[] {"thumbs.db", "OS leftover"},
            new String[] {"ehthumbs.db", "OS leftover"},
            new String[] {"desktop.ini", "OS leftover"},
            new String[] {"$recycle.bin/", "OS leftover"},
            new String[] {"system volume information/", "OS leftover"},
            new String[] {"__macosx/", "OS leftover"},
            new String[] {"~$*", "Office lock file"},
            new String[] {".~lock.*#", "Office lock file"},
            new String[] {"*~", "editor leftover"},
            new String[] {"\\#*#", "editor leftover"}, // Emacs auto-save; an unescaped # starts a comment
            new String[] {"*.swp", "editor leftover"},
            new String[] {"*.swo", "editor leftover"},
            new String[] {"*.tmp", "temporary file"},
            new String[] {"*.temp", "temporary file"},
            new String[] {"*.crdownload", "partial download"},
            new String[] {"*.part", "partial download"});

    private static final List<Rule> DEFAULT_RULES = DEFAULTS.stream()
            .map(d -> new Rule(new FastIgnoreRule(d[0]), d[0], null, d[1])).toList();

    private static final Exclusions NONE = new Exclusions(false, false, List.of());

    private final boolean defaults;
    private final boolean ruleFiles;
    private final List<Rule> patterns;

    private Exclusions(boolean defaults, boolean ruleFiles, List<Rule> patterns) {
        this.defaults = defaults;
        this.ruleFiles = ruleFiles;
        this.patterns = List.copyOf(patterns);
    }

    /** The defaults and the folders' {@code .pactaignore} files: what every folder ingest applies. */
    public static Exclusions standard() {
        return new Exclusions(true, true, List.of());
    }

    /** Nothing left out: for a folder Pacta made itself (an upload's files, each named by the user). */
    public static Exclusions none() {
        return NONE;
    }

    /**
     * These exclusions plus patterns for the whole run, in gitignore syntax relative to each ingested
     * folder; they win over the rule files and the defaults ({@code !name} re-includes).
     *
     * @param label how the reason shown for a match names them, e.g. {@code --exclude}
     * @throws IllegalArgumentException for a blank, comment or malformed pattern, or too many
     */
    public Exclusions withPatterns(List<String> given, String label) {
        if (given == null || given.isEmpty()) {
            return this;
        }
        if (given.size() > MAX_PATTERNS) {
            throw new IllegalArgumentException("At most " + MAX_PATTERNS + " exclude patterns");
        }
        List<Rule> all = new ArrayList<>(patterns);
        for (String pattern : given) {
            all.add(new Rule(parse(pattern), pattern, null, label + " " + pattern));
        }
        return new Exclusions(defaults, ruleFiles, all);
    }

    /** The run's own patterns, as given. */
    public List<String> patterns() {
        return patterns.stream().map(Rule::pattern).toList();
    }

    /**
     * Checks one pattern as {@link #withPatterns} would, without keeping it.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static void check(String pattern) {
        parse(pattern);
    }

    private static FastIgnoreRule parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("An exclude pattern must not be blank");
        }
        if (pattern.length() > MAX_PATTERN_LENGTH) {
            throw new IllegalArgumentException("An exclude pattern must be at most " + MAX_PATTERN_LENGTH + " characters");
        }
        if (pattern.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0)) {
            throw new IllegalArgumentException("An exclude pattern must be one line: " + pattern.strip());
        }
        if (pattern.startsWith("#")) {
            throw new IllegalArgumentException("An exclude pattern starting with # is a comment (write \\# for a name starting with #): "
                    + pattern);
        }
        FastIgnoreRule rule = new FastIgnoreRule(pattern);
        if (rule.isEmpty() || pattern.strip().equals("/")) {
            throw new IllegalArgumentException("Not a valid exclude pattern (gitignore syntax): " + pattern);
        }
        return rule;
    }

    /** True for a folder's rule file, which is read, never archived. */
    public static boolean isRuleFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(RULE_FILE);
    }

    /**
     * The scope of an ingested folder, with its own {@code .pactaignore} read. The folder itself is
     * never excluded: naming it is asking for it.
     *
     * @throws RuleFileException when its rule file exists but cannot be read
     */
    public Scope root(Path root) throws RuleFileException {
        return new Scope(this, root, null, root);
    }

    /**
     * The rules in force in one folder of a walk. {@link #enter} gives a sub-folder's scope.
     */
    public static final class Scope {

        private final Exclusions exclusions;
        private final Path root;
        private final Scope parent;
        private final Path base;
        private final List<Rule> rules;
        private final List<String> problems;

        private Scope(Exclusions exclusions, Path root, Scope parent, Path base) throws RuleFileException {
            this.exclusions = exclusions;
            this.root = root;
            this.parent = parent;
            this.base = base;
            List<String> problems = new ArrayList<>();
            this.rules = exclusions.ruleFiles ? readRuleFile(base.resolve(RULE_FILE), problems) : List.of();
            this.problems = List.copyOf(problems);
        }

        /** The scope of a sub-folder of this scope's folder (not excluded), with its rule file read. */
        public Scope enter(Path dir) throws RuleFileException {
            return new Scope(exclusions, root, this, dir);
        }

        /** The lines of this folder's rule file that are not valid patterns (and so are ignored). */
        public List<String> problems() {
            return problems;
        }

        /** The rule file read for this folder, when there is one. */
        public Path ruleFile() {
            return base.resolve(RULE_FILE);
        }

        /**
         * Why {@code path} (a file or folder below this scope's folder) is left out, or null when it is
         * not: the last matching line of the most specific layer decides.
         */
        public String excluded(Path path, boolean directory) {
            String fromRoot = relative(root, path);
            Rule rule = lastMatch(exclusions.patterns, fromRoot, directory);
            if (rule != null) {
                return rule.negated() ? null : rule.reason();
            }
            for (Scope scope = this; scope != null; scope = scope.parent) {
                if (!scope.rules.isEmpty()) {
                    rule = lastMatch(scope.rules, relative(scope.base, path), directory);
                    if (rule != null) {
                        return rule.negated() ? null : rule.reason();
                    }
                }
            }
            if (exclusions.defaults) {
                rule = lastMatch(DEFAULT_RULES, fromRoot.toLowerCase(Locale.ROOT), directory);
                if (rule != null) {
                    return rule.negated() ? null : rule.reason();
                }
            }
            return null;
        }

        private static Rule lastMatch(List<Rule> rules, String path, boolean directory) {
            for (int i = rules.size() - 1; i >= 0; i--) {
                if (rules.get(i).matcher().isMatch(path, directory, true)) {
                    return rules.get(i);
                }
            }
            return null;
        }

        private static String relative(Path base, Path path) {
            Path relative = base.relativize(path);
            StringBuilder out = new StringBuilder();
            for (Path part : relative) {
                if (out.length() > 0) {
                    out.append('/');
                }
                out.append(part);
            }
            return out.toString();
        }
    }

    private static List<Rule> readRuleFile(Path file, List<String> problems) throws RuleFileException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RuleFileException(file, "not a regular file (symbolic links are not followed)");
        }
        List<String> lines;
        try {
            if (Files.size(file) > MAX_RULE_FILE_BYTES) {
                throw new RuleFileException(file, "larger than " + MAX_RULE_FILE_BYTES / 1024 + " KB");
            }
            // Malformed UTF-8 is replaced, not fatal: such a line simply matches no name.
            lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new RuleFileException(file, "cannot be read: " + e.getMessage());
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String origin = file + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            FastIgnoreRule rule = new FastIgnoreRule(line);
            if (rule.isEmpty() || line.strip().equals("/")) {
                problems.add("line " + (i + 1) + ": not a valid pattern, ignored: " + line);
            } else {
                rules.add(new Rule(rule, line.strip(), origin, origin + " " + line.strip()));
            }
        }
        return List.copyOf(rules);
    }

    /** One pattern with where it came from and the reason shown when it excludes something. */
    private record Rule(FastIgnoreRule matcher, String pattern, String origin, String reason) {
        boolean negated() {
            return !matcher.getResult();
        }
    }

    /** A rule file that exists but cannot be used: its folder is not ingested rather than ingested without its rules. */
    public static final class RuleFileException extends Exception {

        private final Path file;

        RuleFileException(Path file, String message) {
            super(file + ": " + message);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
