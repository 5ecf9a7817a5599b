package org.budgetlens.generate.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetlens.generate.pdf.Grid.Cell;

/**
 * One disclosure as a department publishes it: a first page with the title and the narrative (a paragraph per
 * section, wrapped at the right margin), then each table on a page of its own, ruled, with its number, title,
 * 部门 and 单位 lines; a long table continues on the next page under its header repeated.
 */
final class DisclosurePdf {

    private static final float TEXT_MARGIN = 72f;
    private static final float TABLE_MARGIN = 50f;
    private static final float BODY = 12f;
    private static final float TABLE = 9f;

    private final SourceCsv csv;
    private final String agencyName;
    private final Variant variant;
    private Canvas canvas;

    DisclosurePdf(SourceCsv csv, String agencyName, Variant variant) {
        this.csv = csv;
        this.agencyName = agencyName;
        this.variant = variant;
    }

    /** Writes the PDF; returns its number of pages. */
    int write(Path file) throws IOException {
        try (Canvas c = new Canvas(variant)) {
            canvas = c;
            cover();
            Layouts layouts = new Layouts(csv.isFinal(), variant, agencyName);
            for (Block b : Block.of(csv)) {
                table(b, layouts.build(b));
            }
            c.save(file, csv.agencyId() + "/" + csv.year() + "/" + csv.kind() + "/" + variant);
            return c.pages();
        }
    }

    /** The title, then each narrative section: its heading and one paragraph of its figures' sentences. */
    private void cover() throws IOException {
        canvas.newPage(false);
        float width = canvas.pageWidth() - 2 * TEXT_MARGIN;
        String title = agencyName + csv.year() + "年度部门" + (csv.isFinal() ? "决算" : "预算");
        float size = 20;
        while (canvas.width(title, size) > width && size > 10) {
            size -= 1;
        }
        canvas.text((canvas.pageWidth() - canvas.width(title, size)) / 2, canvas.y, size, title);
        canvas.y += size * 2.5f;
        float line = BODY * 1.6f;
        for (Map.Entry<String, List<String>> section : Sentences.bySection(csv).entrySet()) {
            room(line * 2);
            canvas.text(TEXT_MARGIN, canvas.y, BODY, section.getKey());
            canvas.y += line;
            String paragraph = String.join("", section.getValue());
            List<String> lines = canvas.wrap(paragraph, BODY, width - 2 * BODY);
            // the first line is indented two characters; the rest run from margin to margin
            List<String> rest = lines.isEmpty() ? List.of()
                    : canvas.wrap(paragraph.substring(lines.get(0).length()), BODY, width);
            if (!lines.isEmpty()) {
                room(line);
                if (rest.isEmpty()) {
                    canvas.text(TEXT_MARGIN + 2 * BODY, canvas.y, BODY, lines.get(0));
                } else {
                    canvas.justified(TEXT_MARGIN + 2 * BODY, canvas.y, BODY, lines.get(0), width - 2 * BODY);
                }
                canvas.y += line;
            }
            for (int i = 0; i < rest.size(); i++) {
                room(line);
                if (i == rest.size() - 1) {
                    canvas.text(TEXT_MARGIN, canvas.y, BODY, rest.get(i)); // a paragraph's last line stays ragged
                } else {
                    canvas.justified(TEXT_MARGIN, canvas.y, BODY, rest.get(i), width);
                }
                canvas.y += line;
            }
        }
    }

    /** A new page when less than {@code needed} is left on this one. */
    private void room(float needed) throws IOException {
        if (canvas.y + needed > canvas.bottom()) {
            canvas.newPage(false);
        }
    }

