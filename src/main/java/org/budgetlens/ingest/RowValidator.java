package org.budgetlens.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.budgetlens.model.Catalog;
import org.budgetlens.model.Figure;
import org.budgetlens.model.Origin;
import org.budgetlens.model.Stat;
import org.budgetlens.model.TableDeclaration;
import org.budgetlens.model.Unit;

/** Validates one data row of a disclosure file against the format and the catalogue. */
final class RowValidator {

    static final List<String> COLUMNS = List.of("table_id", "line_code", "line_name", "detail", "measure", "stat",
            "base", "value", "unit", "origin", "section", "source_line", "note");
    static final int MAX_FIELD = 4000;

    private static final int TABLE_ID = 0;
    private static final int LINE_CODE = 1;
    private static final int LINE_NAME = 2;
    private static final int DETAIL = 3;
    private static final int MEASURE = 4;
    private static final int STAT = 5;
    private static final int BASE = 6;
    private static final int VALUE = 7;
    private static final int UNIT_COLUMN = 8;
    private static final int ORIGIN = 9;
    private static final int SECTION = 10;
    private static final int SOURCE_LINE = 11;
    private static final int NOTE = 12;
    private static final int[] REQUIRED = {TABLE_ID, LINE_CODE, ORIGIN, SOURCE_LINE};
    /** Columns a file may have after the 13: what the extractor proved of a figure (docs/normalized-format.md). */
    static final List<String> OPTIONAL = List.of("verified");
    private static final int VERIFIED = 13;
    static final Set<String> VERIFIED_VALUES = Set.of("proven", "unproven", "failed");
    private static final BigDecimal MAX_ABS = new BigDecimal("1e16");
    private static final int MAX_SCALE = 6;

    /** The outcome of validating a row: a figure, a table declaration, or why the row is rejected. */
    sealed interface Result permits FigureRow, TableRow, Invalid {
    }

    record FigureRow(Figure figure) implements Result {
    }

    record TableRow(TableDeclaration table) implements Result {
    }

    record Invalid(String reason) implements Result {
    }

    /** A data row seen through the file's header: {@code get(c)} is the field of column {@code COLUMNS[c]}. */
    record Row(List<String> fields, int[] index) {

        String get(int column) {
            int at = index[column];
            return at < 0 ? "" : fields.get(at); // an optional column the file does not have is blank
        }
    }

    private final Catalog catalog;
    private final Map<String, Optional<String>> baseProblems = new ConcurrentHashMap<>();

    RowValidator(Catalog catalog) {
        this.catalog = catalog;
    }

    /** For each of {@link #COLUMNS}, its position in {@code header} (which holds each column exactly once). */
    static int[] columnIndex(List<String> header) {
        int[] index = new int[COLUMNS.size() + OPTIONAL.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = header.indexOf(c < COLUMNS.size() ? COLUMNS.get(c) : OPTIONAL.get(c - COLUMNS.size()));
        }
        return index;
    }

