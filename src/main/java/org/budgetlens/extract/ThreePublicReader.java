package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.Kind;

/**
 * The 三公 table: one row of amounts whose columns are named by (预算数 | 决算数) × (合计, 因公出国（境）费,
 * 公务用车购置及运行费 小计, 购置费, 运行费, 公务接待费), or laid out vertically (one row per item, columns 预算数 |
 * 决算数), and the 相关统计数 pairs printed under it.
 */
final class ThreePublicReader {

    /**
     * A column word: a pattern found in the header with its quotes taken out (regex) or a word contained in the header
     * as printed (word), and the table and line the column's amounts are booked on: a 三公 line, or a line of another
     * table printed beside the 三公 (Shanghai's 机关运行经费: the admin_running table's total, cited to this cell).
     */
    record Item(boolean regex, Pattern pattern, String word, String tableId, String lineCode) {

        boolean in(String header, String withoutQuotes) {
            return regex ? pattern.matcher(withoutQuotes).find() : header.contains(word);
        }
    }

    /** A 相关统计数 label: the table, line, measure and unit of the count after it. */
    record Count(Pattern pattern, String tableId, String lineCode, String measure, String unit) {
    }

    /** The vocabulary files (extract/vocabulary/). */
    static final String ITEMS_RESOURCE = "three_public_items.csv";
    static final String COUNTS_RESOURCE = "three_public_counts.csv";

    /**
     * The column words in the file's order, the first found wins: the vehicle columns by the end of their header come
     * before the plain words, so that a sub-header under 公务用车购置及运行费 decides (…购置及运行费 | 购置费 | 运行费).
     */
    private static final List<Item> ITEMS = items();
    private static final String THREE_PUBLIC = "three_public";

    /** "“三公”经费 小计" over the three items: the 三公 total of a table that also gives 会议费 and 培训费. */
    private static final Pattern THREE_PUBLIC_SUBTOTAL = Pattern.compile("三公.*(小计|合计)$");
    private static final Item SUBTOTAL = new Item(true, THREE_PUBLIC_SUBTOTAL, "", THREE_PUBLIC, "total");
    /** 合计 of a table that also gives 会议费 and 培训费 (Jiangsu): the 三公 total and those two. */
    private static final Item WITH_MEETINGS = new Item(false, null, "", THREE_PUBLIC, "total_with_meetings");

    /** The 相关统计数 labels in the file's order, the first found in a label wins. */
    private static final List<Count> COUNTS = counts();

    /** A column of amounts in the vertical layout. */
    private static final Pattern AMOUNT_COLUMN = Pattern.compile("预算数|决算数|金额|预算|决算");
    private static final Pattern STATS_TITLE = Pattern.compile("^相关统计数");

    private ThreePublicReader() {
    }

    private static List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (CSVRecord r : Vocabulary.read(ITEMS_RESOURCE)) {
            boolean regex = r.get("match").equals("regex");
            items.add(new Item(regex, regex ? Pattern.compile(r.get("pattern")) : null, regex ? "" : r.get("pattern"),
                    r.get("table_id"), r.get("line_code")));
        }
        return List.copyOf(items);
    }

    private static List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        for (CSVRecord r : Vocabulary.read(COUNTS_RESOURCE)) {
            counts.add(new Count(Pattern.compile(r.get("pattern")), r.get("table_id"), r.get("line_code"),
                    r.get("measure"), r.get("unit")));
        }
        return List.copyOf(counts);
    }

    static TableOutput read(TableBlock block, Kind kind, SourceText doc) {
        TableOutput out = new TableOutput();
        List<String> headers = Columns.aligned(block, hs -> hs.stream().map(ThreePublicReader::role).toList());
        // 合计 | “三公”经费 小计 … | 会议费 | 培训费 (Jiangsu): the 合计 adds 会议费 and 培训费 to the 三公 total
        boolean withMeetings = headers.stream().anyMatch(h -> h.contains("会议费") || h.contains("培训费"));
        String[] years = Measures.years(headers);
        // rows for years (2024年预算数 | 17.20 … then 2025年预算数 | 15.90 …): the latest is the table's
        String[] rowYears = Measures.years(block.rows().stream().map(r -> TableTitles.normalize(r.cell(0))).toList());
        for (int r = 0; r < block.rows().size(); r++) {
            TableBlock.Row row = block.rows().get(r);
            String rowYear = rowYears[r];
            // laid out vertically (项目 | 预算数 | 决算数, one row per item): the row's label names the item
            Item rowItem = Numbers.cell(row.cell(0)) == null ? item(TableTitles.normalize(row.cell(0))) : null;
            for (int c = 0; c < row.cells().size(); c++) {
                String raw = row.cell(c);
                if (Numbers.blank(raw) || c == 0 && rowItem != null) {
                    continue;
                }
                String value = Numbers.cell(raw);
                String header = c < headers.size() ? headers.get(c) : "";
                Item item = item(header);
                if (item != null && item.tableId().equals(THREE_PUBLIC) && item.lineCode().equals("total")
                        && withMeetings && !header.contains("三公")) {
                    item = WITH_MEETINGS;
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
                if (!item.tableId().equals(THREE_PUBLIC)) {
                    // the table also gives the 机关运行经费: that table's total, cited to this cell; a 决算's 预算数
                    // of it has no measure of that table
                    if (!measure.equals("total")) {
                        out.unused(row, raw, "the 预算数 of " + item.tableId() + " in a 决算's 三公 table: that table "
                                + "has no such measure");
                        continue;
                    }
                    Figure f = Figure.cell(item.tableId(), item.lineCode(), header, "", measure, value, block.unit(),
                            row.line());
                    out.figures.add(prior ? f.asPrior(measure) : f);
                    continue;
                }
                out.cell(block, item.lineCode(), header, "", prior ? measure + Measures.PRIOR : measure, value,
                        row.line());
            }
        }
        readStats(block, doc, out);
        return out;
    }

    /** The role of a column for {@link Columns#aligned}: the line it is booked on, or null. */
    private static String role(String header) {
        Item item = item(header);
        return item == null ? null : item.lineCode();
    }

    /**
     * What a column is: the 三公 subtotal (a rule: "三公…小计", not the vehicles'), else the first column word of
     * the vocabulary found in its header; null when none is.
     */
    private static Item item(String header) {
        String h = TableTitles.normalize(header).replace("\"", "");
        if (THREE_PUBLIC_SUBTOTAL.matcher(h).find() && !h.contains("公务用车")) {
            return SUBTOTAL;
        }
        for (Item item : ITEMS) {
            if (item.in(header, h)) {
                return item;
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
                for (Count count : COUNTS) {
                    Matcher m = count.pattern().matcher(label);
                    if (m.find()) {
                        out.figures.add(new Figure(count.tableId(), count.lineCode(), label, "", count.measure(), "",
                                "", value, count.unit(), "table", "", i, ""));
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
