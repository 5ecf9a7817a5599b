package org.budgetlens.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * Row labels of the summary tables and the procurement table to named line codes (docs/normalized-format.md). The
 * labels are data, {@code extract/vocabulary/summary_labels.csv}: per table and side (the income and expenditure
 * sides of the two-sided summaries, read for the fiscal summary too; procurement has none), a pattern matched against
 * the whole label and the line it names, each line checked against the catalogue when the class loads
 * ({@link Vocabulary}). A side's labels are tried in the file's order; the first that matches wins.
 */
final class Labels {

    record Label(Pattern pattern, String lineCode) {
    }

    /** The vocabulary file (extract/vocabulary/). */
    static final String RESOURCE = "summary_labels.csv";

    private static final Pattern NUMBERING = Pattern.compile(
            "^(\\(?[一二三四五六七八九十]+[)、.]+|\\d+[.、]|\\(\\d+\\)|其中[:：]?)+");

    private static final List<CSVRecord> ROWS = Vocabulary.read(RESOURCE);
    static final List<Label> INCOME_SIDE = side("summary", "income");
    static final List<Label> EXPENDITURE_SIDE = side("summary", "expenditure");
    static final List<Label> PROCUREMENT = side("procurement", "");

    /**
     * "收入合计" / "支出合计" without 本年: the grand total when the table has a 本年/当年 subtotal line above it
     * (Jiangsu: 当年收入小计, 上年结转资金, 收入合计), otherwise the year's total ({@link SummaryTableReader}).
     */
    static final Pattern INCOME_SUM = Pattern.compile("收入合计");
    static final Pattern EXPENDITURE_SUM = Pattern.compile("支出合计");

    private Labels() {
    }

    private static List<Label> side(String tableId, String side) {
        return ROWS.stream().filter(r -> r.get("table_id").equals(tableId) && r.get("side").equals(side))
                .map(r -> new Label(Pattern.compile(r.get("pattern")), r.get("line_code"))).toList();
    }

    /** The label without its numbering ("一、", "(一)", "1.", "其中：") and spaces. */
    static String clean(String label) {
        return NUMBERING.matcher(TableTitles.normalize(label)).replaceFirst("");
    }

    static Optional<String> find(List<Label> labels, String label) {
        String s = clean(label);
        for (Label l : labels) {
            if (l.pattern().matcher(s).matches()) {
                return Optional.of(l.lineCode());
            }
        }
        return Optional.empty();
    }
}
