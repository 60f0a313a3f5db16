package org.pacta.metadata.fields;

import org.pacta.metadata.clauses.SignatureClause;
import org.pacta.metadata.clauses.SignatureClauses;
import org.pacta.metadata.document.DocumentText;
import org.pacta.metadata.document.ParsedDocument;
import org.pacta.metadata.news.SigningReport;
import org.pacta.metadata.news.SigningReports;
import org.pacta.metadata.news.StageReport;
import org.pacta.metadata.news.StageReports;

import java.util.List;

/**
 * A parsed document with what several field readers share, each computed on first use: an agreement
 * text's signature clauses, a news article's signing and stage reports. Not thread-safe (one per
 * document and call).
 */
public final class Analysis extends ParsedDocument {

    private static final SignatureClauses CLAUSES = new SignatureClauses();
    private static final SigningReports REPORTS = new SigningReports();
    private static final StageReports STAGES = new StageReports();

    private List<SignatureClause> clauses;
    private List<SigningReport> reports;
    private List<StageReport> stages;

    private Analysis(DocumentText document) {
        super(document);
    }

    public static Analysis of(DocumentText document) {
        return new Analysis(document);
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
            stages = List.copyOf(STAGES.find(this, signingReports()));
        }
        return stages;
    }
}
