package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 绩效 narrative with {@link PerfPhrases}: the 绩效 section of a disclosure and the whole of a 整体支出绩效
 * 自评报告 (but its 机构/人员 section). Keeps, across the sentences of a section, the current line and the open
 * project; across the document, the indicator count: each "X：该指标预期指标值为 …" opens the next indicator
 * (ind1, ind2 …) of the table the sentence is about, named X. A project is named by "1. X项目绩效自评情况：" or
 * "为X项目,"; a count of projects is "N个项目" / "项目N个" / "项目共N个" / "N项…项目" (not "共计N个项目", a part of a
 * category, nor "(含…项目N个)", a part of the count before it).
 */
final class PerfNarrative {

    /** A number and its unit; thousands grouped as NarrativeReader.normalize marks them, never a fragment of one. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.\u066C\u201A])(\\d{1,3}(?:\u066C\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(万元|万(?=[,;:)]|$)|%|分|个|项|人次|人|家)");
    /** "甲项目自评得分" (its clause): the project a score names. */
    private static final Pattern NAMED_SCORE = Pattern.compile("^(?:其中)?([^,;:。]{1,30}?)项目(?:绩效)?自评得分为?$");
    /** "稳定在95%以上", "不低于90%": a bound, not the value of a figure. */
    private static final Pattern BOUND_AFTER = Pattern.compile("以上|以下|左右|以内");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(不低于|不少于|不超过|不高于|超过|低于|高于|约)$");
    /** Words that make a bare 万 (支出2.25万,) an amount in 万元. */
    private static final Pattern MONEY_WORDS = Pattern.compile("支出|经费|资金|预算|金额|费");
    private static final Pattern INDICATOR = Pattern.compile("([^,;:。]+):该指标预期指标值");
    private static final Pattern PROJECT = Pattern.compile(
            "(?:\\d+\\.)?([^,;:。\"]+?)(?:项目)?绩效自评情况:|为([^,;:。\"]+?)项目,");
    private static final Pattern CONTEXT = Pattern.compile("整体支出|项目(?!支出)");

    private final String defaultTable;
    private int indicators;
    private String indicatorName = "";
    private String indicatorTable = "";
    private String project = "";
    private String curTable = "";
    private String curLine = "";
    private final List<CrossReferences.Mention> mentions = new ArrayList<>();

    PerfNarrative(boolean performanceReport) {
        this.defaultTable = performanceReport ? "perf_dept" : "perf_project";
    }

    /** Whether a sentence of this topic is 绩效 narrative. */
    static boolean handles(String topic, boolean performanceReport) {
        return topic.equals("perf") || performanceReport && !topic.equals("org");
    }

