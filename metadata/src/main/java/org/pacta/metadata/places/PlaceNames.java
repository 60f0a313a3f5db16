package org.pacta.metadata.places;

import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.TsvRows;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a place as written into the name to index: trimmed, "the City of"/"la ciudad de" dropped, a
 * name in capitals set in title case ("NEW DELHI" → "New Delhi"), and a former name or romanisation
 * replaced by the English name catalogues use ({@code city-names.tsv}: "Peking" → "Beijing", "Bruxelles" →
 * "Brussels"). Other names keep their accents; the index folds them. Immutable and thread-safe.
 */
public final class PlaceNames {

    private static final PlaceNames INSTANCE = new PlaceNames();
    private static final Pattern CITY_PREFIX = Pattern.compile(
            "^(?i)((the|la|le)\\s+)?(city|town|ciudad|ville|cit[ée])\\s+(of|de|du|d')\\s*", Pattern.UNICODE_CASE);

    private final Map<String, String> variants = new HashMap<>();

    private PlaceNames() {
        for (String[] cols : TsvRows.read(PlaceNames.class, "city-names.tsv")) {
            variants.put(Fold.fold(cols[0].trim()), cols[1].trim());
        }
    }

    public static PlaceNames get() {
        return INSTANCE;
    }

    public String normalize(String written) {
        if (written == null) {
            return null;
        }
        String s = written.replaceAll("\\s+", " ").trim();
        s = s.replaceAll("^[\\p{Punct}\\s]+|[\\s,;:(\\[]+$", "");
        s = CITY_PREFIX.matcher(s).replaceFirst("");
        if (s.isEmpty()) {
            return null;
        }
        String known = variants.get(Fold.fold(s));
        if (known != null) {
            return known;
        }
        if (s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter)) {
            s = titleCase(s);
        }
        return s;
    }

    static String titleCase(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean start = true;
        for (int i = 0; i < caps.length(); i++) {
            char c = caps.charAt(i);
            if (Character.isLetter(c)) {
                b.append(start ? c : Character.toLowerCase(c));
                start = false;
            } else {
                b.append(c);
                start = c == ' ' || c == '-' || c == '\'' && i == 1;
            }
        }
        return b.toString();
    }
}
