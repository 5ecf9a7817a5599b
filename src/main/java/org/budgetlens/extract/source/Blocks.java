package org.budgetlens.extract.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetlens.extract.document.Block;
import org.budgetlens.extract.document.Box;
import org.budgetlens.extract.document.Cell;
import org.budgetlens.extract.document.Document;
import org.budgetlens.extract.document.Row;
import org.budgetlens.extract.document.Where;

/**
 * Laid-out lines, from whichever adapter, assembled into the document model: running text into headings and
 * paragraphs, the rows of one table into a table block with its title, number and unit from the lines printed above
 * it and its header rows (the leading rows that hold no number) apart from its body; a table going on over a page
 * break, with nothing but page artefacts between, is one table, its repeated header dropped.
 */
final class Blocks {

    /**
     * A heading: a short line ending no sentence that opens like a heading ({@link DocumentLayout#OPENS_HEADING}:
     * "一、", "（二）", "第三部分", "1.") or is shorter still, or ends with 表.
     */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。；;！？，,]$");
    private static final int HEADING_CHARS = 40;
    /** A table's printed number: 公开05表, 表五, 表5, 附表3. */
    private static final Pattern NUMBER = Pattern.compile(
            "(公开\\s*\\d{1,2}\\s*表|附表\\s*[一二三四五六七八九十\\d]{1,3}|(?<![\\u4e00-\\u9fa5])表\\s*[一二三四五六七八九十\\d]{1,3}"
                    + "(?![\\u4e00-\\u9fa5\\d]))");
    private static final Pattern UNIT = Pattern.compile("单位\\s*[:：]\\s*(千?万?亿?元)");
    /** How many text blocks above a table are searched for its title, number and unit. */
    private static final int ABOVE = 4;

    private Blocks() {
    }

    static Document assemble(String file, Where.Form form, int pages, List<LaidLine> lines, List<String> notes) {
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        LaidLine first = null;
        for (LaidLine l : lines) {
            if (l.kind() == LaidLine.Kind.TABLE_ROW && !isCaption(l)) {
                if (first != null && !sameTable(first, rows, l)) {
                    closeTable(blocks, rows, first, file, form);
                    rows = new ArrayList<>();
                    first = null;
                }
                if (first == null) {
                    first = l;
                }
                rows.add(row(l, file, form));
                continue;
            }
            if (l.kind() == LaidLine.Kind.ARTEFACT) {
                blocks.add(artefact(l, file, form));
                continue; // a table goes on over a page break: artefacts between its parts do not close it
            }
            if (first != null) {
                closeTable(blocks, rows, first, file, form);
                rows = new ArrayList<>();
                first = null;
            }
            blocks.add(text(l, file, form));
        }
        if (first != null) {
            closeTable(blocks, rows, first, file, form);
        }
        return new Document(file, form, pages, blocks, notes);
    }

    /**
     * Rule caption-in-columns: a line of text set in columns outside any ruled table that holds no number and names
     * the unit or the 部门 ("部门：江苏省政协办公厅 | 单位：万元") is the caption above a table, not a table of its own.
     */
    private static boolean isCaption(LaidLine l) {
        return l.table() == 0 && l.line() == 0 && CAPTION.matcher(l.text()).find()
                && !row(l, "", Where.Form.PDF).holdsNumber();
    }

    private static final Pattern CAPTION = Pattern.compile("(单位|部门)\\s*[:：]");

    /**
     * Whether a row belongs to the table being gathered: the same table of the same page, or, on a later page, the
     * first ruled table there with as many columns (the table going on), or a text form's next TAB line.
     */
    private static boolean sameTable(LaidLine first, List<Row> rows, LaidLine l) {
        Row last = rows.get(rows.size() - 1);
        if (l.line() > 0) {
            return l.line() == last.at().line() + 1;
        }
        if (l.page() == last.at().page()) {
            return l.table() == last.at().table();
        }
        return l.page() == last.at().page() + 1 && l.table() <= 1 && l.text().split("\t", -1).length
                == first.text().split("\t", -1).length;
    }

    private static Where where(LaidLine l, String file, Where.Form form) {
        Box box = form == Where.Form.PDF ? new Box(l.left(), l.top(), l.right(), l.bottom()) : null;
        return new Where(file, l.page(), l.line(), l.table(), l.row(), form, box);
    }

    private static Row row(LaidLine l, String file, Where.Form form) {
        List<Cell> cells = l.cells();
        if (cells.isEmpty()) {
            String[] texts = l.text().split("\t", -1);
            List<Cell> plain = new ArrayList<>();
            for (int j = 0; j < texts.length; j++) {
                plain.add(new Cell(texts[j], j, 1, null));
            }
            cells = plain;
        }
        return new Row(cells, where(l, file, form));
    }

    private static Block artefact(LaidLine l, String file, Where.Form form) {
        boolean number = DocumentLayout.PAGE_NUMBER.matcher(l.text().strip()).matches();
        return new Block.Artefact(l.text(), number ? Block.Artefact.Kind.PAGE_NUMBER : Block.Artefact.Kind.RUNNING_HEAD,
                where(l, file, form));
    }

    private static Block text(LaidLine l, String file, Where.Form form) {
        String t = l.text().strip();
        boolean heading = !t.isEmpty() && t.length() <= HEADING_CHARS && !ENDS_SENTENCE.matcher(t).find()
                && (DocumentLayout.OPENS_HEADING.matcher(t).find() || t.length() <= HEADING_CHARS / 2 || t.endsWith("表"));
        return heading ? new Block.Heading(l.text(), where(l, file, form)) : new Block.Paragraph(l.text(), where(l, file, form));
    }

    /** The rows gathered closed into a table block, its title, number and unit looked for in the text above it. */
    private static void closeTable(List<Block> blocks, List<Row> rows, LaidLine first, String file,
            Where.Form form) {
        String title = "";
        String number = "";
        String unit = "";
        int seen = 0;
        for (int i = blocks.size() - 1; i >= 0 && seen < ABOVE; i--) {
            Block b = blocks.get(i);
            if (b instanceof Block.Table) {
                break;
            }
            String t = b instanceof Block.Heading h ? h.text() : b instanceof Block.Paragraph p ? p.text() : null;
            if (t == null) {
                continue;
            }
            seen++;
            Matcher u = UNIT.matcher(t);
            if (unit.isEmpty() && u.find()) {
                unit = u.group(1);
            }
            Matcher n = NUMBER.matcher(t);
            if (number.isEmpty() && n.find()) {
                number = n.group(1).replaceAll("\\s", "");
            }
            String rest = NUMBER.matcher(UNIT.matcher(t).replaceAll("")).replaceAll("").strip();
            if (title.isEmpty() && rest.contains("表") && rest.length() >= 4) {
                title = t.strip();
            }
        }
        if (unit.isEmpty()) {
            for (Row r : rows.subList(0, Math.min(2, rows.size()))) {
                Matcher u = UNIT.matcher(r.text());
                if (u.find()) {
                    unit = u.group(1);
                    break;
                }
            }
        }
        List<Row> header = new ArrayList<>();
        List<Row> body = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (body.isEmpty() && !r.holdsNumber()) {
                header.add(r);
            } else if (i > 0 && r.at().page() != rows.get(i - 1).at().page() && !goesOn(header, rows, i)) {
                // rule next-table-on-next-page: rows at a page's top that are not the header again open a table
                blocks.add(new Block.Table(title, number, unit, header, body, rows.get(0).at()));
                closeTable(blocks, rows.subList(i, rows.size()), first, file, form);
                return;
            } else if (!(r.at().page() != rows.get(0).at().page() && repeats(header, r))) {
                body.add(r);
            }
        }
        blocks.add(new Block.Table(title, number, unit, header, body, rows.get(0).at()));
    }

    /**
     * Whether the rows from {@code i} (the top of a new page) go on the table: the rows before their first number are
     * all the table's header printed again (or there are none).
     */
    private static boolean goesOn(List<Row> header, List<Row> rows, int i) {
        for (int k = i; k < rows.size() && !rows.get(k).holdsNumber(); k++) {
            if (!repeats(header, rows.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A header row printed again at the top of the page a table goes on to. */
    private static boolean repeats(List<Row> header, Row r) {
        String t = r.text().replaceAll("\\s", "");
        return !r.holdsNumber() && header.stream().anyMatch(h -> h.text().replaceAll("\\s", "").equals(t));
    }
}
