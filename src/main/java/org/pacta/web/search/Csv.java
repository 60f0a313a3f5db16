package org.pacta.web.search;

import java.util.List;
import java.util.stream.Collectors;

/** One CSV cell (RFC 4180), lists joined with "; ", and no spreadsheet formulas smuggled in by document text. */
final class Csv {

    private Csv() {
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("; "))
                : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // a spreadsheet would run "=HYPERLINK(…)" as a formula
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
