package org.pacta.metadata.timeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.metadata.parties.Gazetteer;
import org.pacta.metadata.text.Sentence;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which party's institutions took a stage, in the news languages. */
class ActorsTest {

    private static Actors actors;

    @BeforeAll
    static void actors() {
        actors = new Actors(new Gazetteer());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // sentence | its verb | the document's parties | party | body
            "Azerbaijan's parliament approved the treaty with Türkiye. | approved | AZE TUR | AZE | Milli Majlis",
            "The parliament of Georgia ratified the agreement with Armenia. | ratified | GEO ARM | GEO | Parliament of Georgia",
            "The Turkish parliament ratified the agreement with Azerbaijan. | ratified | AZE TUR | TUR | Grand National Assembly",
            "Госдума ратифицировала соглашение с Турцией. | ратифицировала | RUS TUR | RUS | State Duma",
            "TBMM Genel Kurulunda anlaşma kabul edildi. | kabul | TUR AZE | TUR | Grand National Assembly",
            "El Senado de México ratificó el tratado con España. | ratificó | MEX ESP | MEX | Senate",
            "Der Bundestag hat das Abkommen mit Kanada ratifiziert. | ratifiziert | DEU CAN | DEU | Bundestag",
            "Japan ratified the agreement with Britain. | ratified | JPN GBR | JPN | -",
            "The agreement with Turkey was ratified by Japan. | ratified | JPN TUR | JPN | -",
            "Russia withdrew from the treaty with Ukraine. | withdrew | UKR | - | -",
            "Putin signed a law on the ratification of the agreement with Kazakhstan. | ratification | KAZ RUS | - | -",
    })
    void theActorIsTheLegislatureOrTheSubject(String sentence, String verb, String parties, String party, String body) {
        Actors.Actor actor = actors.of(List.of(new Sentence(sentence, 0, sentence.length())), 0, sentence.indexOf(verb),
                Arrays.asList(parties.split(" ")));
        assertEquals(party, actor.party(), sentence);
        assertEquals(body, actor.body(), sentence);
    }
}
