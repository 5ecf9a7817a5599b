package org.budgetlens.extract;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
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
        if (code == null) {
            unused.add(new Unused(line, compact, "a project amount the 项目支出 table does not give for " + project));
            return true;
        }
        figures.add(new Figure("gpb_project", code, project, project, "total", "", "", value, s.group(3), "narrative",
                section, line, s.group(1)));
        return true;
    }
}
