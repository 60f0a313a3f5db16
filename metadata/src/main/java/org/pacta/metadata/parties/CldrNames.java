package org.pacta.metadata.parties;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Country names from ICU4J's CLDR data: the display name in every language ICU has, plus CLDR's
 * "variant" and "short" forms ("Turkey" beside "Türkiye", "Czech Republic" beside "Czechia").
 */
final class CldrNames {

    /** ISO 3166-1 alpha-2 → alpha-3, as ICU has them (user-assigned XK → XKK). */
    static Map<String, String> alpha3Codes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String cc : ULocale.getISOCountries()) {
            String a3 = new ULocale("", cc).getISO3Country();
            out.put(cc, a3.isEmpty() && "XK".equals(cc) ? "XKK" : a3);
        }
        return out;
    }

    /** The languages of ICU's locales ("en", "fr", ... 245 of them). */
    static Set<String> languages() {
        Set<String> langs = new TreeSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            langs.add(l.getLanguage());
        }
        return langs;
    }

    /** A country's name in one language. */
    interface Sink {
        void accept(String alpha2, String language, String name);
    }

    /** Every name of every country in every given language. */
    static void forEachName(Set<String> alpha2Codes, Set<String> languages, Sink sink) {
        for (String lang : languages) {
            ULocale locale = new ULocale(lang);
            for (String cc : alpha2Codes) {
                String name = new ULocale("", cc).getDisplayCountry(locale);
                if (!name.isEmpty() && !name.equals(cc)) { // ICU falls back to the code where it has no name
                    sink.accept(cc, lang, name);
                }
            }
            alternativeNames(locale, alpha2Codes, (cc, name) -> sink.accept(cc, lang, name));
        }
    }

    /** CLDR's alt="variant" and alt="short" names ("Turkey", "UK"); none when ICU's layout differs. */
    private static void alternativeNames(ULocale locale, Set<String> alpha2Codes, BiConsumer<String, String> sink) {
        UResourceBundle bundle;
        try {
            bundle = UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, locale);
        } catch (MissingResourceException e) {
            return;
        }
        for (String table : List.of("Countries%variant", "Countries%short")) {
            UResourceBundle names;
            try {
                names = bundle.get(table);
            } catch (MissingResourceException absent) {
                continue;
            }
            for (int i = 0; i < names.getSize(); i++) {
                UResourceBundle entry = names.get(i);
                if (alpha2Codes.contains(entry.getKey())) {
                    sink.accept(entry.getKey(), entry.getString());
                }
            }
        }
    }

    private CldrNames() {
    }
}
