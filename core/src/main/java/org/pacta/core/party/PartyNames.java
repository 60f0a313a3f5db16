package org.pacta.core.party;

import java.util.Locale;
import java.util.Optional;

/** The port for party names: a state's or an organisation's name in any language to its code, and back. */
public interface PartyNames {

    /** The code for a name, alias or code as a user types it ("Türkiye", "Turquie", "TUR"); empty when unknown. */
    Optional<String> resolve(String nameOrCode);

    /** The code's name in the locale's language, or the code itself when it has none. */
    String displayName(String code, Locale locale);

    /** Whether what a user typed begins the name or one of its words, ignoring case and accents ("turk" → "Türkiye"). */
    boolean startsWithTyped(String name, String typed);
}
