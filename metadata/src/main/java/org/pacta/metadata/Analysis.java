package org.pacta.metadata;

import org.pacta.metadata.clauses.SignatureClause;
import org.pacta.metadata.clauses.SignatureClauses;
import org.pacta.metadata.dates.DateFinder;
import org.pacta.metadata.dates.DateLexicon;
import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.news.Dateline;
import org.pacta.metadata.news.DatelineReader;
import org.pacta.metadata.news.SigningReport;
import org.pacta.metadata.news.SigningReports;
import org.pacta.metadata.news.StageReport;
import org.pacta.metadata.news.StageReports;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.TextView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every reader needs of one document, computed once: tokens, sentences, the dates written in it,
 * and, for news, the dateline. A document with a dateline (or a date label) is read as news: its
 * signing, place and status come from reported events; otherwise as an agreement text, read from its
 * title block and signature clause. Not thread-safe (one per document and call); the clause, signing
 * and stage report lists are computed on first use.
 */
public final class Analysis {

    private static final DateFinder DATES = new DateFinder();
    private static final DatelineReader DATELINES = new DatelineReader();
    private static final SignatureClauses CLAUSES = new SignatureClauses();
    private static final SigningReports REPORTS = new SigningReports();
    private static final StageReports STAGES = new StageReports();

    private final DocumentText document;
    private final TextView view;
    private final List<DateMention> dates;
    private final Dateline dateline;
    private List<SignatureClause> clauses;
    private List<SigningReport> reports;
    private List<StageReport> stages;

    private Analysis(DocumentText document) {
        this.document = document;
        this.view = new TextView(document.text(), DateLexicon.get()::splitGlued,
                word -> DateLexicon.get().month(Fold.fold(word)) != 0);
        this.dates = List.copyOf(DATES.find(view.tokens()));
        this.dateline = DATELINES.read(view.tokens(), dates).orElse(null);
    }

    public static Analysis of(DocumentText document) {
        return new Analysis(document);
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

    /** Statements of where and when an agreement text was signed, best first. */
    public List<SignatureClause> signatureClauses() {
        if (clauses == null) {
            clauses = List.copyOf(CLAUSES.find(this));
        }
        return clauses;
    }

    /** News sentences that report a signing, in text order. */
    public List<SigningReport> signingReports() {
        if (reports == null) {
            reports = List.copyOf(REPORTS.find(this));
        }
        return reports;
    }

    /** News phrases that report a stage of the agreement's life as done, dated, in text order. */
    public List<StageReport> stageReports() {
        if (stages == null) {
            stages = List.copyOf(STAGES.find(this));
        }
        return stages;
    }
}
