package org.budgetlens.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project paragraphs of a 预算 (项目名称：X … 预算安排规模：N 万元): the amount is the project's line of the
 * 项目支出 table, the function code the table gives the same project with the same amount (a project name can
 * stand under two codes; the amount tells them apart). Without exactly one such table row it is not read.
 */
final class ProjectScale {

    private static final Pattern NAME = Pattern.compile("^(\\d+\\.)?项目名称:(.+)$");
    private static final Pattern SCALE = Pattern.compile("^(预算安排规模|涉及资金|项目资金):(\\d+(?:\\.\\d+)?)(万元)(?![\\d\u066C])");

    private String project = "";
    /** Every project a paragraph names. */
    private final Set<String> named = new HashSet<>();
    private final List<Unmatched> unmatched = new ArrayList<>();

    private record Unmatched(String project, String value, String unit, String phrase, String section, int line,
            Unused reported) {
    }

    /** Reads a line (normalized); true when the line was a project name or a scale it read. */
    boolean line(String compact, int line, String section, List<Figure> figures, List<Unused> unused) {
        Matcher n = NAME.matcher(compact);
        if (n.matches()) {
            project = n.group(2);
            return true;
        }
        Matcher s = SCALE.matcher(compact);
        if (!s.find() || project.isEmpty()) {
            return false;
        }
        String value = s.group(2);
        BigDecimal amount = Numbers.decimal(value);
        Set<String> codes = new HashSet<>();
        for (Figure f : figures) {
            if (f.tableId().equals("gpb_project") && f.measure().equals("total") && !f.value().isEmpty()
                    && Numbers.compact(f.detail()).equals(project)
                    && Numbers.decimal(f.value()).compareTo(amount) == 0) {
                codes.add(f.lineCode());
            }
        }
        String code = codes.size() == 1 ? codes.iterator().next() : null;
        named.add(project);
        if (code == null) {
            Unused reported = new Unused(line, compact, "a project amount the 项目支出 table does not give for "
                    + project);
            unused.add(reported);
            unmatched.add(new Unmatched(project, value, s.group(3), s.group(1), section, line, reported));
            return true;
        }
        figures.add(new Figure("gpb_project", code, project, project, "total", "", "", value, s.group(3), "narrative",
                section, line, s.group(1)));
        return true;
    }

    /**
     * Once every paragraph is read: a paragraph whose project the table does not list under that name (seed 002:
     * 2022年综合业务费 in the text, 2022年稽核费 in 表七) is the table's project of the same amount when exactly one
     * table project has that amount and no paragraph names it; the figure says so in its note. Otherwise it stays
     * in the report.
     */
    void finish(List<Figure> figures, List<Unused> unused) {
        for (Unmatched u : unmatched) {
            BigDecimal amount = Numbers.decimal(u.value());
            Map<String, Figure> rows = new LinkedHashMap<>();
            for (Figure f : figures) {
                if (f.tableId().equals("gpb_project") && f.measure().equals("total") && f.origin().equals("table")
                        && !f.value().isEmpty() && !f.detail().isEmpty()
                        && !named.contains(Numbers.compact(f.detail()))
                        && Numbers.decimal(f.value()).compareTo(amount) == 0) {
                    rows.putIfAbsent(f.lineCode() + "|" + f.detail(), f);
                }
            }
            if (rows.size() != 1) {
                continue;
            }
            Figure row = rows.values().iterator().next();
            figures.add(new Figure("gpb_project", row.lineCode(), u.project(), row.detail(), "total", "", "",
                    u.value(), u.unit(), "narrative", u.section(), u.line(), u.phrase() + "; the paragraph names "
                            + u.project() + ", the 项目支出 table has no project of that name: filed under "
                            + row.detail() + " (line " + row.sourceLine() + "), the one project of this amount that "
                            + "no paragraph names"));
            unused.removeIf(x -> x == u.reported());
        }
    }
}
