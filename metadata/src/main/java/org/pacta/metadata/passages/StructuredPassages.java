package org.pacta.metadata.passages;

import org.pacta.core.document.Passage;
import org.pacta.core.document.PassageReader;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document's text into passages that follow its structure (see the package documentation):
 * news by paragraph ("¶ 4"); a text with headings by its parts, chapters, sections, articles and annexes,
 * a long article by its numbered paragraphs ("Article 5 · 2–3"); a paged text without headings by page
 * ("p. 37"); any other text by paragraphs ("¶ 3–7"). No passage is longer than {@link #MAX_CHARS} characters
 * once stripped of the whitespace it ends with. Thread-safe.
 */
public final class StructuredPassages implements PassageReader {

    /** A few KB: long enough for most articles whole, short enough to cite and to score as one passage. */
    public static final int MAX_CHARS = 3_000;
    /** Fewer headings than this are stray lines, not a structure to cut by. */
    private static final int MIN_HEADINGS = 2;
    private static final String NEWS = "news";

    private final HeadingRecognizer headings = new HeadingRecognizer();
    private final TableOfContents contents = new TableOfContents();
    private final UnitPacker packer;

    public StructuredPassages() {
        this(MAX_CHARS);
    }

    /** @param maxChars the size bound (tests use small ones) */
    StructuredPassages(int maxChars) {
        this.packer = new UnitPacker(new BoundedSplitter(maxChars));
    }

    @Override
    public List<Passage> read(String text, String kind, List<Integer> pageStarts) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        PageIndex pages = new PageIndex(pageStarts);
        return PassageAssembly.passages(text, spans(text, kind, pages), pages);
    }

    private List<Span> spans(String text, String kind, PageIndex pages) {
        if (NEWS.equals(kind)) {
            return byParagraph(text, false);
        }
        List<Heading> body = contents.withoutEntries(text, headings.headings(text));
        if (body.size() >= MIN_HEADINGS) {
            return PageBreaks.split(byStructure(text, body), pages);
        }
        if (pages.pageCount() > 1) {
            return byPage(text, pages);
        }
        return byParagraph(text, true);
    }

    private List<Span> byStructure(String text, List<Heading> body) {
        List<Span> spans = new ArrayList<>();
        for (Outline.Section section : Outline.sections(text, body)) {
            if (section.end() - section.start() <= packer.maxChars()) {
                spans.add(new Span(section.start(), section.end(), section.locator(), section.heading()));
            } else if (section.article()) {
                spans.addAll(byNumberedParagraph(text, section));
            } else {
                spans.addAll(packer.bounded(text, section.start(), section.end(), section.locator(), section.heading()));
            }
        }
        return spans;
    }

    /** A long article: its numbered paragraphs, packed; the opening before paragraph 1 is cited as the article. */
    private List<Span> byNumberedParagraph(String text, Outline.Section article) {
        List<UnitPacker.Unit> units = new ArrayList<>();
        units.add(new UnitPacker.Unit(article.start(), null));
        for (NumberedParagraphs.Start start : NumberedParagraphs.starts(text, article.start(), article.end())) {
            if (start.offset() > article.start()) {
                units.add(new UnitPacker.Unit(start.offset(), start.number()));
            }
        }
        return packer.pack(text, units, article.end(), (first, last) -> first == null ? article.locator()
                : article.locator() + Outline.NESTING + UnitPacker.range(first, last), article.heading(), true);
    }

    private List<Span> byPage(String text, PageIndex pages) {
        List<Span> spans = new ArrayList<>();
        for (int page = 1; page <= pages.pageCount(); page++) {
            int start = page == 1 ? 0 : Math.min(pages.start(page), text.length());
            int end = page < pages.pageCount() ? Math.min(pages.start(page + 1), text.length()) : text.length();
            if (end > start) {
                spans.addAll(packer.bounded(text, start, end, "p. " + page, null));
            }
        }
        return spans;
    }

    /** News one paragraph a passage ("¶ 4"); other texts paragraphs packed up to the bound ("¶ 3–7"). */
    private List<Span> byParagraph(String text, boolean together) {
        List<Integer> starts = Paragraphs.starts(text, 0, text.length());
        List<UnitPacker.Unit> units = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            units.add(new UnitPacker.Unit(starts.get(i), i + 1));
        }
        return packer.pack(text, units, text.length(), (first, last) -> "¶ " + UnitPacker.range(first, last),
                null, together);
    }
}
