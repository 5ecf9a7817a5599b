package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.Catalog;
import org.budgetlens.model.CsvResource;

/**
 * The titles of the standard tables, matched against the whole title line (spaces removed, the number "公开05表" or
 * "表五：", a leading "2023年" or "2017年度", the publishing unit ("部门", "预算单位", "江苏省高级人民法院部门"), a trailing
 * "(2024年度)" and "(功能科目)" cut off), never against the table's position or number. The patterns are data:
 * {@code extract/templates/table_titles.csv}, one row per wording and template family, each table id checked against
 * the catalogue when the class loads.
 */
final class TableTitles {

    record Title(String tableId, String family, Pattern pattern) {
    }

    static final String RESOURCE = "extract/templates/table_titles.csv";
    static final List<Title> ALL = load();

    private static List<Title> load() {
        List<Title> titles = new ArrayList<>();
        for (CSVRecord r : CsvResource.read(RESOURCE)) {
            String id = r.get("table_id");
            if (Catalog.standard().table(id).isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + (r.getRecordNumber() + 1) + ": table " + id
                        + " is not in the catalogue (catalog/tables.csv)");
            }
            titles.add(new Title(id, r.get("family"), Pattern.compile(r.get("pattern"))));
        }
        return List.copyOf(titles);
    }

    /** The publishing unit before the table's name: 部门, 单位, 预算单位, 部门(单位). */
    private static final Pattern UNIT_PREFIX = Pattern.compile("^(部门\\(单位\\)|部门|预算单位|单位)");
    /** An agency's name before 部门 / 单位 ("江苏省高级人民法院部门收支预算总表"): cut at the first of them. */
    private static final Pattern NAMED_UNIT_PREFIX = Pattern.compile("^[^:]{2,30}?(部门|预算单位|单位)");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(19|20)\\d{2}年度?");
    private static final Pattern CLASSIFICATION_SUFFIX = Pattern.compile("\\((功能|经济)(科目|分类)\\)$");

    /** 表一 … 表十九 or 表1 … 表99; a numeral, so 表五 of "表五一般公共预算…" keeps 一般. */
    private static final String TABLE_N = "表(十[一二三四五六七八九]?|[一二三四五六七八九]|\\d{1,2})";
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "^(公开\\d{1,2}表|" + TABLE_N + "[:：]?|\\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、)");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("(公开\\d{1,2}表|公开表(十[一二]?|[一二三四五六七八九]|\\d{1,2}))$");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\(?(金额)?单位:?(万元|千元|亿元|元)\\)?$");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("\\(\\d{4}年度?\\)$");
    /**
     * A fund named after the title, "“三公”经费…支出预算表（一般公共预算）": the same title as the usual
     * "一般公共预算“三公”经费…支出预算表", so the fund is moved in front, where the catalogue's wordings have it.
     */
    private static final Pattern FUND_SUFFIX = Pattern.compile(
            "^(.*表)\\((一般公共预算|政府性基金预算|政府性基金|国有资本经营预算|财政拨款)\\)$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^(公开\\d{1,2}表|" + TABLE_N + ")[:：]?$");

    /** A table going on after a page break: "（续）", "续表". */
    static final Pattern CONTINUED = Pattern.compile("\\(续(表)?\\)$|^续表[:：]?|续表$");
    private static final Pattern NUMBER = Pattern.compile("公开\\d{1,2}表|公开表(十[一二]?|[一二三四五六七八九]|\\d{1,2})|"
            + TABLE_N);

    private TableTitles() {
    }

    /** The canonical table a title line names, if any. */
    static Optional<String> match(String line) {
        if (line.indexOf('\t') >= 0 || line.length() > 60 || line.indexOf('表') < 0) {
            return Optional.empty(); // every title names a 表
        }
        String s = normalize(line);
        s = NUMBER_PREFIX.matcher(s).replaceFirst("");
        s = NUMBER_SUFFIX.matcher(s).replaceFirst("");
        s = YEAR_SUFFIX.matcher(s).replaceFirst("");
        s = UNIT_SUFFIX.matcher(s).replaceFirst(""); // 支出决算表（单位：万元）
        s = YEAR_SUFFIX.matcher(s).replaceFirst("");
        s = CLASSIFICATION_SUFFIX.matcher(s).replaceFirst("");
        s = CONTINUED.matcher(s).replaceAll(""); // 一般公共预算财政拨款支出决算表（续）: the same table going on
        s = CLASSIFICATION_SUFFIX.matcher(s).replaceFirst("");
        s = FUND_SUFFIX.matcher(s).replaceFirst("$2$1");
        s = YEAR_PREFIX.matcher(s).replaceFirst("");
        Optional<String> id = matchName(s);
        if (id.isEmpty()) {
            id = matchName(UNIT_PREFIX.matcher(s).replaceFirst(""));
        }
        if (id.isEmpty()) {
            id = matchName(NAMED_UNIT_PREFIX.matcher(s).replaceFirst(""));
        }
        return id;
    }

    private static Optional<String> matchName(String s) {
        for (Title title : ALL) {
            if (title.pattern().matcher(s).matches()) {
                return Optional.of(title.tableId());
            }
        }
        return Optional.empty();
    }

    /** The table number written in the title line itself or on a line of its own ("公开05表", "表五："). */
    static Optional<String> number(String line) {
        String s = normalize(line);
        java.util.regex.Matcher m = NUMBER.matcher(s);
        if (NUMBER_LINE.matcher(s).matches() || (m.find() && m.start() == 0) || NUMBER_SUFFIX.matcher(s).find()) {
            m.reset();
            return m.find() ? Optional.of(m.group()) : Optional.empty();
        }
        return Optional.empty();
    }

    static boolean isNumberLine(String line) {
        return NUMBER_LINE.matcher(normalize(line)).matches();
    }

    /** Spaces removed, full-width brackets and quotes made ASCII. */
    static String normalize(String text) {
        return Numbers.compact(text).replace('（', '(').replace('）', ')').replace('“', '"').replace('”', '"')
                .replace('：', ':');
    }
}
