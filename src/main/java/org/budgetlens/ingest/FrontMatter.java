package org.budgetlens.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.budgetlens.model.DisclosureKey;
import org.budgetlens.model.DisclosureMeta;
import org.budgetlens.model.Kind;
import org.budgetlens.source.FileProblem;

/** The {@code # key: value} lines that open a disclosure file. */
final class FrontMatter {

    static final String MAGIC_KEY = "budgetlens-disclosure";
    static final String VERSION = "1";

    private static final List<String> KEYS =
            List.of(MAGIC_KEY, "agency_id", "fiscal_year", "kind", "source_doc", "title", "published", "note");
    private static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");

    private FrontMatter() {
    }

    /** Whether {@code firstLine} marks a budgetlens disclosure file. */
    static boolean isDisclosure(String firstLine) {
        String line = clean(firstLine);
        return line.startsWith("#") && line.substring(1).strip().startsWith(MAGIC_KEY);
    }

    /** Reads the front matter from {@code lines}, which are the leading comment lines of the file. */
    static DisclosureMeta parse(List<String> lines) throws FileProblem {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String body = clean(lines.get(i)).substring(1).strip();
            if (body.isEmpty()) {
                continue;
            }
            int colon = body.indexOf(':');
            if (colon <= 0) {
                throw new FileProblem(lineNo, "front matter line is not 'key: value': " + body);
            }
            String key = body.substring(0, colon).strip();
            String value = body.substring(colon + 1).strip();
            if (!KEYS.contains(key)) {
                throw new FileProblem(lineNo, "unknown front matter key '" + key + "': expected one of " + KEYS);
            }
            if (values.put(key, value) != null) {
                throw new FileProblem(lineNo, "front matter key '" + key + "' is given twice");
            }
            lineOf.put(key, lineNo);
        }
        if (!VERSION.equals(values.get(MAGIC_KEY))) {
            throw new FileProblem(1, "the first line must be '# " + MAGIC_KEY + ": " + VERSION + "'");
        }
        String agencyId = required(values, "agency_id", lines.size());
        if (!AGENCY_ID.matcher(agencyId).matches()) {
            throw new FileProblem(lineOf.get("agency_id"), "agency_id '" + agencyId
                    + "' must be lower-case letters, digits and '-', 3 to 64 characters");
        }
        int year = fiscalYear(required(values, "fiscal_year", lines.size()), lineOf.get("fiscal_year"));
        String kindText = required(values, "kind", lines.size());
        Kind kind = Kind.fromId(kindText).orElseThrow(() -> new FileProblem(lineOf.get("kind"),
                "kind '" + kindText + "' is not one of budget, final, performance"));
        String sourceDoc = required(values, "source_doc", lines.size());
        LocalDate published = published(values.get("published"), lineOf.get("published"));
        return new DisclosureMeta(new DisclosureKey(agencyId, year, kind), emptyToNull(values.get("title")), sourceDoc,
                published, emptyToNull(values.get("note")));
    }

    private static String clean(String line) {
        String s = line.strip();
        if (s.startsWith("\"")) {
            // Excel quotes a cell that holds a comma: "# title: a,b",,,
            int end = s.lastIndexOf('"');
            s = end > 0 ? s.substring(1, end).replace("\"\"", "\"") : s.substring(1);
        }
        return TRAILING_COMMAS.matcher(s).replaceAll("");
    }

    private static String required(Map<String, String> values, String key, int lastLine) throws FileProblem {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new FileProblem(Math.max(1, lastLine), "front matter has no '" + key + ":' line (required)");
        }
        return value;
    }

    private static int fiscalYear(String text, int line) throws FileProblem {
        try {
            int year = Integer.parseInt(text);
            if (year >= 1990 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new FileProblem(line, "fiscal_year '" + text + "' is not a year between 1990 and 2100");
    }

    private static LocalDate published(String text, Integer line) throws FileProblem {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FileProblem(line, "published '" + text + "' is not a date YYYY-MM-DD");
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