    void read(String sentence, int offset, List<Integer> lineOf, boolean sectionStart, String section,
            List<Figure> figures, List<Unused> unused) {
        if (sectionStart) {
            curTable = "";
            curLine = "";
            project = "";
            indicatorName = "";
        }
        Matcher ind = INDICATOR.matcher(sentence);
        int indicatorAt = ind.find() ? ind.end() : Integer.MAX_VALUE;
        String lastMeasure = "";
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String prefix = sentence.substring(0, m.start());
            if (m.start() >= indicatorAt) {
                indicators++;
                indicatorName = ind.group(1);
                indicatorTable = table(prefix);
                indicatorAt = Integer.MAX_VALUE;
            }
            Matcher pm = PROJECT.matcher(prefix);
            while (pm.find()) {
                project = pm.group(1) != null ? pm.group(1) : pm.group(2);
            }
            int line = lineOf.get(offset + m.start(1));
            String value = m.group(1).replace("\u066C", "");
            String unit = m.group(2);
            if (unit.equals("万")) {
                if (!MONEY_WORDS.matcher(clauseStart(prefix)).find()) {
                    unused.add(new Unused(line, tail(prefix) + value + unit, "万 without 元 outside a clause about "
                            + "money: not read"));
                    continue;
                }
                unit = "万元"; // "2023年度支出2.25万,"
            }
            if ((unit.equals("个") || unit.equals("项")) && projectCount(sentence, prefix, m.end())) {
                figures.add(figure("perf_project", "projects", "项目", "", "count", "", "", value, unit, section,
                        line));
                continue;
            }
            PerfPhrases.Phrase p = phrase(prefix);
            String why = p == null ? "no 绩效 phrase before the number" : applicable(p, lastMeasure);
            if (why != null) {
                Unused reported = new Unused(line, tail(prefix) + value + unit, why);
                unused.add(reported);
                if (p == null && !BOUND_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
                        && !BOUND_BEFORE.matcher(prefix).find()) {
                    mentions.add(new CrossReferences.Mention(line, value, unit,
                            clauseStart(prefix) + sentence.substring(m.start(), clauseEnd(sentence, m.end())), section,
                            reported));
                }
                continue;
            }
            String table = p.table().equals("ind") ? indicatorTable : p.table().equals("ctx") ? table(prefix)
                    : p.table().equals("cur") ? curTable : p.table();
            String code = p.line().equals("ind") ? "ind" + indicators : p.line().equals("cur") ? curLine : p.line();
            String measure = p.measure().equals("same") ? lastMeasure : p.measure();
            String name = p.line().equals("ind") ? indicatorName : p.line().equals("cur") ? code : lastWords(prefix);
            String detail = table.equals("perf_project") && !code.equals("projects") ? project : "";
            Matcher named = NAMED_SCORE.matcher(clauseStart(prefix));
            if (code.equals("overall") && table.equals("perf_project") && named.find()) {
                detail = named.group(1); // "其中，甲项目自评得分94.5分，乙项目自评得分92分": each project's own
            }
            String base = p.stat().isEmpty() ? "" : p.baseMeasure().contains(":") ? p.baseMeasure()
                    : code + ":" + p.baseMeasure();
            String u = p.stat().equals("pct") ? "%" : unit;
            figures.add(figure(table, code, name, detail, measure, p.stat(), base,
                    p.flag('N') ? "-" + value : value, u, section, line));
            lastMeasure = measure;
            if (p.flag('C')) {
                curTable = table;
                curLine = code;
            }
        }
    }

    private String applicable(PerfPhrases.Phrase p, String lastMeasure) {
        if (p.flag('I') && indicatorName.isEmpty()) {
            return "an indicator phrase outside an indicator paragraph";
        } else if (p.flag('P') && project.isEmpty()) {
            return "a project amount before the project is named";
        } else if (p.measure().equals("same") && lastMeasure.isEmpty()) {
            return "a part (其中) without the measure of its whole";
        } else if (p.table().equals("cur") && curLine.isEmpty()) {
            return "an amount whose line the section has not named";
        }
        return null;
    }

    private static PerfPhrases.Phrase phrase(String prefix) {
        PerfPhrases.Phrase best = null;
        int bestLength = 0;
        for (PerfPhrases.Phrase p : PerfPhrases.ALL) {
            Matcher m = p.pattern().matcher(prefix);
            if (m.find() && m.end() - m.start() > bestLength) {
                best = p;
                bestLength = m.end() - m.start();
            }
        }
        return best;
    }

    /** perf_dept after 整体支出, perf_project after 项目 (not 项目支出), named last before the number. */
    private String table(String prefix) {
        Matcher m = CONTEXT.matcher(prefix);
        String table = "";
        while (m.find()) {
            table = m.group().equals("整体支出") ? "perf_dept" : "perf_project";
        }
        return table.isEmpty() ? defaultTable : table;
    }

    private static boolean projectCount(String sentence, String prefix, int end) {
        String after = sentence.substring(end, Math.min(sentence.length(), end + 6));
        int open = prefix.lastIndexOf('(');
        boolean insidePart = open >= 0 && prefix.indexOf(')', open) < 0 && prefix.startsWith("含", open + 1);
        return (after.contains("项目") || prefix.endsWith("项目") || prefix.endsWith("项目共")) && !prefix.endsWith("共计")
                && !insidePart;
    }

    /** Numbers no phrase placed, for {@link CrossReferences} once the whole document is read. */
    List<CrossReferences.Mention> mentions() {
        return mentions;
    }

    /** The clause a number's words begin in: after the last , ; or : before it. */
    private static String clauseStart(String prefix) {
        return prefix.substring(Math.max(Math.max(prefix.lastIndexOf(','), prefix.lastIndexOf(';')),
                prefix.lastIndexOf(':')) + 1);
    }

    /** Where the clause of a number ends: the next , ; or : after it, or the end of the sentence. */
    private static int clauseEnd(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
        }
        return sentence.length();
    }

    private static String lastWords(String prefix) {
        String s = prefix.replaceAll(".*[,;:。]", "");
        return s.replaceFirst("为$", "");
    }

    private static String tail(String prefix) {
        return prefix.length() > 30 ? prefix.substring(prefix.length() - 30) : prefix;
    }

    private static Figure figure(String table, String code, String name, String detail, String measure, String stat,
            String base, String value, String unit, String section, int line) {
        return new Figure(table, code, name, detail, measure, stat, base, value, unit, "narrative", section, line,
                "");
    }
}
