package org.pacta.metadata.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ReportedEvent;
import org.pacta.metadata.MetadataExtractor;
import org.pacta.metadata.document.DocumentText;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stages news report, in each language, with the date the report gives them. Every article is dated
 * Thursday 18 December 2025, so "on Tuesday" is the 16th, "yesterday" the 17th, "last week" the 11th.
 */
class NewsStagesTest {

    private static final LocalDate ARTICLE = LocalDate.of(2025, 12, 18);
    private static MetadataExtractor extractor;

    @BeforeAll
    static void extractor() {
        extractor = new MetadataExtractor();
    }

    static AgreementMetadata read(String lang, String body) {
        String text = " date " + ARTICLE + " CITY – " + body + "\n";
        return extractor.extract(new DocumentText(text, null, "news.txt", lang));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // lang | body | status | the sentence's event date (null: no event) | how the date was found
            "en | Azerbaijan and Türkiye signed a memorandum on military security on Tuesday. | signed | - | -",
            "en | Azerbaijan's parliament ratified the memorandum with Türkiye on Tuesday. | ratified | 2025-12-16 | stated",
            "en | The parliament adopted the draft law on the memorandum in the first reading yesterday. | approved in first reading | 2025-12-17 | stated",
            "en | The Turkish parliament approved the agreement with Azerbaijan last week. | ratified | 2025-12-11 | stated",
            "en | The Senate gave its advice and consent to the treaty on Tuesday. | ratified | 2025-12-16 | stated",
            "en | The agreement between Azerbaijan and Türkiye entered into force on 1 December 2025. | in force | 2025-12-01 | stated",
            "en | The trade deal between Japan and Britain came into effect on Monday. | in force | 2025-12-15 | stated",
            "en | The customs agreement between Japan and Britain took effect. | in force | 2025-12-18 | article date",
            "en | The United States terminated its tax treaty with the Netherlands on Wednesday. | terminated | 2025-12-17 | stated",
            "en | Russia denounced the border treaty with Estonia yesterday. | terminated | 2025-12-17 | stated",
            "en | Russia withdrew from the arms control treaty last week. | withdrawn | 2025-12-11 | stated",
            "en | Russia suspended the grain agreement with Ukraine on Monday. | suspended | 2025-12-15 | stated",
            "fr | La France et le Maroc ont signé mardi un accord de coopération. | signed | - | -",
            "fr | La Turquie a ratifié mardi l'accord avec l'Azerbaïdjan. | ratified | 2025-12-16 | stated",
            "fr | L'Assemblée nationale a adopté en première lecture le projet de loi autorisant la ratification du traité. | approved in first reading | 2025-12-18 | article date",
            "fr | L'accord entre la France et le Maroc est entré en vigueur le 1er décembre 2025. | in force | 2025-12-01 | stated",
            "fr | La Russie a dénoncé jeudi le traité avec l'Estonie. | terminated | 2025-12-18 | stated",
            "fr | La Russie s'est retirée du traité la semaine dernière. | withdrawn | 2025-12-11 | stated",
            "fr | La Russie a suspendu avant-hier l'accord sur les céréales. | suspended | 2025-12-16 | stated",
            "es | España y Marruecos firmaron el acuerdo el martes. | signed | - | -",
            "es | El Senado de México ratificó el tratado con España el martes. | ratified | 2025-12-16 | stated",
            "es | El Congreso aprobó ayer el convenio con Marruecos. | ratified | 2025-12-17 | stated",
            "es | El acuerdo entre España y Marruecos entró en vigor ayer. | in force | 2025-12-17 | stated",
            "es | Argentina denunció el acuerdo con el Reino Unido el viernes. | terminated | 2025-12-12 | stated",
            "es | Rusia se retiró del tratado la semana pasada. | withdrawn | 2025-12-11 | stated",
            "de | Deutschland und Frankreich haben am Dienstag ein Abkommen unterzeichnet. | signed | - | -",
            "de | Der Bundestag hat am Dienstag das Freihandelsabkommen mit Kanada ratifiziert. | ratified | 2025-12-16 | stated",
            "de | Der Bundestag hat den Vertrag in erster Lesung gebilligt. | approved in first reading | 2025-12-18 | article date",
            "de | Das Abkommen ist am 1. Dezember 2025 in Kraft getreten. | in force | 2025-12-01 | stated",
            "de | Das Abkommen trat gestern in Kraft. | in force | 2025-12-17 | stated",
            "de | Die USA haben das Abkommen mit Iran am Montag gekündigt. | terminated | 2025-12-15 | stated",
            "de | Russland ist vorgestern aus dem Vertrag ausgetreten. | withdrawn | 2025-12-16 | stated",
            "pt | O Brasil e Portugal assinaram um acordo nesta terça-feira. | signed | - | -",
            "pt | O Senado do Brasil aprovou o acordo com Portugal na terça-feira. | ratified | 2025-12-16 | stated",
            "pt | O acordo entre Portugal e o Brasil entrou em vigor em 1 de dezembro de 2025. | in force | 2025-12-01 | stated",
            "pt | O governo denunciou o tratado na segunda-feira. | terminated | 2025-12-15 | stated",
            "pt | O Brasil retirou-se do acordo ontem. | withdrawn | 2025-12-17 | stated",
            "ru | Россия и Турция подписали соглашение во вторник. | signed | - | -",
            "ru | Госдума ратифицировала соглашение с Турцией в среду. | ratified | 2025-12-17 | stated",
            "ru | Госдума приняла в первом чтении закон о ратификации соглашения. | approved in first reading | 2025-12-18 | article date",
            "ru | Соглашение вступило в силу 1 декабря 2025 года. | in force | 2025-12-01 | stated",
            "ru | Путин подписал закон о ратификации соглашения с Казахстаном. | ratified | 2025-12-18 | article date",
            "ru | Россия денонсировала договор вчера. | terminated | 2025-12-17 | stated",
            "ru | Россия вышла из договора на прошлой неделе. | withdrawn | 2025-12-11 | stated",
            "ru | Россия приостановила действие договора в понедельник. | suspended | 2025-12-15 | stated",
            "tr | Türkiye ve Azerbaycan anlaşmayı salı günü imzaladı. | signed | - | -",
            "tr | TBMM Genel Kurulunda anlaşma dün kabul edildi. | ratified | 2025-12-17 | stated",
            "tr | Anlaşma 1 Aralık 2025 tarihinde yürürlüğe girdi. | in force | 2025-12-01 | stated",
            "tr | Hükümet anlaşmayı dün feshetti. | terminated | 2025-12-17 | stated",
            "tr | Rusya anlaşmayı askıya aldı. | suspended | 2025-12-18 | article date",
    })
    void eachStageInEachLanguageWithItsDate(String lang, String body, String status, LocalDate date, String basis) {
        AgreementMetadata m = read(lang, body);
        assertEquals(status, m.status(), body);
        if (date == null) {
            assertTrue(m.events().isEmpty(), m.events().toString());
            return;
        }
        assertEquals(1, m.events().size(), m.events().toString());
        ReportedEvent e = m.events().get(0);
        assertEquals(status, e.kind());
        assertEquals(date, e.date(), body);
        assertEquals(basis, e.dateBasis(), body);
        assertTrue(e.evidence().sentence().contains(body.substring(0, 12)), e.evidence().sentence());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // lang | body | status: negated, planned, modal and future stages are not done
            "en | Türkiye has not yet ratified the memorandum. | -",
            "en | The agreement, signed in July, has yet to be ratified by Türkiye. | signed",
            "en | The agreement is expected to enter into force next year. | -",
            "en | The treaty will enter into force on 1 January 2026. | -",
            "en | The agreement enters into force on 1 January 2026. | -",
            "en | The accord takes effect tomorrow. | -",
            "en | Russia plans to withdraw from the treaty. | -",
            "en | The two ministers are expected to sign the accord next week. | negotiating",
            "en | Ratification of the agreement is expected next year. | -",
            "en | The Senate refused to approve the treaty. | -",
            "en | Once ratified, the accord will open the border. | -",
            "en | Parliament will vote on the ratification of the treaty. | -",
            "en | The ministry suspended the talks on the trade pact. | -",
            "fr | L'accord n'est pas encore entré en vigueur. | -",
            "fr | Le traité entrera en vigueur le 1er janvier. | -",
            "fr | La Russie envisage de se retirer du traité. | -",
            "fr | La France n'a pas ratifié la convention. | -",
            "fr | L'accord entre en vigueur le 1er janvier 2026. | -",
            "es | El acuerdo todavía no ha entrado en vigor. | -",
            "es | El tratado entrará en vigor en enero. | -",
            "es | España prevé ratificar el convenio el próximo año. | -",
            "es | El ministro denunció la corrupción en el puerto. | -",
            "de | Das Abkommen soll im Januar in Kraft treten. | -",
            "de | Der Vertrag muss noch ratifiziert werden. | -",
            "de | Der Vertrag wurde noch nicht ratifiziert. | -",
            "pt | O acordo ainda não entrou em vigor. | -",
            "pt | O tratado entrará em vigor em janeiro. | -",
            "pt | O Brasil pretende ratificar o acordo. | -",
            "ru | Соглашение ещё не вступило в силу. | -",
            "ru | Договор вступит в силу в январе. | -",
            "ru | Турция планирует ратифицировать соглашение. | -",
            "tr | Anlaşma henüz yürürlüğe girmedi. | -",
            "tr | Anlaşma ocak ayında yürürlüğe girecek. | -",
            "tr | Anlaşma yarın imzalanacak. | negotiating",
            "en | President Aliyev signed the law on the budget. | -",
            "ru | Путин подписал указ о помиловании. | -",
            "pt | O acordo, assinado em 2019, ainda precisa ser ratificado pelo Congresso. | signed",
            "de | Die Verhandlungen über das Abkommen wurden ausgesetzt. | -",
    })
    void negatedPlannedAndFutureStagesAreNotDone(String lang, String body, String status) {
        AgreementMetadata m = read(lang, body);
        assertEquals(status, m.status(), body);
        assertTrue(m.events().isEmpty(), m.events().toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // lang | body | status: what is said of an earlier agreement is not this one's
            "en | Azerbaijan and Türkiye signed a new transit agreement. The previous transit agreement was terminated by Türkiye. | signed",
            "en | The memorandum was signed in Istanbul on 22 July 2025. An accord on transit was terminated in 2019. | signed",
            "ru | Россия и Казахстан подписали соглашение. Стороны денонсировали прежний договор о транзите. | signed",
            "fr | La France et le Maroc ont signé un accord. L'ancien traité avait été dénoncé par le Maroc. | signed",
    })
    void stagesOfAnEarlierAgreementAreNotThisOnes(String lang, String body, String status) {
        AgreementMetadata m = read(lang, body);
        assertEquals(status, m.status(), body);
        assertTrue(m.events().isEmpty(), m.events().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The treaty was ratified by parliament yesterday. It entered into force on Monday. | 2",
            "The memorandum was signed in Istanbul. Parliament approved it in the first reading today. | 0",
    })
    void aVerbMaySpeakOfTheInstrumentOfTheSentenceBefore(String body, int inForceEvents) {
        AgreementMetadata m = read("en", body);
        assertEquals(inForceEvents, m.events().size(), m.events().toString());
    }

    @org.junit.jupiter.api.Test
    void aDecisionAnnouncedWithEffectFromALaterDayIsDone() {
        AgreementMetadata m = read("en", "Japan will ratify the 1986 International Cocoa Agreement, with effect from January 1.");
        assertEquals("ratified", m.status());
        assertEquals(LocalDate.of(2026, 1, 1), m.events().get(0).date());
        assertNull(read("en", "The cocoa agreement will enter into force, with effect from January 1.").status());
    }
}
