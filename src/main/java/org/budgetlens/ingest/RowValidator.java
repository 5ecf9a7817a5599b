package org.budgetlens.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Set<String> REQUIRED = Set.of("table_id", "line_code", "origin", "source_line");
    private static final Pattern UNIT = Pattern.compile("[^\\d,;\"]{1,12}");
    private static final Pattern SOURCE_LINE = Pattern.compile("[1-9]\\d{0,8}");
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

    private final Catalog catalog;

    RowValidator(Catalog catalog) {
        this.catalog = catalog;
    }

    Result validate(Map<String, String> row, long fileLine) {
        for (String column : COLUMNS) {
            if (row.get(column).length() > MAX_FIELD) {
                return new Invalid(column + " is " + row.get(column).length() + " characters long (at most "
                        + MAX_FIELD + ")");
            }
        }
        for (String column : REQUIRED) {
            if (row.get(column).isBlank()) {
                return new Invalid(column + " is blank (required)");
            }
        }
        String tableId = row.get("table_id").strip();
        if (catalog.table(tableId).isEmpty()) {
            return new Invalid("unknown table_id '" + tableId + "': expected one of "
                    + String.join(", ", catalog.tableIds()));
        }
        String lineCode = row.get("line_code").strip();
        var lineProblem = catalog.lineCodeProblem(tableId, lineCode);
        if (lineProblem.isPresent()) {
            return new Invalid(lineProblem.get());
        }
        if (!SOURCE_LINE.matcher(row.get("source_line").strip()).matches()) {
            return new Invalid("source_line '" + row.get("source_line") + "' is not a line number (a positive integer)");
        }
        int sourceLine = Integer.parseInt(row.get("source_line").strip());
        String originText = row.get("origin").strip();
        var origin = Origin.fromId(originText);
        if (origin.isEmpty()) {
            return new Invalid("origin '" + originText + "' is not one of table, narrative, derived");
        }
        if (Catalog.TABLE_LINE.equals(lineCode)) {
            return tableDeclaration(row, tableId, sourceLine, fileLine);
        }
        return figure(row, tableId, lineCode, origin.get(), sourceLine, fileLine);
    }

    private Result tableDeclaration(Map<String, String> row, String tableId, int sourceLine, long fileLine) {
        if (!row.get("measure").isBlank() || !row.get("value").isBlank()) {
            return new Invalid("a _table row declares a table and has no measure or value");
        }
        if (row.get("line_name").isBlank()) {
            return new Invalid("a _table row needs the table's title as published in line_name");
        }
        return new TableRow(new TableDeclaration(tableId, row.get("line_name").strip(), blankToNull(row.get("detail")),
                blankToNull(row.get("unit")), blankToNull(row.get("note")), sourceLine, fileLine));
    }

    private Result figure(Map<String, String> row, String tableId, String lineCode, Origin origin, int sourceLine,
            long fileLine) {
        String measure = row.get("measure").strip();
        if (measure.isEmpty()) {
            return new Invalid("measure is blank (required)");
        }
        if (!catalog.measures(tableId).contains(measure)) {
            return new Invalid("measure '" + measure + "' is not a measure of table " + tableId + ": expected one of "
                    + String.join(", ", catalog.measures(tableId)));
        }
        String statText = row.get("stat").strip();
        var stat = Stat.fromId(statText);
        if (stat.isEmpty()) {
            return new Invalid("stat '" + statText + "' is not one of: blank, prior, change, change_pct, pct, diff_pct");
        }
        String base = row.get("base").strip();
        String baseProblem = baseProblem(stat.get(), base, tableId);
        if (baseProblem != null) {
            return new Invalid(baseProblem);
        }
        String unit = row.get("unit").isBlank() ? Unit.WAN_YUAN : row.get("unit").strip();
        if (!UNIT.matcher(unit).matches()) {
            return new Invalid("unit '" + unit + "' is not a unit: 万元, 元, 亿元, %, 人, 辆, 个, 分 …");
        }
        if (stat.get().percent() && !Unit.PERCENT.equals(unit)) {
            return new Invalid("stat " + stat.get().id() + " is a percentage: its unit must be %, not " + unit);
        }
        ValueParser.Parsed value = ValueParser.parse(row.get("value"));
        if (!value.ok()) {
            return new Invalid(value.error());
        }
        String rangeProblem = rangeProblem(value.number(), unit);
        if (rangeProblem != null) {
            return new Invalid(rangeProblem);
        }
        if (origin == Origin.DERIVED && row.get("note").isBlank()) {
            return new Invalid("a derived figure needs its formula in note");
        }
        return new FigureRow(new Figure(tableId, lineCode, blankToNull(row.get("line_name")), row.get("detail").strip(),
                measure, stat.get(), base, value.number(), blankToNull(row.get("value")), unit, origin,
                blankToNull(row.get("section")), sourceLine, blankToNull(row.get("note")), fileLine));
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
