package org.budgetlens.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetlens.model.Kind;

/**
 * The 三公 table: one row of amounts whose columns are named by (预算数 | 决算数) × (合计, 因公出国（境）费,
 * 公务用车购置及运行费 小计, 购置费, 运行费, 公务接待费), or laid out vertically (one row per item, columns 预算数 |
 * 决算数), and the 相关统计数 pairs printed under it.
 */
final class ThreePublicReader {

    /**
     * The vehicle columns by the end of their header, so that a sub-header under 公务用车购置及运行费 decides
     * (…购置及运行费 | 购置费 | 运行费): the subtotal, then purchase, then running.
     */
    private static final List<Object[]> VEHICLE_ITEMS = List.of(
            new Object[] {Pattern.compile("公务用车购置及运行(维护)?费?(小计|合计)?$"), "vehicles"},
            new Object[] {Pattern.compile("公务用车.*购置费?$"), "vehicle_purchase"},
            new Object[] {Pattern.compile("公务用车.*运行(维护)?费?$"), "vehicle_running"});

    private static final List<String[]> ITEMS = List.of(
            new String[] {"公务用车购置费", "vehicle_purchase"},
            new String[] {"公务用车运行", "vehicle_running"},
            new String[] {"公务用车购置及运行", "vehicles"},
            new String[] {"因公出国", "abroad"},
            new String[] {"公务接待", "reception"},
            new String[] {"会议费", "meetings"},
            new String[] {"培训费", "training"},
            new String[] {"合计", "total"});
    /** A column of the 机关运行经费 printed in the 三公 table: booked on the admin_running table's total. */
    private static final String ADMIN_RUNNING = "admin_running";

    /** "“三公”经费 小计" over the three items: the 三公 total of a table that also gives 会议费 and 培训费. */
    private static final Pattern THREE_PUBLIC_SUBTOTAL = Pattern.compile("三公.*(小计|合计)$");

    private static final List<String[]> COUNTS = List.of(
            new String[] {"团组数", "abroad", "groups", "个"},
            new String[] {"因公出国\\(境\\)人次", "abroad", "people", "人次"},
            new String[] {"公务用车购置数", "vehicles", "purchased", "辆"},
            new String[] {"公务用车保有量", "vehicles", "held", "辆"},
            new String[] {"接待批次", "reception", "batches", "批次"},
            new String[] {"接待人次", "reception", "people", "人次"});

    /** A column of amounts in the vertical layout. */
    private static final Pattern AMOUNT_COLUMN = Pattern.compile("预算数|决算数|金额|预算|决算");
    private static final Pattern STATS_TITLE = Pattern.compile("^相关统计数");

    private ThreePublicReader() {
    }

