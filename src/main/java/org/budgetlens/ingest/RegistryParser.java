package org.budgetlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.budgetlens.model.Agency;
import org.budgetlens.model.Rejection;
import org.budgetlens.source.TextDecoder;

/** Parses and validates an agency registry ({@code agencies.csv}, see docs/normalized-format.md). */
public final class RegistryParser {

    public static final String FILE_NAME = "agencies.csv";

    static final List<String> COLUMNS = List.of("agency_id", "agency_name", "region_code", "province", "city",
            "county", "sector", "admin_level", "scope", "unit_type", "parent_id", "aliases");

    private static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Set<String> LEVELS = Set.of("province", "city", "county");
    /** The level of an agency whose region its documents do not name (a recognised agency, never a guessed one). */
    static final String UNKNOWN_LEVEL = "unknown";
    private static final Set<String> SCOPES = Set.of("本级", "汇总");
    private static final Set<String> UNIT_TYPES = Set.of("", "行政", "参公", "事业", "混合");

    /**
     * Parses a registry. {@code seenInRun} maps agency ids already defined by earlier registry files of this run
     * to where; it is updated.
     */
    public ParsedRegistry parse(String sourceFile, String sha256, TextDecoder.DecodedText decoded,
            Map<String, String> seenInRun) {
        String text = decoded.text();
        List<CsvRecords.Row> rows = CsvRecords.read(text, 0, CsvRecords.lineStarts(text));
        if (rows.isEmpty()) {
            return new ParsedRegistry(sourceFile, sha256, List.of(),
                    List.of(new Rejection(sourceFile, 1, null, "file rejected: the registry has no header line", null)), 0);
        }
        List<CsvRecords.Row> records = rows.subList(1, rows.size());
        List<String> header = CsvRecords.header(rows.get(0).fields());
        if (!(header.size() == COLUMNS.size() && header.containsAll(COLUMNS))) {
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
            String reason = "file rejected: header line " + rows.get(0).line() + ": expected the columns "
                    + String.join(",", COLUMNS) + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown));
            List<Rejection> rejections = new ArrayList<>();
            records.forEach(r -> rejections.add(new Rejection(sourceFile, r.line(), null, reason, r.raw())));
            if (records.isEmpty()) {
                rejections.add(new Rejection(sourceFile, rows.get(0).line(), null, reason, null));
            }
            return new ParsedRegistry(sourceFile, sha256, List.of(), rejections, records.size());
        }
        List<Agency> agencies = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, Long> seenInFile = new HashMap<>();
        CsvRecords.Row last = records.isEmpty() ? null : records.get(records.size() - 1);
        for (CsvRecords.Row row : records) {
            String reason = decoded.cutCharacter() && row == last ? DisclosureParser.CUT_OFF
                    : problem(row, header, rows.get(0).fields().size());
            Agency agency = reason == null ? agency(row, header, sourceFile) : null;
            if (agency != null) {
                Long first = seenInFile.putIfAbsent(agency.agencyId(), row.line());
                String elsewhere = seenInRun.get(agency.agencyId());
                if (first != null) {
                    reason = "agency_id " + agency.agencyId() + " is already defined on line " + first;
                } else if (elsewhere != null) {
                    reason = "agency_id " + agency.agencyId() + " is already defined in " + elsewhere;
                }
            }
            if (reason == null) {
                agencies.add(agency);
            } else {
                rejections.add(new Rejection(sourceFile, row.line(), null, reason, row.raw()));
            }
        }
        agencies.forEach(a -> seenInRun.put(a.agencyId(), sourceFile + " line " + a.registryLine()));
        return new ParsedRegistry(sourceFile, sha256, agencies, rejections, records.size());
    }

    private static String problem(CsvRecords.Row row, List<String> header, int paddedWidth) {
        if (row.problem() != null) {
            return row.problem();
        }
        if (CsvRecords.fit(row.fields(), header.size(), paddedWidth) == null) {
            return "has " + row.fields().size() + " fields, expected " + header.size();
        }
        Map<String, String> v = values(row, header);
        for (String column : COLUMNS) {
            if (v.get(column).length() > RowValidator.MAX_FIELD) {
                return column + " is longer than " + RowValidator.MAX_FIELD + " characters";
            }
            String hidden = hiddenCharacter(column, v.get(column));
            if (hidden != null) {
                return hidden;
            }
        }
        boolean regionUnknown = UNKNOWN_LEVEL.equals(v.get("admin_level"));
        for (String required : List.of("agency_id", "agency_name", "region_code", "province", "sector",
                "admin_level", "scope")) {
            boolean regional = required.equals("region_code") || required.equals("province");
            if (v.get(required).isEmpty() && !(regionUnknown && regional)) {
                return required + " is blank (required)";
            }
        }
        if (!AGENCY_ID.matcher(v.get("agency_id")).matches()) {
            return "agency_id '" + v.get("agency_id") + "' must be lower-case letters, digits and '-', 3 to 64 characters";
        }
        if (regionUnknown) {
            // recognised from its documents, region not decided: loaded, its region blank, never guessed
            return v.get("region_code").isEmpty() ? (SCOPES.contains(v.get("scope")) ? null
                    : "scope '" + v.get("scope") + "' is not 本级 or 汇总")
                    : "admin_level unknown goes with a blank region_code (got " + v.get("region_code") + ")";
        }
        String code = v.get("region_code");
        if (!REGION_CODE.matcher(code).matches()) {
            return "region_code '" + code + "' is not a 6-digit GB/T 2260 code";
        }
        String level = v.get("admin_level");
        if (!LEVELS.contains(level)) {
            return "admin_level '" + level + "' is not one of province, city, county";
        }
        String levelOfCode = code.endsWith("0000") ? "province" : code.endsWith("00") ? "city" : "county";
        if (!level.equals(levelOfCode)) {
            return "admin_level " + level + " does not fit region_code " + code + " (a " + levelOfCode + "-level code)";
        }
        if (!level.equals("province") && v.get("city").isEmpty()) {
            return "city is blank (required for a " + level + "-level agency)";
        }
        if (level.equals("county") && v.get("county").isEmpty()) {
            return "county is blank (required for a county-level agency)";
        }
        if (!SCOPES.contains(v.get("scope"))) {
            return "scope '" + v.get("scope") + "' is not 本级 or 汇总";
        }
        if (!UNIT_TYPES.contains(v.get("unit_type"))) {
            return "unit_type '" + v.get("unit_type") + "' is not one of 行政, 参公, 事业, 混合 (or blank)";
        }
        String parent = v.get("parent_id");
        if (!parent.isEmpty() && !AGENCY_ID.matcher(parent).matches()) {
            return "parent_id '" + parent + "' is not an agency id";
        }
        return null;
    }

    /**
     * Why a value holds a character that is not shown as itself: a control character (a line break, a tab, an escape)
     * or an invisible formatting one (U+202E RIGHT-TO-LEFT OVERRIDE, a zero-width space, a byte-order mark) — one can
     * make a name read as another in a report, or break its lines. Null when there is none.
     */
    static String hiddenCharacter(String column, String value) {
        for (int i = 0, n = 1; i < value.length(); n++) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                String name = Character.getName(cp);
                return String.format(java.util.Locale.ROOT, "%s has the %s character U+%04X%s at character %d: "
                        + "remove it (a name must show as what it is: such a character can make it read as another, "
                        + "or break the lines of a report)", column, Character.isISOControl(cp) ? "control"
                        : "invisible formatting", cp, name == null ? "" : " (" + name + ")", n);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static Agency agency(CsvRecords.Row row, List<String> header, String sourceFile) {
        Map<String, String> v = values(row, header);
        return new Agency(v.get("agency_id"), v.get("agency_name"), v.get("region_code"), v.get("province"),
                nullIfBlank(v.get("city")), nullIfBlank(v.get("county")), v.get("sector"), v.get("admin_level"),
                v.get("scope"), nullIfBlank(v.get("unit_type")), nullIfBlank(v.get("parent_id")),
                nullIfBlank(v.get("aliases")), sourceFile, row.line());
    }

    private static Map<String, String> values(CsvRecords.Row row, List<String> header) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            v.put(header.get(i), row.fields().get(i).strip());
        }
        return v;
    }

    private static String nullIfBlank(String s) {
        return s.isEmpty() ? null : s;
    }
}
