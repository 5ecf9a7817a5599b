package org.budgetlens.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.budgetlens.model.Catalog;

/**
 * Tables whose rows carry classification codes: function codes (收入, 支出, 一般公共预算支出, 项目支出, 基金,
 * 国有资本, 机关运行经费) and economic codes (基本支出). The code is one cell ("2101103") or split over 类/款/项
 * columns with the parents left blank ("  05" under "208"); the basic-expenditure table may come as side-by-side
 * groups of code | name | amount. A code published on several rows becomes parts #1, #2 … plus their sum
 * (origin derived).
 */
final class CodedTableReader {

    private static final Pattern FUNCTION = Pattern.compile("2\\d{2}(\\d{2}){0,2}");
    private static final Pattern ECONOMIC = Pattern.compile("[35]\\d{2}(\\d{2})?");
    private static final Pattern TOTAL = Pattern.compile("(合计|总计)");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    /** A code and its name in one cell, as some conversions write them: "2010801 行政运行", "[30101]基本工资". */
    private static final Pattern CODE_NAME = Pattern.compile("^[\\[【]?(\\d{3,7})[\\]】]?(\\p{IsHan}.*)$");

    private final TableBlock block;
    private final FunctionCodes functionCodes;
    private final boolean economic;
    private final TableOutput out = new TableOutput();
    private String lastClass = "";
    private String lastItem = "";
    /** The code of the last coded row of the group. */
    private String lastCode = "";
    /** A 合计 row was read: an unlabelled last row is then not the total. */
    private boolean sawTotal;

    private CodedTableReader(TableBlock block, FunctionCodes functionCodes) {
        this.block = block;
        this.functionCodes = functionCodes;
        // the catalogue says which tables hold economic classes (gpb_basic, fiscal_basic, admin_running)
        this.economic = Catalog.standard().table(block.tableId()).map(t -> t.economic()).orElse(false);
    }

    static TableOutput read(TableBlock block, FunctionCodes functionCodes) {
        CodedTableReader reader = new CodedTableReader(block, functionCodes);
        reader.readAll();
        return reader.out;
    }

    private void readAll() {
        // rows without a code are projects in a table with a 项目名称 column, not the rest of a wrapped name
        boolean projects = Columns.texts(block.header(), Columns.width(block)).stream()
                .anyMatch(h -> Measures.PROJECT.equals(Measures.role(block.tableId(), h)));
        List<TableBlock.Row> rows = projects ? block.rows() : WrappedRows.join(block.rows());
        List<String> headers = Columns.aligned(block, rows, h -> Measures.roles(block.tableId(), h));
        List<String> roles = splitCodeColumns(Measures.roles(block.tableId(), headers), rows);
        List<int[]> groups = groups(roles);
        for (int g = 0; g < groups.size(); g++) {
            lastClass = "";
            lastItem = "";
            lastCode = "";
            for (int r = 0; r < rows.size(); r++) {
                TableBlock.Row row = rows.get(r);
                boolean lastRow = r == rows.size() - 1;
                readRow(row, roles, groups, g, lastRow);
            }
        }
        numberParts();
    }

    /**
     * 科目编码 over three columns with no 类 | 款 | 项 row below it (206 | | | 科学技术支出, then | 07 | | 科学技术普及):
     * the code column and the two unnamed ones after it are 类, 款 and 项 when the data rows hold two-digit codes in
     * those two.
     */
    private static List<String> splitCodeColumns(List<String> roles, List<TableBlock.Row> rows) {
        for (int c = 0; c + 2 < roles.size(); c++) {
            if (Measures.CODE.equals(roles.get(c)) && roles.get(c + 1) == null && roles.get(c + 2) == null) {
                int col = c;
                boolean split = rows.stream().anyMatch(r -> TWO_DIGITS.matcher(Numbers.compact(r.cell(col + 1)))
                        .matches() || TWO_DIGITS.matcher(Numbers.compact(r.cell(col + 2))).matches());
                if (split) {
                    List<String> fixed = new ArrayList<>(roles);
                    fixed.set(c, Measures.CLASS);
                    fixed.set(c + 1, Measures.ITEM);
                    fixed.set(c + 2, Measures.SUB);
                    return fixed;
                }
            }
        }
        return roles;
    }

