package org.pacta.metadata.news;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.metadata.document.DocumentText;
import org.pacta.metadata.fields.Analysis;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The day a news report gives for a stage, counted from its article's date: Thursday 18 December 2025. */
class ReportDatesTest {

    private static ReportDates.Found dateOfTheFirstStage(String body) {
        Analysis a = Analysis.of(new DocumentText(" date 2025-12-18 CITY – " + body + "\n", null, "news.txt", null));
        return a.stageReports().get(0).when();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "The treaty was ratified on 2 December 2025. | 2025-12-02 | EXPLICIT",
            "The treaty was ratified on December 2. | 2025-12-02 | EXPLICIT",
            "The treaty was ratified on December 20. | 2024-12-20 | EXPLICIT",
            "The treaty was ratified yesterday. | 2025-12-17 | RELATIVE",
            "The treaty was ratified on Thursday. | 2025-12-18 | RELATIVE",
            "The treaty was ratified on Friday. | 2025-12-12 | RELATIVE",
            "The treaty was ratified last week. | 2025-12-11 | RELATIVE",
            "The treaty was ratified the day before yesterday. | 2025-12-16 | RELATIVE",
            "Le traité a été ratifié avant-hier. | 2025-12-16 | RELATIVE",
            "Le traité a été ratifié lundi. | 2025-12-15 | RELATIVE",
            "El tratado fue ratificado el miércoles. | 2025-12-17 | RELATIVE",
            "O tratado foi ratificado nesta quarta-feira. | 2025-12-17 | RELATIVE",
            "O tratado foi ratificado na semana passada. | 2025-12-11 | RELATIVE",
            "Der Vertrag wurde am Montag ratifiziert. | 2025-12-15 | RELATIVE",
            "Договор был ратифицирован в пятницу. | 2025-12-12 | RELATIVE",
            "Anlaşma Pazartesi günü yürürlüğe girdi. | 2025-12-15 | RELATIVE",
            "The treaty was ratified. | 2025-12-18 | IMPLIED",
            "The treaty was ratified earlier this year. | - | NONE",
            "The treaty was ratified in July. | - | NONE",
            "Le traité a été ratifié l'an dernier. | - | NONE",
            "The treaty was ratified in 2019. | - | NONE",
            "El acuerdo, firmado en abril, fue ratificado el martes. | - | NONE",
    })
    void theDayIsWrittenCountedFromTheArticleOrTheArticlesOwn(String body, LocalDate date, SigningReport.DateHow how) {
        ReportDates.Found when = dateOfTheFirstStage(body);
        assertEquals(date, when.date(), body);
        assertEquals(how, when.how(), body);
    }
}
