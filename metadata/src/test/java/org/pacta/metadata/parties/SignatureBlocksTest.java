package org.pacta.metadata.parties;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Signature blocks as text extraction leaves them, on texts written for these tests. */
class SignatureBlocksTest {

    private static final PartyExtractor EXTRACTOR = new PartyExtractor();

    private static Set<String> parties(String text) {
        return Set.copyOf(EXTRACTOR.extract(text, null).parties());
    }

    @Test
    void aClosingRunOfForClausesWithoutAWitnessClause() {
        String text = "ARTICLE 1\nTrade shall be free among the signatories.\nARTICLE 2\nThis text was drawn up in Arabic "
                + "in Cairo in one original.\n\nFor the Hashemite Kingdom of Jordan For the State of Kuwait "
                + "For the Republic of Tunisia For the Kingdom of Morocco";
        assertEquals(Set.of("JOR", "KWT", "TUN", "MAR"), parties(text));
    }

    @Test
    void oneForClauseAtTheEndIsNoSignatureBlock() {
        String text = "ARTICLE 1\nTrade shall be free.\nARTICLE 2\nThe original shall be kept for the Republic of Chile.";
        // Chile may still be read as the only state the text names, but not as a signatory
        assertNotEquals("signature block", EXTRACTOR.extract(text, null).basis().get("CHL"));
    }

    @Test
    void linesOfBareNamesUnderAWitnessClause() {
        String text = "ARTICLE 1\nTrade shall be free.\nIN WITNESS WHEREOF the Heads of State have signed this Protocol.\n"
                + "Done at ........ this ...... day of ........\n"
                + "..........................................\nRepublic of Angola Republic of Botswana\n"
                + "..........................................\nKingdom of Lesotho Republic of Malawi\n";
        assertEquals(Set.of("AGO", "BWA", "LSO", "MWI"), parties(text));
    }

    @Test
    void headsOfStateInWhoseNameATreatyIsMade() {
        String text = "ARTICLE 1\nTrade shall be free.\nIN WITNESS WHEREOF the plenipotentiaries have signed.\n"
                + "For the President of the United Republic of Tanzania,\nJ. DOE\n"
                + "For the President of the Republic of Uganda,\nR. ROE\n";
        assertEquals(Set.of("TZA", "UGA"), parties(text));
    }

    @Test
    void aSignatureBlockLongerThanAPageIsReadToItsEnd() {
        StringBuilder text = new StringBuilder("ARTICLE 1\nTrade shall be free.\nIN WITNESS WHEREOF the undersigned "
                + "have signed this Convention.\nDone at Lomé on the thirty-first day of October 1979.\n\n");
        for (int i = 0; i < 40; i++) { // the titles of forty heads of state, seals and initials
            text.append("For the President of the Republic of the Far Islands and Commander of the Order of the Sea\n")
                    .append("(signed)  ~~~ illegible initials ~~~\n\n");
        }
        text.append("For the President of the Republic of Sierra Leone\n\nPour le Président de la République du Tchad\n");
        assertEquals(Set.of("SLE", "TCD"), parties(text.toString()));
    }

    @Test
    void signaturesInTheNameOfHeadsOfState() {
        String text = "ARTICLE 1\nTrade shall be free.\nIN WITNESS WHEREOF the undersigned have signed this Convention.\n"
                + "For His Majesty the King of the Belgians,\nJ. DUPONT\n"
                + "Pour Son Altesse Royale le Grand-Duc de Luxembourg,\nP. MULLER\n"
                + "For Her Majesty the Queen of the Netherlands,\nA. DE VRIES\n";
        assertEquals(Set.of("BEL", "LUX", "NLD"), parties(text));
    }
}