    /** Column ranges [from, to) of side-by-side groups, each starting with a code column. */
    private static List<int[]> groups(List<String> roles) {
        List<Integer> starts = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            if (Measures.CODE.equals(roles.get(c)) || Measures.CLASS.equals(roles.get(c))) {
                starts.add(c);
            }
        }
        List<int[]> groups = new ArrayList<>();
        if (starts.size() <= 1 || !Measures.CODE.equals(roles.get(starts.get(0)))) {
            groups.add(new int[] {0, roles.size()});
            return groups;
        }
        for (int i = 0; i < starts.size(); i++) {
            groups.add(new int[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : roles.size()});
        }
        return groups;
    }

    private void readRow(TableBlock.Row row, List<String> roles, List<int[]> groups, int g, boolean lastRow) {
        int from = groups.get(g)[0];
        int to = groups.get(g)[1];
        String code = "";
        String name = "";
        String project = "";
        String label = "";
        boolean split = false;
        for (int c = from; c < to; c++) {
            String role = roles.get(c);
            String cell = Numbers.compact(row.cell(c));
            if (role == null || cell.isEmpty()) {
                continue;
            }
            switch (role) {
                case Measures.CODE -> code = cell;
                case Measures.CLASS, Measures.ITEM, Measures.SUB -> split = true;
                case Measures.NAME -> name = cell;
                case Measures.PROJECT -> project = cell;
                case Measures.LABEL -> label = cell;
                default -> {
                }
            }
        }
        if (split) {
            code = resolveSplit(row, roles, from, to);
        }
        String[] joined = codeAndName(code.isEmpty() ? name.isEmpty() ? label : name : code);
        if (joined != null) {
            code = joined[0];
            name = name.isEmpty() || name.equals(code + joined[1]) ? joined[1] : name;
        } else if (!code.isEmpty() && !code.chars().allMatch(Character::isDigit)) {
            name = name.isEmpty() ? code : name;
            code = "";
        }
        if (code.isEmpty() && !project.isEmpty() && !TOTAL.matcher(project).find() && !lastCode.isEmpty()) {
            code = lastCode; // a project listed under its code's row without repeating the code
        }
        String lineCode = lineCode(code, name, row, roles, from, to,
                lastRow && groups.size() == 1 && project.isEmpty());
        if (lineCode != null && !lineCode.equals("total")) {
            lastCode = lineCode;
        }
        if (lineCode == null) {
            return;
        }
        if (!code.isEmpty() && !economic && !name.isEmpty()) {
            functionCodes.add(code, name);
        }
        for (int c = from; c < to; c++) {
            String role = roles.get(c);
            String raw = row.cell(c);
            if (Numbers.blank(raw) || role != null && role.startsWith("#")) {
                continue;
            }
            String value = Numbers.cell(raw);
            if (value == null) {
                if (role != null) {
                    out.unused(row, raw, "not a number in column " + role);
                }
                continue;
            }
            if (role == null) {
                out.unused(row, raw, "number in a column whose header is not understood");
                continue;
            }
            if (misplacedCode(row, roles, c, to, value)) {
                out.unused(row, raw, "a classification code in the amount cell (the next group's row, "
                        + Numbers.compact(row.cell(c + 2)) + ", lost its code cell): not an amount");
                continue;
            }
            out.cell(block, lineCode, name, project, role, value, row.line());
        }
    }

    /** {code, name} of a cell holding both ("201 一般公共服务支出"), or null. */
    private static String[] codeAndName(String cell) {
        java.util.regex.Matcher m = CODE_NAME.matcher(cell);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** The full code of a row whose code is split over 类/款/项 columns, parents carried from the rows above. */
    private String resolveSplit(TableBlock.Row row, List<String> roles, int from, int to) {
        String cls = "";
        String item = "";
        String sub = "";
        for (int c = from; c < to; c++) {
            String cell = Numbers.compact(row.cell(c));
            if (Measures.CLASS.equals(roles.get(c))) {
                cls = cell;
            } else if (Measures.ITEM.equals(roles.get(c))) {
                item = cell;
            } else if (Measures.SUB.equals(roles.get(c))) {
                sub = cell;
            }
        }
        if (!cls.isEmpty()) {
            lastClass = cls;
            lastItem = "";
        }
        if (!item.isEmpty()) {
            lastItem = item;
        }
        if (cls.isEmpty() && item.isEmpty() && sub.isEmpty()) {
            return "";
        }
        if (!sub.isEmpty()) {
            return lastClass + lastItem + sub;
        }
        if (!item.isEmpty()) {
            return lastClass + item;
        }
        return cls;
    }

    private String lineCode(String code, String name, TableBlock.Row row, List<String> roles, int from, int to,
            boolean lastRow) {
        String wholeRow = Numbers.compact(String.join("", row.cells()));
        if (wholeRow.contains("人员经费合计") || wholeRow.contains("公用经费合计")) {
            readExpenseTotals(row);
            return null;
        }
        boolean hasNumber = false;
        for (int c = from; c < to; c++) {
            hasNumber |= roles.get(c) != null && !roles.get(c).startsWith("#") && Numbers.cell(row.cell(c)) != null;
        }
        if (!code.isEmpty()) {
            boolean valid = economic ? ECONOMIC.matcher(code).matches() : FUNCTION.matcher(code).matches();
            if (valid) {
                return code;
            }
            if (hasNumber) {
                out.unused(row, code, "not a " + (economic ? "economic" : "function") + " classification code");
            }
            return null;
        }
        int size = row.cells().size(); // a short row (a wrapped cell) may end before this group starts
        String rowText = Numbers.compact(String.join("", row.cells().subList(Math.min(from, size), Math.min(to,
                size))));
        if (TOTAL.matcher(name).find() || TOTAL.matcher(rowText).find()) {
            sawTotal = true;
            return "total";
        }
        if (hasNumber && lastRow && name.isEmpty() && !sawTotal) {
            return "total";
        }
        if (hasNumber) {
            out.unused(row, String.join(" | ", row.cells()).strip(), "row without a code or a known name");
        }
        return null;
    }

    /** "人员经费合计 | | 204.16 | 公用经费合计 | … | 4.72": each total is the first number to its right. */
    private void readExpenseTotals(TableBlock.Row row) {
        if (!out.figures.isEmpty() && out.figures.stream().anyMatch(f -> f.sourceLine() == row.line())) {
            return;
        }
        List<String> cells = row.cells();
        for (int c = 0; c < cells.size(); c++) {
            String label = Numbers.compact(cells.get(c));
            String measure = label.contains("人员经费合计") ? "personnel" : label.contains("公用经费合计") ? "public" : null;
            if (measure == null) {
                continue;
            }
            for (int k = c + 1; k < cells.size(); k++) {
                String value = Numbers.cell(cells.get(k));
                if (value != null) {
                    out.cell(block, "total", label, "", measure, value, row.line());
                    break;
                }
                if (!Numbers.blank(cells.get(k))) {
                    break;
                }
            }
        }
    }

    /**
     * In side-by-side groups, an amount cell holding an integer shaped like a code while the next group's code
     * cell is blank and its name is not: the converter moved the next row's code one cell left.
     */
    private boolean misplacedCode(TableBlock.Row row, List<String> roles, int c, int to, String value) {
        if (!economic || !ECONOMIC.matcher(value).matches() || to >= roles.size()) {
            return false;
        }
        return c + 1 == to && Numbers.blank(row.cell(to)) && !Numbers.blank(row.cell(to + 1));
    }

    /** A code (and detail) published on several rows: parts #1, #2 … and their sum, origin derived. */
    private void numberParts() {
        Map<String, List<Figure>> byKey = new LinkedHashMap<>();
        for (Figure f : out.figures) {
            byKey.computeIfAbsent(partKey(f), k -> new ArrayList<>()).add(f);
        }
        List<Figure> result = new ArrayList<>();
        Map<String, Integer> done = new LinkedHashMap<>();
        for (Figure f : out.figures) {
            List<Figure> parts = byKey.get(partKey(f));
            if (parts.size() == 1) {
                result.add(f);
                continue;
            }
            if (f.lineCode().equals("total")) {
                // a second 合计 row (a table run into the next, whose title the conversion lost) is not a part
                if (f == parts.get(0)) {
                    result.add(f);
                } else {
                    out.unused.add(new Unused(f.sourceLine(), f.value(), "a second 合计 row in the table (first: "
                            + parts.get(0).value() + " at line " + parts.get(0).sourceLine() + "): not read"));
                }
                continue;
            }
            int index = parts.indexOf(f) + 1;
            result.add(f.withDetail(f.detail().isEmpty() ? "#" + index : f.detail() + " #" + index));
            if (index == parts.size() && done.put(partKey(f), 1) == null) {
                result.add(sum(parts));
            }
        }
        out.figures.clear();
        out.figures.addAll(result);
    }

    private static String partKey(Figure f) {
        return f.lineCode() + "|" + f.detail() + "|" + f.measure() + "|" + f.stat();
    }

    private static Figure sum(List<Figure> parts) {
        BigDecimal total = BigDecimal.ZERO;
        int scale = 0;
        for (Figure p : parts) {
            BigDecimal v = Numbers.decimal(p.value());
            total = total.add(v);
            scale = Math.max(scale, v.scale());
        }
        Figure first = parts.get(0);
        int last = parts.get(parts.size() - 1).sourceLine();
        return new Figure(first.tableId(), first.lineCode(), first.lineName(), first.detail(), first.measure(),
                first.stat(), "",
                total.setScale(scale).toPlainString(), first.unit(), "derived", "", first.sourceLine(),
                "sum of parts, lines " + first.sourceLine() + "-" + last);
    }
}
