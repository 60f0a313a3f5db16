package org.pacta.metadata.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The units the body's headings open, each from its heading to the next, with the locator a person would
 * cite. Locators nest outer to inner with " · ": an article inside an appended part is "Annex II · Article 3";
 * it names its part, chapter and section too ("Chapter 3 · Article 12") only where the numbering restarts,
 * i.e. where the first article number of the main text or of an appended part comes again in it (a stray
 * repeat of a later number is a misread line, not a new numbering); then all of that text's or part's
 * articles do. A container (part, chapter, section, annex) is cited by
 * every open container: "Part II · Chapter 3". The text before the first heading is the "Preamble".
 */
final class Outline {

    static final String FRONT_MATTER = "Preamble";
    static final String NESTING = " · ";

    /** A unit of the text. */
    record Section(int start, int end, String locator, String heading, boolean article) {
    }

    private Outline() {
    }

    /** @param headings the body's headings, in order (table of contents removed) */
    static List<Section> sections(String text, List<Heading> headings) {
        List<Heading> body = withoutDocumentTitle(headings);
        Set<String> restarting = scopesRestartingArticleNumbers(body);
        List<Section> sections = new ArrayList<>(body.size() + 1);
        int firstStart = body.isEmpty() ? text.length() : body.get(0).lineStart();
        if (firstStart > 0) {
            sections.add(new Section(0, firstStart, FRONT_MATTER, null, false));
        }
        String[] open = new String[HeadingKind.values().length];
        for (int i = 0; i < body.size(); i++) {
            Heading heading = body.get(i);
            int depth = heading.kind().depth;
            for (int d = depth; d < open.length; d++) {
                open[d] = null;
            }
            open[depth] = heading.label();
            int end = i + 1 < body.size() ? body.get(i + 1).lineStart() : text.length();
            String locator = heading.kind().isContainer() ? joined(open, depth)
                    : articleLocator(open, restarting.contains(scope(open)));
            sections.add(new Section(heading.lineStart(), end, locator, heading.title(),
                    heading.kind() == HeadingKind.ARTICLE));
        }
        return sections;
    }

    /**
     * Appended-part headings before the body's first other heading name the document ("PROTOCOL TO THE
     * CONVENTION ON ..."), not a part appended to it: they stay in the front matter.
     */
    private static List<Heading> withoutDocumentTitle(List<Heading> headings) {
        int firstBody = 0;
        while (firstBody < headings.size() && headings.get(firstBody).kind() == HeadingKind.APPENDED) {
            firstBody++;
        }
        return firstBody == headings.size() ? headings : headings.subList(firstBody, headings.size());
    }

    /** The main text (scope "null") and appended parts whose first article number comes again. */
    private static Set<String> scopesRestartingArticleNumbers(List<Heading> headings) {
        Map<String, String> firstArticle = new HashMap<>();
        Set<String> restarting = new HashSet<>();
        String[] open = new String[HeadingKind.values().length];
        for (Heading heading : headings) {
            int depth = heading.kind().depth;
            for (int d = depth; d < open.length; d++) {
                open[d] = null;
            }
            open[depth] = heading.label();
            if (heading.kind() == HeadingKind.ARTICLE) {
                String label = heading.label().toLowerCase(Locale.ROOT);
                String first = firstArticle.putIfAbsent(scope(open), label);
                if (label.equals(first)) {
                    restarting.add(scope(open));
                }
            }
        }
        return restarting;
    }

    /** The appended part an article is in, "null" for the main text. */
    private static String scope(String[] open) {
        return String.valueOf(open[HeadingKind.APPENDED.depth]);
    }

    private static String articleLocator(String[] open, boolean numberingRestarts) {
        if (numberingRestarts) {
            return joined(open, HeadingKind.ARTICLE.depth);
        }
        String appended = open[HeadingKind.APPENDED.depth];
        String article = open[HeadingKind.ARTICLE.depth];
        return appended == null ? article : appended + NESTING + article;
    }

    private static String joined(String[] open, int toDepth) {
        StringBuilder locator = new StringBuilder();
        for (int d = 0; d <= toDepth; d++) {
            if (open[d] != null) {
                if (!locator.isEmpty()) {
                    locator.append(NESTING);
                }
                locator.append(open[d]);
            }
        }
        return locator.toString();
    }
}