    static TableOutput read(TableBlock block, Kind kind, SourceText doc) {
        TableOutput out = new TableOutput();
        List<String> headers = Columns.aligned(block, hs -> hs.stream().map(ThreePublicReader::item).toList());
        // 合计 | “三公”经费 小计 … | 会议费 | 培训费 (Jiangsu): the 合计 adds 会议费 and 培训费 to the 三公 total
        boolean withMeetings = headers.stream().anyMatch(h -> h.contains("会议费") || h.contains("培训费"));
        String[] years = Measures.years(headers);
        // rows for years (2024年预算数 | 17.20 … then 2025年预算数 | 15.90 …): the latest is the table's
        String[] rowYears = Measures.years(block.rows().stream().map(r -> TableTitles.normalize(r.cell(0))).toList());
        for (int r = 0; r < block.rows().size(); r++) {
            TableBlock.Row row = block.rows().get(r);
            String rowYear = rowYears[r];
            // laid out vertically (项目 | 预算数 | 决算数, one row per item): the row's label names the item
            String rowItem = Numbers.cell(row.cell(0)) == null ? item(TableTitles.normalize(row.cell(0))) : null;
            for (int c = 0; c < row.cells().size(); c++) {
                String raw = row.cell(c);
                if (Numbers.blank(raw) || c == 0 && rowItem != null) {
                    continue;
                }
                String value = Numbers.cell(raw);
                String header = c < headers.size() ? headers.get(c) : "";
                String item = item(header);
                if ("total".equals(item) && withMeetings && !header.contains("三公")) {
                    item = "total_with_meetings";
                }
                if (item == null && rowItem != null && AMOUNT_COLUMN.matcher(header).find()) {
                    item = rowItem;
                    header = TableTitles.normalize(row.cell(0)) + header;
                }
                if (value == null || item == null) {
                    out.unused(row, raw, "cell not under a 三公 amount column");
                    continue;
                }
                if (rowYear.equals("other")) {
                    out.unused(row, raw, "in the row of " + TableTitles.normalize(row.cell(0)) + ": an earlier year "
                            + "than the table's (not the one before), or a comparison");
                    continue;
                }
                if (c < years.length && years[c].equals("other")) {
                    out.unused(row, raw, "under " + header + ": a column of an earlier year than the table's (not "
                            + "the one before), or a comparison of two years");
                    continue;
                }
                String measure = header.contains("决算") || kind != Kind.FINAL ? "total"
                        : header.contains("预算") ? "budget_full_year" : "total";
                boolean prior = c < years.length && years[c].equals("prior") || rowYear.equals("prior");
                if (item.equals(ADMIN_RUNNING)) {
                    // the table also gives the 机关运行经费: that table's total, cited to this cell
                    Figure f = Figure.cell("admin_running", "total", header, "", measure, value, block.unit(),
                            row.line());
                    out.figures.add(prior ? f.asPrior(measure) : f);
                    continue;
                }
                out.cell(block, item, header, "", prior ? measure + Measures.PRIOR : measure, value, row.line());
            }
        }
        readStats(block, doc, out);
        return out;
    }

    private static String item(String header) {
        String h = TableTitles.normalize(header).replace("\"", "");
        if (THREE_PUBLIC_SUBTOTAL.matcher(h).find() && !h.contains("公务用车")) {
            return "total";
        }
        if (h.contains("机关运行经费")) {
            return ADMIN_RUNNING; // 机关运行经费预算数 beside the 三公 (Shanghai's “三公”经费和机关运行经费预算表)
        }
        for (Object[] v : VEHICLE_ITEMS) {
            if (((Pattern) v[0]).matcher(h).find()) {
                return (String) v[1];
            }
        }
        for (String[] i : ITEMS) {
            if (header.contains(i[0])) {
                return i[1];
            }
        }
        return null;
    }

    /** "相关统计数：" then rows of label | count pairs. */
    static void readStats(TableBlock block, SourceText doc, TableOutput out) {
        int last = block.noteLine() > 0 ? block.noteLine()
                : block.rows().isEmpty() ? block.titleLine() : block.rows().get(block.rows().size() - 1).line();
        int i = last + 1;
        int limit = last + 4;
        while (i <= doc.lineCount() && i <= limit && !STATS_TITLE.matcher(doc.line(i).strip()).find()) {
            i++;
        }
        if (i > limit || i > doc.lineCount()) {
            return;
        }
        for (i++; i <= doc.lineCount(); i++) {
            String text = doc.line(i);
            if (text.isBlank()) {
                continue;
            }
            if (text.indexOf('\t') < 0) {
                break;
            }
            TableBlock.Row row = new TableBlock.Row(i, List.of(text.split("\t", -1)));
            for (int c = 0; c + 1 < row.cells().size(); c++) {
                String label = TableTitles.normalize(row.cell(c));
                String value = Numbers.cell(row.cell(c + 1));
                if (value == null || Numbers.cell(label) != null) {
                    continue;
                }
                boolean found = false;
                for (String[] count : COUNTS) {
                    Matcher m = Pattern.compile(count[0]).matcher(label);
                    if (m.find()) {
                        out.figures.add(new Figure(block.tableId(), count[1], label, "", count[2], "", "", value,
                                count[3], "table", "", i, ""));
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    out.unused(row, label + " " + value, "统计数 label not recognised");
                }
            }
        }
    }
}
