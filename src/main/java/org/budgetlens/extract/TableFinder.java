package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the tables of a document: a title line, its number and unit lines, then TAB-separated rows. */
final class TableFinder {

    private static final Pattern UNIT = Pattern.compile("单位[:：]?\\s*(万元|千元|亿元|元)");
    private static final Pattern NOTE = Pattern.compile("^(注|备注|说明)[:：]");
    private static final int LOOKAHEAD = 8;
    private static final int FRAGMENT = 16;
    private static final Pattern META = Pattern.compile(
            "^((单位|部门|预算单位|填报单位|编制单位|编制部门)(名称)?:|(金额)?单位:?(万元|千元|亿元|元)$)");
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第.+部分)");

    private TableFinder() {
    }

    /** @param artifacts the document's page numbers and running heads, passed over between rows */
    static List<TableBlock> find(SourceText doc, PageArtifacts artifacts) {
        List<TableBlock> tables = new ArrayList<>();
        int n = doc.lineCount();
        int i = 1;
        while (i <= n) {
            String text = doc.line(i);
            Optional<String> id = TableTitles.match(text);
            if (id.isEmpty() || text.isBlank()) {
                i++;
                continue;
            }
            TableBlock block = readBlock(doc, i, id.get(), artifacts);
            if (block == null) {
                i++;
                continue;
            }
            TableBlock before = tables.isEmpty() ? null : tables.get(tables.size() - 1);
            if (before != null && before.tableId().equals(block.tableId())
                    && TableTitles.CONTINUED.matcher(TableTitles.normalize(block.title())).find()) {
                tables.set(tables.size() - 1, continued(before, block)); // rule table-continued: one table
            } else {
                tables.add(block);
            }
            int last = lastLine(block);
            i = last + 1;
        }
        return byContent(doc, tables);
    }

    /**
     * Rule table-continued: a table whose title says it goes on ("（续）", "续表") after a table of the same id is
     * that table: its rows follow the first part's, under the first part's header.
     */
    private static TableBlock continued(TableBlock first, TableBlock next) {
        List<TableBlock.Row> rows = new ArrayList<>(first.rows());
        rows.addAll(withoutRepeatedHeader(next.rows(), first.header()));
        return new TableBlock(first.tableId(), first.title(), first.number(), first.unit(), first.titleLine(),
                first.header(), rows, next.note().isEmpty() ? first.note() : next.note(),
                next.noteLine() > 0 ? next.noteLine() : first.noteLine(), first.recognisedBy());
    }

    private static int lastLine(TableBlock block) {
        return block.noteLine() > 0 ? block.noteLine()
                : !block.rows().isEmpty() ? block.rows().get(block.rows().size() - 1).line()
                : !block.header().isEmpty() ? block.header().get(block.header().size() - 1).line()
                : block.titleLine(); // only the 部门／单位 line under the title: nothing else to skip
    }

    /** A run of rows outside every titled table needs this many rows holding a number to be a table. */
    private static final int CONTENT_ROWS = 3;

    /**
     * Rule table-by-content: the runs of rows that no titled table took are tables when what they hold says which
     * ({@link ContentRules}: their codes, header words, and the words of the text above them) and the text above
     * them prints the unit; they are added in document order, recognised by content.
     */
    private static List<TableBlock> byContent(SourceText doc, List<TableBlock> titled) {
        boolean[] taken = new boolean[doc.lineCount() + 2];
        for (TableBlock b : titled) {
            for (int l = b.titleLine(); l <= lastLine(b); l++) {
                taken[l] = true;
            }
        }
        List<TableBlock> all = new ArrayList<>(titled);
        int i = 1;
        while (i <= doc.lineCount()) {
            if (taken[i] || doc.line(i).indexOf('\t') < 0) {
                i++;
                continue;
            }
            int from = i;
            List<TableBlock.Row> rows = new ArrayList<>();
            while (i <= doc.lineCount() && !taken[i] && (doc.line(i).indexOf('\t') >= 0 || doc.line(i).isBlank())) {
                if (!doc.line(i).isBlank() && !isMetaRow(doc.line(i))) {
                    rows.add(new TableBlock.Row(i, List.of(doc.line(i).split("\t", -1))));
                }
                i++;
            }
            TableBlock before = previous(all, from);
            if (before != null && continues(doc, from, taken)) {
                // rule table-continued: rows under "续表" / "（续）" go on the table before them, whatever they hold
                all.set(all.indexOf(before), continued(before, new TableBlock(before.tableId(), "", "", before.unit(),
                        from, List.of(), rows, "", 0, before.recognisedBy())));
                continue;
            }
            contentBlock(doc, from, rows, taken).ifPresent(all::add);
        }
        all.sort(java.util.Comparator.comparingInt(TableBlock::titleLine));
        return all;
    }

    /** The table that ends last before a line, if any. */
    private static TableBlock previous(List<TableBlock> tables, int line) {
        TableBlock before = null;
        for (TableBlock b : tables) {
            if (lastLine(b) < line && (before == null || lastLine(b) > lastLine(before))) {
                before = b;
            }
        }
        return before;
    }

    /** Whether the text right above a run of rows says a table goes on there ("续表", "（续）"). */
    private static boolean continues(SourceText doc, int from, boolean[] taken) {
        for (int k = from - 1, seen = 0; k >= 1 && seen < 3 && !taken[k]; k--) {
            String text = TableTitles.normalize(doc.line(k));
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            if (TableTitles.CONTINUED.matcher(text).find() || text.equals("续表") || text.equals("(续)")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<TableBlock> contentBlock(SourceText doc, int from, List<TableBlock.Row> rows,
            boolean[] taken) {
        if (rows.stream().filter(TableBlock.Row::hasNumber).count() < CONTENT_ROWS) {
            return Optional.empty();
        }
        int split = headerEnd(rows);
        List<TableBlock.Row> header = List.copyOf(rows.subList(0, split));
        List<TableBlock.Row> body = List.copyOf(rows.subList(split, rows.size()));
        StringBuilder above = new StringBuilder();
        String unit = "";
        String title = "";
        int titleLine = from;
        for (int k = from - 1, seen = 0; k >= 1 && seen < 3 && !taken[k]; k--) {
            String text = doc.line(k);
            if (text.isBlank()) {
                continue;
            }
            seen++;
            above.insert(0, text + " ");
            Matcher m = UNIT.matcher(text);
            if (unit.isEmpty() && m.find()) {
                unit = m.group(1);
            }
            if (title.isEmpty() && !META.matcher(TableTitles.normalize(text)).find() && !isMetaRow(text)
                    && text.indexOf('\t') < 0) {
                title = text.strip();
                titleLine = k;
            }
        }
        for (TableBlock.Row h : header) {
            Matcher m = UNIT.matcher(String.join(" ", h.cells()));
            if (unit.isEmpty() && m.find()) {
                unit = m.group(1);
            }
        }
        Optional<String> id = ContentRules.match(header, body, above.toString());
        if (id.isEmpty() || unit.isEmpty()) {
            return Optional.empty(); // a table whose unit is not printed is never booked by its content alone
        }
        return Optional.of(new TableBlock(id.get(), title, TableTitles.number(title).orElse(""), unit, titleLine,
                header, body, "", 0, TableBlock.Recognition.CONTENT));
    }

    private static TableBlock readBlock(SourceText doc, int titleLine, String tableId, PageArtifacts artifacts) {
        String number = TableTitles.number(doc.line(titleLine)).orElse("");
        String unit = "";
        int before = previousNonBlank(doc, titleLine);
        if (number.isEmpty() && before > 0 && TableTitles.isNumberLine(doc.line(before))) {
            number = TableTitles.number(doc.line(before)).orElse("");
        }
        int i = titleLine + 1;
        int seen = 0;
        while (i <= doc.lineCount() && doc.line(i).indexOf('\t') < 0) {
            String text = doc.line(i);
            if (!text.isBlank()) {
                if (TableTitles.match(text).isPresent() || ++seen > LOOKAHEAD) {
                    return null;
                }
                if (number.isEmpty() && TableTitles.isNumberLine(text)) {
                    number = TableTitles.number(text).orElse("");
                }
                Matcher m = UNIT.matcher(text);
                if (m.find()) {
                    unit = m.group(1);
                }
            }
            i++;
        }
        if (i > doc.lineCount()) {
            return null;
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        int lastRow = i;
        while (i <= doc.lineCount()) {
            String text = doc.line(i);
            if (text.indexOf('\t') >= 0 && isMetaRow(text)) {
                Matcher m = UNIT.matcher(text); // 单位名称：… | | | 单位：万元, laid out as a row
                unit = unit.isEmpty() && m.find() ? m.group(1) : unit;
                lastRow = i;
            } else if (text.indexOf('\t') >= 0) {
                rows.add(new TableBlock.Row(i, List.of(text.split("\t", -1))));
                lastRow = i;
            } else if (!text.isBlank() && !artifacts.isArtifact(text) && !isCellFragment(doc, i)) {
                break; // a page number, a running head or the end of a wrapped cell does not end the table
            }
            i++;
        }
        String note = "";
        int noteLine = 0;
        int next = nextNonBlank(doc, lastRow);
        if (next > 0 && NOTE.matcher(doc.line(next).strip()).find()) {
            note = doc.line(next).strip();
            noteLine = next;
        }
        int split = headerEnd(rows);
        String title = doc.line(titleLine).strip();
        Matcher inTitle = UNIT.matcher(title);
        if (unit.isEmpty() && inTitle.find()) {
            unit = inTitle.group(1); // 支出决算表（单位：万元）
        }
        List<TableBlock.Row> header = List.copyOf(rows.subList(0, split));
        return new TableBlock(tableId, title, number, unit.isEmpty() ? "万元" : unit, titleLine, header,
                withoutRepeatedHeader(rows.subList(split, rows.size()), header), note, noteLine,
                TableBlock.Recognition.TITLE);
    }

    /** Data rows but the header rows a page break repeated among them. */
    private static List<TableBlock.Row> withoutRepeatedHeader(List<TableBlock.Row> rows, List<TableBlock.Row> header) {
        Set<String> headerTexts = new HashSet<>();
        header.forEach(h -> headerTexts.add(Numbers.compact(String.join("", h.cells()))));
        return rows.stream().filter(r -> !headerTexts.contains(Numbers.compact(String.join("", r.cells())))).toList();
    }

    /** The index of the first data row: header rows hold no number except a column numbering 1, 2, 3 … */
    private static int headerEnd(List<TableBlock.Row> rows) {
        for (int k = 0; k < rows.size(); k++) {
            TableBlock.Row row = rows.get(k);
            if (row.cells().stream().anyMatch(c -> Numbers.compact(c).equals("栏次"))) {
                continue;
            }
            List<String> numbers = row.cells().stream().map(Numbers::cell).filter(x -> x != null).toList();
            boolean numbering = !numbers.isEmpty();
            for (int j = 0; j < numbers.size(); j++) {
                numbering &= numbers.get(j).equals(Integer.toString(j + 1));
            }
            boolean hasText = row.cells().stream().anyMatch(c -> !Numbers.blank(c) && Numbers.cell(c) == null);
            if (!numbers.isEmpty() && !(numbering && (!hasText || numbers.size() > 2))) {
                return k;
            }
        }
        return rows.size();
    }

    /**
     * "事务支出" on a line of its own between two rows: the end of a cell the conversion wrapped (its amounts are on
     * the row before). A short line of words, not a title, heading, note or sentence, with a row right after it.
     */
    private static boolean isCellFragment(SourceText doc, int line) {
        String text = TableTitles.normalize(doc.line(line));
        int next = nextNonBlank(doc, line);
        return text.length() <= FRAGMENT && !text.contains("。") && !text.endsWith("表") && !NOTE.matcher(text).find()
                && TableTitles.match(text).isEmpty() && !TableTitles.isNumberLine(text) && !HEADING.matcher(text).find()
                && next > 0 && doc.line(next).indexOf('\t') >= 0
                && new TableBlock.Row(next, List.of(doc.line(next).split("\t", -1))).hasNumber();
    }

    /** A row that only names the unit and the amount unit (单位名称：X局 | | 单位：万元): not a row of the table. */
    private static boolean isMetaRow(String text) {
        boolean any = false;
        for (String cell : text.split("\t")) {
            String c = TableTitles.normalize(cell);
            if (c.isEmpty()) {
                continue;
            }
            if (!META.matcher(c).find()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static int previousNonBlank(SourceText doc, int line) {
        for (int k = line - 1; k >= 1 && k >= line - 3; k--) {
            if (!doc.line(k).isBlank()) {
                return k;
            }
        }
        return 0;
    }

    private static int nextNonBlank(SourceText doc, int line) {
        for (int k = line + 1; k <= doc.lineCount() && k <= line + 3; k++) {
            if (!doc.line(k).isBlank()) {
                return k;
            }
        }
        return 0;
    }
}
