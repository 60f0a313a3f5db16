package org.pacta.cli;

import org.pacta.web.agreements.AgreementController;
import org.pacta.web.search.PassageMatch;
import org.pacta.web.search.SearchController;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The readable form of {@code ./pacta search}: per hit its title, parties, date and place of signature,
 * the best snippet with the matched words emphasised (bold on a terminal, {@code **word**} otherwise),
 * and its page in the web UI. Reads the API's answers, so it shows what the web UI shows.
 */
final class SearchListing {

    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final PrintStream out;
    private final String baseUrl;
    private final boolean ansi;
    private final int page;
    private final int size;

    SearchListing(PrintStream out, String baseUrl, boolean ansi, int page, int size) {
        this.out = out;
        this.baseUrl = baseUrl;
        this.ansi = ansi;
        this.page = page;
        this.size = size;
    }

    void print(String query, Object results) {
        if (results instanceof AgreementController.Results agreements) {
            header(agreements.total(), agreements.hits().size(), "agreement", query, agreements.partial());
            int n = (page - 1) * size;
            for (Map<String, Object> hit : agreements.hits()) {
                agreement(++n, hit);
            }
        } else {
            SearchController.Results documents = (SearchController.Results) results;
            header(documents.total(), documents.hits().size(), "document", query, documents.partial());
            int n = (page - 1) * size;
            for (SearchController.Hit hit : documents.hits()) {
                document(++n, hit);
            }
        }
    }

    private void header(long total, int shown, String noun, String query, boolean partial) {
        String what = query.isBlank() ? "" : " match \"" + query + "\"";
        if (partial) {
            out.println("Results may be incomplete: the search took too long (PACTA_SEARCH_TIMEOUT).");
        }
        if (shown == 0) {
            out.println(total == 0 ? "No " + noun + "s" + what + "."
                    : "No " + noun + "s on page " + page + " (" + total + " in all).");
            return;
        }
        long pages = (total + size - 1) / size;
        out.printf("%d %s%s%s%s%n%n", total, noun, total == 1 ? "" : "s", total == 1 ? what.replace(" match ", " matches ") : what,
                pages > 1 ? " (page " + page + " of " + pages + ")" : "");
    }

    private void document(int n, SearchController.Hit hit) {
        String title = hit.titleHighlight() != null ? emphasise(hit.titleHighlight())
                : firstNonBlank(hit.title(), hit.fileName(), hit.id());
        out.printf("%d. %s%n", n, bold(title));
        line(hit.parties().stream().map(p -> p.name() != null ? p.name() : p.code()).collect(Collectors.joining(", ")));
        line(meta(hit.status(), hit.type(), hit.signedDate(), hit.signedPlace(), languageName(hit.language())));
        String link = "/doc.html?id=" + encode(hit.id());
        if (!hit.passages().isEmpty()) { // the best passage, where the web UI's first locator leads
            PassageMatch passage = hit.passages().get(0);
            line(passage.locator() + (passage.snippet() != null ? ": " + emphasise(passage.snippet()) : ""));
            link = passage.link();
        } else {
            best(hit.snippets()).ifPresent(snippet -> line(emphasise(snippet)));
        }
        line(dim(baseUrl + link + (hit.fileName() != null ? "  (" + hit.fileName() + ")" : "")));
        out.println();
    }

    private void agreement(int n, Map<String, Object> hit) {
        List<String> parties = new ArrayList<>();
        if (hit.get("party_names") instanceof List<?> names) {
            for (Object party : names) {
                if (party instanceof Map<?, ?> map) {
                    parties.add(String.valueOf(map.get("name") != null ? map.get("name") : map.get("code")));
                }
            }
        }
        String title;
        if (hit.get("title_highlight") instanceof String highlighted) {
            title = emphasise(highlighted);
        } else if (hit.get("title") instanceof String plain && !plain.isBlank()) {
            title = plain;
        } else { // as the web UI names an agreement without a title
            title = humanize(string(hit, "type"), "Agreement") + (parties.isEmpty() ? "" : " between " + String.join(", ", parties))
                    + (hit.get("signed_year") != null ? ", " + hit.get("signed_year") : "") + " (no title in the sources)";
        }
        out.printf("%d. %s%n", n, bold(title));
        line(String.join(", ", parties));
        String sources = hit.get("source_count") instanceof Number count ? count + " source" + (count.intValue() == 1 ? "" : "s")
                : hit.get("document_ids") instanceof List<?> ids ? ids.size() + " source" + (ids.size() == 1 ? "" : "s") : null;
        line(join(meta(string(hit, "status"), string(hit, "type"), string(hit, "signed_date"), string(hit, "signed_place"),
                null), sources));
        line(dim(baseUrl + "/agreement.html?id=" + encode(String.valueOf(hit.get("id")))));
        out.println();
    }

    private static String meta(String status, String type, String signedDate, String signedPlace, String language) {
        String signed = null;
        if (signedDate != null) {
            signed = "Signed " + date(signedDate) + (signedPlace != null ? " in " + signedPlace : "");
        } else if (signedPlace != null) {
            signed = "Signed in " + signedPlace;
        }
        return join(humanize(status, null), humanize(type, null), signed, language);
    }

    /** "English" for en, as the web UI names languages; the code when Java knows no name for it. */
    private static String languageName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
    }

    /** The snippet with the most matched words (the first of those). */
    private static java.util.Optional<String> best(List<String> snippets) {
        return snippets.stream().max(Comparator.comparingInt(SearchListing::marks)
                .thenComparing(Comparator.comparingInt(snippets::indexOf).reversed()));
    }

    private static int marks(String snippet) {
        Matcher m = MARK.matcher(snippet);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** Highlighted HTML (escaped text, {@code <mark>} tags) as terminal text. */
    String emphasise(String html) {
        StringBuilder text = new StringBuilder();
        Matcher m = MARK.matcher(html);
        int at = 0;
        while (m.find()) {
            text.append(decode(html.substring(at, m.start())));
            String word = decode(m.group(1));
            text.append(ansi ? BOLD + word + RESET : "**" + word + "**");
            at = m.end();
        }
        text.append(decode(html.substring(at)));
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static String decode(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(name.substring(2), 16, m.group());
            } else if (name.startsWith("#")) {
                replacement = codePoint(name.substring(1), 10, m.group());
            } else {
                replacement = switch (name.toLowerCase(Locale.ROOT)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    default -> m.group();
                };
            }
            m.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(text);
        return text.toString();
    }

    private static String codePoint(String digits, int radix, String whole) {
        try {
            return new String(Character.toChars(Integer.parseInt(digits, radix)));
        } catch (IllegalArgumentException e) {
            return whole;
        }
    }

    private void line(String text) {
        if (text != null && !text.isBlank()) {
            out.println("   " + text);
        }
    }

    private String bold(String text) {
        return ansi && !text.contains(BOLD) ? BOLD + text + RESET : text;
    }

    private String dim(String text) {
        return ansi ? DIM + text + RESET : text;
    }

    private static String date(String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value).format(DATE);
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String humanize(String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String string(Map<String, Object> hit, String field) {
        Object value = hit.get(field);
        return value == null ? null : value.toString();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String encode(String id) {
        return URLEncoder.encode(Objects.toString(id, ""), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
