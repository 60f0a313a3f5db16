package org.pacta.ingest.exclude;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule engine: defaults, .pactaignore files (nested, negated, anchored, directory-only) and run patterns. */
class ExclusionsTest {

    @TempDir
    Path root;

    @Test
    void theDefaultsLeaveOutHiddenNamesAndLeftoversOnly() throws Exception {
        Exclusions.Scope scope = Exclusions.standard().root(root);
        assertEquals("hidden", scope.excluded(root.resolve(".git"), true));
        assertEquals("hidden", scope.excluded(root.resolve("a/.notes.txt"), false));
        assertEquals("OS leftover", scope.excluded(root.resolve(".DS_Store"), false));
        assertEquals("OS leftover", scope.excluded(root.resolve("scans/Thumbs.db"), false));
        assertEquals("OS leftover", scope.excluded(root.resolve("THUMBS.DB"), false), "Windows names in any case");
        assertEquals("OS leftover", scope.excluded(root.resolve("desktop.ini"), false));
        assertEquals("OS leftover", scope.excluded(root.resolve("__MACOSX"), true));
        assertEquals("Office lock file", scope.excluded(root.resolve("~$treaty.docx"), false));
        assertEquals("Office lock file", scope.excluded(root.resolve(".~lock.treaty.odt#"), false));
        assertEquals("editor leftover", scope.excluded(root.resolve("treaty.txt~"), false));
        assertEquals("editor leftover", scope.excluded(root.resolve("treaty.txt.swp"), false));
        assertEquals("editor leftover", scope.excluded(root.resolve("#treaty.txt#"), false));
        assertEquals("temporary file", scope.excluded(root.resolve("x/upload.TMP"), false));
        assertEquals("partial download", scope.excluded(root.resolve("treaty.pdf.crdownload"), false));
        // Content is not judged by name: a README or a JSON Lines file is left to the user's rules.
        for (String kept : List.of("README.md", "expected.jsonl", "notes.txt", "drafts", "treaty.pdf", "a~b.pdf",
                "tmp", "report.temporary.pdf")) {
            assertNull(scope.excluded(root.resolve(kept), false), kept);
        }
        assertNull(scope.excluded(root.resolve("drafts"), true));
        assertNull(Exclusions.none().root(root).excluded(root.resolve(".hidden.pdf"), false), "none() leaves out nothing");
    }

    @Test
    void everyDefaultIsAValidPattern() {
        Exclusions.DEFAULTS.forEach(d -> Exclusions.check(d[0]));
    }

    @Test
    void ruleFilesApplyToTheirFolderAndBelowDeeperLinesWinAndNegationReincludes() throws Exception {
        Files.writeString(root.resolve(".pactaignore"), "# drafts and notes\n*.pdf\ndrafts/\n/top-only.txt\n\n");
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.writeString(sub.resolve(".pactaignore"), "!keep.pdf\nnotes/**/*.txt\n");
        Exclusions.Scope top = Exclusions.standard().root(root);
        Exclusions.Scope inSub = top.enter(sub);

        assertEquals(root.resolve(".pactaignore") + ":2 *.pdf", top.excluded(root.resolve("keep.pdf"), false));
        assertEquals(root.resolve(".pactaignore") + ":2 *.pdf", inSub.excluded(sub.resolve("other.pdf"), false),
                "a parent's rules apply below it");
        assertNull(inSub.excluded(sub.resolve("keep.pdf"), false), "the deeper file's ! re-includes");
        assertEquals(root.resolve(".pactaignore") + ":3 drafts/", inSub.excluded(sub.resolve("drafts"), true));
        assertNull(top.excluded(root.resolve("drafts"), false), "drafts/ matches folders only");
        assertEquals(root.resolve(".pactaignore") + ":4 /top-only.txt", top.excluded(root.resolve("top-only.txt"), false));
        assertNull(inSub.excluded(sub.resolve("top-only.txt"), false), "/x is anchored to its rule file's folder");
        assertEquals(sub.resolve(".pactaignore") + ":2 notes/**/*.txt",
                inSub.excluded(sub.resolve("notes/2024/june/a.txt"), false));
        assertNull(inSub.excluded(sub.resolve("other/notes/a.txt"), false), "a pattern with a slash is anchored");
        assertNull(top.excluded(root.resolve("README.md"), false));
    }

    @Test
    void runPatternsWinOverRuleFilesWhichWinOverTheDefaults() throws Exception {
        Files.writeString(root.resolve(".pactaignore"), "!.keep.pdf\n!*.tmp\nREADME.md\n");
        Exclusions exclusions = Exclusions.standard().withPatterns(List.of("*.jsonl", "!README.md", "/only-here.txt"),
                "--exclude");
        Exclusions.Scope scope = exclusions.root(root);
        assertNull(scope.excluded(root.resolve(".keep.pdf"), false), "a rule file may re-include a default");
        assertNull(scope.excluded(root.resolve("scan.tmp"), false));
        assertEquals("hidden", scope.excluded(root.resolve(".other.pdf"), false));
        assertNull(scope.excluded(root.resolve("README.md"), false), "the run's !README.md wins over the rule file");
        assertEquals("--exclude *.jsonl", scope.excluded(root.resolve("a/b/expected.jsonl"), false));
        assertEquals("--exclude /only-here.txt", scope.excluded(root.resolve("only-here.txt"), false));
        assertNull(scope.excluded(root.resolve("a/only-here.txt"), false));
        assertEquals(List.of("*.jsonl", "!README.md", "/only-here.txt"), exclusions.patterns());
    }

    @Test
    void badPatternsAreRefusedAndBadLinesReported() throws Exception {
        for (String bad : List.of("", "  ", "#comment", "!", "/", "a\nb", "[z-a]")) {
            assertThrows(IllegalArgumentException.class, () -> Exclusions.check(bad), bad);
        }
        Exclusions.check("\\#literal");
        Exclusions.check("drafts/");
        assertThrows(IllegalArgumentException.class,
                () -> Exclusions.standard().withPatterns(List.of("[z-a]"), "--exclude"));

        Files.writeString(root.resolve(".pactaignore"), "*.bak\n[z-a]\n*.old\n");
        Exclusions.Scope scope = Exclusions.standard().root(root);
        assertEquals(List.of("line 2: not a valid pattern, ignored: [z-a]"), scope.problems());
        assertNotNull(scope.excluded(root.resolve("a.bak"), false));
        assertNotNull(scope.excluded(root.resolve("a.old"), false), "the lines around a bad one still apply");
    }

    @Test
    void aRuleFileThatCannotBeReadIsAnErrorNotAnEmptyRuleSet() throws Exception {
        Files.createDirectories(root.resolve(".pactaignore"));
        Exclusions.RuleFileException e = assertThrows(Exclusions.RuleFileException.class,
                () -> Exclusions.standard().root(root));
        assertEquals(root.resolve(".pactaignore"), e.file());

        Path other = Files.createDirectories(root.resolve("other"));
        Path target = Files.writeString(root.resolve("rules.txt"), "*.pdf\n");
        Files.createSymbolicLink(other.resolve(".pactaignore"), target);
        assertTrue(assertThrows(Exclusions.RuleFileException.class, () -> Exclusions.standard().root(other))
                .getMessage().contains("symbolic links are not followed"));
        assertNull(Exclusions.none().root(root).excluded(root.resolve("a.pdf"), false), "none() reads no rule file");
    }
}