    Result validate(Row row, long fileLine) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (row.get(c).length() > MAX_FIELD) {
                return new Invalid(COLUMNS.get(c) + " is " + row.get(c).length() + " characters long (at most "
                        + MAX_FIELD + ")");
            }
        }
        for (int c : REQUIRED) {
            if (row.get(c).isBlank()) {
                return new Invalid(COLUMNS.get(c) + " is blank (required)");
            }
        }
        String tableId = row.get(TABLE_ID).strip();
        if (catalog.table(tableId).isEmpty()) {
            return new Invalid("unknown table_id '" + tableId + "': expected one of "
                    + String.join(", ", catalog.tableIds()));
        }
        String lineCode = row.get(LINE_CODE).strip();
        var lineProblem = catalog.lineCodeProblem(tableId, lineCode);
        if (lineProblem.isPresent()) {
            return new Invalid(lineProblem.get());
        }
        int sourceLine = lineNumber(row.get(SOURCE_LINE).strip());
        if (sourceLine < 1) {
            return new Invalid("source_line '" + row.get(SOURCE_LINE) + "' is not a line number (a positive integer)");
        }
        String originText = row.get(ORIGIN).strip();
        var origin = Origin.fromId(originText);
        if (origin.isEmpty()) {
            return new Invalid("origin '" + originText + "' is not one of table, narrative, derived");
        }
        if (Catalog.TABLE_LINE.equals(lineCode)) {
            return tableDeclaration(row, tableId, sourceLine, fileLine);
        }
        return figure(row, tableId, lineCode, origin.get(), sourceLine, fileLine);
    }

    private Result tableDeclaration(Row row, String tableId, int sourceLine, long fileLine) {
        if (!row.get(MEASURE).isBlank() || !row.get(VALUE).isBlank()) {
            return new Invalid("a _table row declares a table and has no measure or value");
        }
        if (row.get(LINE_NAME).isBlank()) {
            return new Invalid("a _table row needs the table's title as published in line_name");
        }
        return new TableRow(new TableDeclaration(tableId, row.get(LINE_NAME).strip(), blankToNull(row.get(DETAIL)),
                blankToNull(row.get(UNIT_COLUMN)), blankToNull(row.get(NOTE)), sourceLine, fileLine));
    }

    private Result figure(Row row, String tableId, String lineCode, Origin origin, int sourceLine,
            long fileLine) {
        String measure = row.get(MEASURE).strip();
        if (measure.isEmpty()) {
            return new Invalid("measure is blank (required)");
        }
        String verified = row.get(VERIFIED).strip();
        if (!verified.isEmpty() && !VERIFIED_VALUES.contains(verified)) {
            return new Invalid("verified '" + verified + "' is not one of proven, unproven, failed (or blank)");
        }
        if (!catalog.measures(tableId).contains(measure)) {
            return new Invalid("measure '" + measure + "' is not a measure of table " + tableId + ": expected one of "
                    + String.join(", ", catalog.measures(tableId)));
        }
        String statText = row.get(STAT).strip();
        var stat = Stat.fromId(statText);
        if (stat.isEmpty()) {
            return new Invalid("stat '" + statText + "' is not one of: " + Stat.ids());
        }
        String base = row.get(BASE).strip();
        Optional<String> baseProblem = base.isEmpty() && !stat.get().needsBase() ? Optional.empty()
                : baseProblems.computeIfAbsent(stat.get().id() + "|" + tableId + "|" + base,
                        k -> Optional.ofNullable(baseProblem(stat.get(), base, tableId)));
        if (baseProblem.isPresent()) {
            return new Invalid(baseProblem.get());
        }
        String kind = catalog.measureKind(tableId, measure);
        boolean percentStat = stat.get().percent();
        if (row.get(UNIT_COLUMN).isBlank() && !percentStat && !kind.equals("money")) {
            return new Invalid("unit is blank, but measure " + measure + " of table " + tableId + " is a " + kind
                    + (kind.equals("any") ? " value" : "") + ": give its unit (人, 个, 分, %, 万元 …); only money may "
                    + "leave it blank (万元)");
        }
        String unit = row.get(UNIT_COLUMN).isBlank() ? Unit.WAN_YUAN : row.get(UNIT_COLUMN).strip();
        if (!catalog.units().containsKey(unit)) {
            return new Invalid("unit '" + unit + "' is not a known unit: expected one of "
                    + String.join(" ", catalog.units().keySet()) + " (a new unit goes into catalog/units.csv)");
        }
        String unitKind = catalog.units().get(unit);
        if (!percentStat && !kind.equals("any") && !kind.equals(unitKind)) {
            return new Invalid("unit " + unit + " (" + unitKind + ") does not fit measure " + measure + " of table "
                    + tableId + ", which is " + kind + (kind.equals("money") ? " (万元, 元, 千元, 亿元)" : ""));
        }
        if (stat.get().percent() && !Unit.PERCENT.equals(unit)) {
            return new Invalid("stat " + stat.get().id() + " is a percentage: its unit must be %, not " + unit);
        }
        ValueParser.Parsed value = ValueParser.parse(row.get(VALUE));
        if (!value.ok()) {
            return new Invalid(value.error());
        }
        String rangeProblem = rangeProblem(value.number(), unit);
        if (rangeProblem != null) {
            return new Invalid(rangeProblem);
        }
        if (origin == Origin.DERIVED && row.get(NOTE).isBlank()) {
            return new Invalid("a derived figure needs its formula in note");
        }
        return new FigureRow(new Figure(tableId, lineCode, blankToNull(row.get(LINE_NAME)), row.get(DETAIL).strip(),
                measure, stat.get(), base, value.number(), blankToNull(row.get(VALUE)), unit, origin,
                blankToNull(row.get(SECTION)), sourceLine, blankToNull(row.get(NOTE)), fileLine, blankToNull(verified)));
    }

    private String baseProblem(Stat stat, String base, String tableId) {
        if (!stat.needsBase()) {
            return base.isEmpty() ? null : "base is only used with stat pct or diff_pct, not with stat '" + stat.id() + "'";
        }
        if (base.isEmpty()) {
            return "stat " + stat.id() + " needs its denominator in base (line_code:measure or table_id:line_code:measure)";
        }
        String[] parts = base.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || List.of(parts).stream().anyMatch(String::isBlank)) {
            return "base '" + base + "' must be line_code:measure or table_id:line_code:measure";
        }
        String baseTable = parts.length == 3 ? parts[0] : tableId;
        if (catalog.table(baseTable).isEmpty()) {
            return "base '" + base + "' names unknown table " + baseTable;
        }
        String baseLine = parts[parts.length - 2];
        if (Catalog.TABLE_LINE.equals(baseLine)) {
            return "base '" + base + "' names the _table declaration, which is not a figure: name a line_code";
        }
        var lineProblem = catalog.lineCodeProblem(baseTable, baseLine);
        if (lineProblem.isPresent()) {
            return "base '" + base + "': " + lineProblem.get();
        }
        String baseMeasure = parts[parts.length - 1];
        if (!catalog.measures(baseTable).contains(baseMeasure)) {
            return "base '" + base + "': measure '" + baseMeasure + "' is not a measure of table " + baseTable;
        }
        return null;
    }

    private static String rangeProblem(BigDecimal number, String unit) {
        if (number == null) {
            return null;
        }
        BigDecimal stored = Unit.toWanFactor(unit).map(number::multiply).orElse(number).stripTrailingZeros();
        if (stored.abs().compareTo(MAX_ABS) >= 0) {
            return "value " + number.toPlainString() + " is too large (at most 16 digits before the decimal point)";
        }
        if (stored.scale() > MAX_SCALE) {
            return "value " + number.toPlainString() + " " + unit + " has more than " + MAX_SCALE
                    + " decimal places" + (Unit.isMoney(unit) ? " once converted to 万元" : "");
        }
        return null;
    }

    /** The positive integer {@code s}, or -1 when it is not one (1 to 9 digits, no sign, no leading zero). */
    private static int lineNumber(String s) {
        if (s.isEmpty() || s.length() > 9 || s.charAt(0) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
