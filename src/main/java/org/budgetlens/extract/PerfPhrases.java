package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * The phrase catalogue of 绩效 narrative (the 绩效 section of a disclosure, a 整体支出绩效自评报告): the words right
 * before a number, and what the number is. Table {@code ctx} is the one the sentence talks about (整体支出 →
 * perf_dept, 项目 → perf_project); line {@code cur} is the line a previous amount of the section named (实际支出
 * after 基本支出全年预算总额), {@code ind} the indicator whose paragraph is open (该指标预期指标值为 …); measure
 * {@code same} is the measure of the previous figure of the sentence (其中：人员经费 … after 全年预算总额).
 * A base with a colon names another table's line and measure (table:line:measure).
 * Flags: N negative (调减), C the subject becomes the current line, P only for a named project (为X项目,),
 * I only inside an indicator paragraph. The phrases are data, {@code extract/vocabulary/perf_phrases.csv}, each
 * table, line, measure and base checked against the catalogue when the class loads ({@link Vocabulary}).
 */
final class PerfPhrases {

    /** One phrase: pattern on the text right before the number. */
    record Phrase(Pattern pattern, String table, String line, String measure, String stat, String baseMeasure,
            String flags) {

        boolean flag(char f) {
            return flags.indexOf(f) >= 0;
        }
    }

    /** The vocabulary file (extract/vocabulary/). */
    static final String RESOURCE = "perf_phrases.csv";

    /** The phrases in the file's order: of two that end at the number with the same length, the first wins. */
    static final List<Phrase> ALL = load();

    private PerfPhrases() {
    }

    /** Each row's words, matched up to the number (an optional colon between them). */
    private static List<Phrase> load() {
        List<Phrase> phrases = new ArrayList<>();
        for (CSVRecord r : Vocabulary.read(RESOURCE)) {
            phrases.add(new Phrase(Pattern.compile("(" + r.get("pattern") + "):?$"), r.get("table_id"),
                    r.get("line_code"), r.get("measure"), r.get("stat"), r.get("base"), r.get("flags")));
        }
        return List.copyOf(phrases);
    }
}
