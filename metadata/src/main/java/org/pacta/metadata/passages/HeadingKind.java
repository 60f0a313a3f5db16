package org.pacta.metadata.passages;

/**
 * The structural units a heading opens, outermost first. An appended part (annex, schedule, protocol,
 * appendix) holds everything after it, chapters and articles included, until the next one.
 */
enum HeadingKind {
    APPENDED(0), PART(1), CHAPTER(2), SECTION(3), ARTICLE(4);

    /** Nesting depth: a heading closes every open unit at its depth or deeper. */
    final int depth;

    HeadingKind(int depth) {
        this.depth = depth;
    }

    boolean isContainer() {
        return this != ARTICLE;
    }
}