    private void table(Block b, Grid g) throws IOException {
        boolean landscape = false;
        float size = TABLE;
        while (!g.measure(canvas, (landscape ? 842f : 595f) - 2 * TABLE_MARGIN, size)) {
            if (!landscape) {
                landscape = true;
            } else if (size > 6) {
                size -= 1;
            } else {
                break;
            }
        }
        canvas.newPage(landscape);
        float x0 = TABLE_MARGIN;
        float right = x0 + g.width();
        titleLines(b, x0, right);
        String unit = "单位：" + variant.unitText();
        canvas.text(x0, canvas.y, 10.5f, "部门：" + agencyName);
        canvas.text(right - canvas.width(unit, 10.5f), canvas.y, 10.5f, unit);
        canvas.y += 10.5f * 1.8f;
        int headerRows = g.header.size();
        int n = g.body.size();
        float headerHeight = 0;
        for (int i = 0; i < headerRows; i++) {
            headerHeight += g.heights[i];
        }
        int next = 0;
        boolean first = true;
        do {
            float room = canvas.bottom() - canvas.y - headerHeight;
            int k = 0;
            float used = 0;
            while (next + k < n && used + g.heights[headerRows + next + k] <= room) {
                used += g.heights[headerRows + next + k];
                k++;
            }
            if (g.keepTogether || k == 0) {
                k = g.keepTogether ? n - next : 1;
            }
            if (first && variant.splitLong() && !g.keepTogether && n >= Variant.LONG && k == n) {
                k = (n + 1) / 2;
            }
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < headerRows; i++) {
                rows.add(i);
            }
            for (int i = 0; i < k; i++) {
                rows.add(headerRows + next + i);
            }
            canvas.y += draw(g, rows, x0, canvas.y, size);
            next += k;
            first = false;
            if (next < n) {
                canvas.newPage(landscape);
            }
        } while (next < n);
        notes(b);
    }

    /** The number and title: "公开05表 title" on one line, or the number on a line of its own above the title. */
    private void titleLines(Block b, float x0, float right) throws IOException {
        float size = 16;
        String number = b.number();
        String title = b.title();
        if (!number.isEmpty() && variant.numberOwnLine()) {
            canvas.text(x0, canvas.y, 12, number);
            canvas.y += 12 * 1.8f;
        } else if (!number.isEmpty()) {
            title = number + " " + title;
        }
        canvas.text((x0 + right - canvas.width(title, size)) / 2, canvas.y, size, title);
        canvas.y += size * 1.8f;
        if (b.tableId().startsWith("perf_")) {
            String year = "（" + csv.year() + "年度）";
            canvas.text((x0 + right - canvas.width(year, 12)) / 2, canvas.y, 12, year);
            canvas.y += 12 * 1.8f;
        }
    }

    /** What is printed under a table: the 空表说明, the 三公 table's 相关统计数. */
    private void notes(Block b) throws IOException {
        float size = 10.5f;
        canvas.y += size * 0.8f;
        if (!b.emptyNote().isEmpty()) {
            canvas.text(TABLE_MARGIN, canvas.y, size, "注：" + b.emptyNote());
            canvas.y += size * 1.8f;
        }
        if (b.tableId().equals("three_public")) {
            List<Block.Printed> stats = b.rows().stream().filter(r -> !r.isMoney()).toList();
            if (!stats.isEmpty()) {
                canvas.text(TABLE_MARGIN, canvas.y, size, "相关统计数（公务用车购置数、保有量的单位：辆）：");
                canvas.y += size * 1.8f;
                for (Block.Printed r : stats) {
                    for (SourceCsv.Line l : r.cells().values()) {
                        String label = l.name() + "（" + l.unit() + "）";
                        canvas.text(TABLE_MARGIN + 2 * size, canvas.y, size, label);
                        canvas.text(TABLE_MARGIN + 2 * size + canvas.width(label, size) + 6 * size, canvas.y, size,
                                l.value());
                        canvas.y += size * 1.8f;
                    }
                }
            }
        }
    }

    /** Draws the given rows of the grid (header rows first) from {@code top}; returns the height drawn. */
    private float draw(Grid g, List<Integer> rowIndexes, float x0, float top, float size) throws IOException {
        List<List<Cell>> all = g.allRows();
        List<List<Cell>> rows = new ArrayList<>();
        float[] tops = new float[rowIndexes.size() + 1];
        tops[0] = top;
        for (int i = 0; i < rowIndexes.size(); i++) {
            rows.add(all.get(rowIndexes.get(i)));
            tops[i + 1] = tops[i] + g.heights[rowIndexes.get(i)];
        }
        List<int[]> at = Grid.place(rows, g.columnCount());
        List<float[]> boxes = new ArrayList<>();
        float lineHeight = size * Canvas.LINE;
        int k = 0;
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                int[] p = at.get(k++);
                float x = x0 + g.span(0, p[1]);
                float w = g.span(p[1], cell.colSpan());
                float y = tops[p[0]];
                float h = tops[Math.min(rows.size(), p[0] + cell.rowSpan())] - y;
                boxes.add(new float[] {x, y, w, h});
                List<String> lines = canvas.wrap(cell.text(), size, w - 2 * Canvas.PAD);
                float textTop = y + (h - lines.size() * lineHeight) / 2 + (lineHeight - size) / 2;
                for (String l : lines) {
                    float lw = canvas.width(l, size);
                    float lx = switch (cell.align()) {
                        case LEFT -> x + Canvas.PAD;
                        case RIGHT -> x + w - Canvas.PAD - lw;
                        case CENTER -> x + (w - lw) / 2;
                    };
                    canvas.text(lx, textTop, size, l);
                    textTop += lineHeight;
                }
            }
        }
        canvas.box(boxes);
        return tops[rows.size()] - top;
    }

    /** The narrative's sentences, grouped by section in the order the sections first appear. */
    static final class Sentences {

        private Sentences() {
        }

        static Map<String, List<String>> bySection(SourceCsv csv) {
            Map<String, List<String>> sections = new LinkedHashMap<>();
            String lastName = "";
            for (SourceCsv.Line l : csv.lines()) {
                if (!l.isNarrative()) {
                    continue;
                }
                String name = l.name().isEmpty() ? lastName : l.name();
                lastName = name;
                String section = l.section().isEmpty() ? "一、总体情况说明" : l.section();
                sections.computeIfAbsent(section, k -> new ArrayList<>()).add(sentence(l, name));
            }
            return sections;
        }

        static String sentence(SourceCsv.Line l, String name) {
            String v = l.value();
            boolean negative = v.startsWith("-");
            String abs = negative ? v.substring(1) : v;
            String who = l.detail().isEmpty() ? "" : l.detail();
            String text = switch (l.stat()) {
                case "prior" -> name + "上年为" + v + l.unit();
                case "change" -> isZero(v) ? name + "与上年持平"
                        : name + (negative ? "比上年减少" : "比上年增加") + abs + l.unit();
                case "change_pct" -> name + (negative ? "比上年下降" : "比上年增长") + abs + "%";
                case "pct" -> name + (l.note().isEmpty() ? "占比" : l.note()) + v + "%";
                case "diff_pct" -> name + "预决算差异率为" + v + "%";
                default -> who + name + (l.note().isEmpty() ? "" : "（" + l.note() + "）") + v + l.unit();
            };
            return text + "。";
        }

        private static boolean isZero(String v) {
            return v.replace("-", "").replace("0", "").replace(".", "").isEmpty();
        }
    }
}
