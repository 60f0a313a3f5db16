package org.pacta.metadata.document;

import org.pacta.metadata.dates.DateFinder;
import org.pacta.metadata.dates.DateLexicon;
import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.TextView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One document parsed once for every reader: its tokens and sentences, the dates written in it, and,
 * for news, the dateline. A document with a dateline (or a date label) is news; otherwise an agreement
 * text.
 */
public class ParsedDocument {

    private static final DateFinder DATES = new DateFinder();
    private static final DatelineReader DATELINES = new DatelineReader();

    private final DocumentText document;
    private final TextView view;
    private final List<DateMention> dates;
    private final Dateline dateline;

    protected ParsedDocument(DocumentText document) {
        this.document = document;
        this.view = new TextView(document.text(), DateLexicon.get()::splitGlued,
                word -> DateLexicon.get().month(Fold.fold(word)) != 0);
        this.dates = List.copyOf(DATES.find(view.tokens()));
        this.dateline = DATELINES.read(view.tokens(), dates).orElse(null);
    }

    public static ParsedDocument of(DocumentText document) {
        return new ParsedDocument(document);
    }

    public DocumentText document() {
        return document;
    }

    public String text() {
        return view.text();
    }

    public TextView view() {
        return view;
    }

    public List<DateMention> dates() {
        return dates;
    }

    /** Dates that start in [from, to). */
    public List<DateMention> datesBetween(int from, int to) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : dates) {
            if (d.start() >= to) {
                break;
            }
            if (d.start() >= from) {
                out.add(d);
            }
        }
        return out;
    }

    public Optional<Dateline> dateline() {
        return Optional.ofNullable(dateline);
    }

    /** The article's date (news only). */
    public Optional<LocalDate> articleDate() {
        return dateline == null ? Optional.empty() : Optional.ofNullable(dateline.date());
    }

    public boolean isNews() {
        return dateline != null;
    }
}
