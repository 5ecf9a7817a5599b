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
            + "(万元|万(?=[,;:)]|$)|%|分|个|项|人次|人|家|批次|次|场|件|户|所|座|处|篇|辆|台|套|天|期|平方公里|公里|亩|吨|条|份)");
    /** "稳定在95%以上", "不低于90%": a bound, not the value of a figure. */
    private static final Pattern BOUND_AFTER = Pattern.compile("以上|以下|左右|以内");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(不低于|不少于|不超过|不高于|超过|低于|高于|约)$");
    /** Words that make a bare 万 (支出2.25万,) an amount in 万元. */
    private static final Pattern MONEY_WORDS = Pattern.compile("支出|经费|资金|预算|金额|费");
    /** "X：该指标预期指标值为…", "1.X：年度目标值为…", "X：目标值≥90%": an indicator paragraph named X. */
    private static final Pattern INDICATOR = Pattern.compile(
            "(?:^|[。;:])(?:\\d{1,2}[.、]|\\(\\d{1,2}\\))?([^,;:。]+):(?:该指标)?(?:预期|年度)?(?:指标|目标)值");
    private static final Pattern PROJECT = Pattern.compile(
            "(?:\\d+\\.)?([^,;:。\"]+?)(?:项目)?绩效自评(?:情况|综述):|为([^,;:。\"]+?)项目,");
    /** "甲项目执行率": the project a clause's figure is about, named before 项目. */
    private static final Pattern NAMED_PROJECT = Pattern.compile(
            "^(?:其中)?([^,;:。]{1,30}?)项目(?:绩效)?(?:自评得分|(?:预算)?执行率)为?$");
    /** A project built or finished (完成扩容项目5个) is an output, not a count of evaluated projects. */
    private static final Pattern OUTPUT_VERB = Pattern.compile("完成|建成|新建|新增|改造|扩容|维修");
    /** A comparator between a phrase and its number (目标值≥90%, 目标值不少于30次): the phrase is before it. */
    private static final Pattern TRAILING_COMPARATOR = Pattern.compile("([≥≤>=<＞＜]+|不少于|不低于|不超过|不高于|达到)$");
    private static final Pattern CONTEXT = Pattern.compile("整体支出|项目(?!支出)");

    private final String defaultTable;
    private int indicators;
    private String indicatorName = "";
    private String indicatorTable = "";
    private String project = "";
    private String curTable = "";
    private String curLine = "";
    /** The table the section's sentences last named (整体支出 or 项目), for a sentence that names neither. */
    private String sectionContext = "";
    /** The measure of the last figure of the previous sentence. */
    private String previousMeasure = "";
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
            sectionContext = "";
        }
        Matcher ind = INDICATOR.matcher(sentence);
        int indicatorAt = ind.find() ? ind.end() : Integer.MAX_VALUE;
        // "…实际支出760.12万元。其中：人员经费648.35万元": a part takes the measure of the whole before it
        String lastMeasure = sentence.startsWith("其中") ? previousMeasure : "";
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String prefix = sentence.substring(0, m.start());
            if (m.start() >= indicatorAt) {
                indicators++;
                indicatorName = ind.group(1);
                indicatorTable = table(sentence.substring(0, ind.start(1))); // not the name's 项目资金拨付及时性
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
            PerfPhrases.Phrase p = phrase(TRAILING_COMPARATOR.matcher(prefix).replaceFirst(""),
                    !indicatorName.isEmpty());
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
            Matcher named = NAMED_PROJECT.matcher(clauseStart(prefix));
            if ((code.equals("overall") || code.equals("funds_total") || code.equals(curLine))
                    && table.equals("perf_project") && named.find()) {
                detail = named.group(1); // "甲项目自评得分94.5分，乙项目自评得分92分", "X项目执行率71.43%"
                code = code.equals(curLine) && curLine.isEmpty() ? "funds_total" : code;
            }
            String base = p.stat().isEmpty() ? "" : p.baseMeasure().contains(":") ? p.baseMeasure()
                    : code + ":" + p.baseMeasure();
            String u = p.stat().equals("pct") ? "%" : unit;
            figures.add(figure(table, code, name, detail, measure, p.stat(), base,
                    p.flag('N') ? "-" + value : value, u, section, line));
            if (!measure.equals("budget_adjustment")) {
                lastMeasure = measure; // "调整后为3,098.60万元（调减146.58万元），其中：财政拨款…" parts of the 3,098.60
            }
            if (p.flag('C')) {
                curTable = table;
                curLine = code;
            }
        }
        // the table a sentence names before any indicator it opens (not 项目资金拨付及时性, the indicator's name)
        Matcher opens = INDICATOR.matcher(sentence);
        String named = context(opens.find() ? sentence.substring(0, opens.start(1)) : sentence);
        sectionContext = named.isEmpty() ? sectionContext : named;
        previousMeasure = lastMeasure;
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

    /** The longest phrase ending the words; one for indicator paragraphs only when inside one. */
    private static PerfPhrases.Phrase phrase(String prefix, boolean inIndicator) {
        PerfPhrases.Phrase best = null;
        int bestLength = 0;
        for (PerfPhrases.Phrase p : PerfPhrases.ALL) {
            if (p.flag('I') && !inIndicator) {
                continue;
            }
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
        String table = context(prefix);
        return !table.isEmpty() ? table : !sectionContext.isEmpty() ? sectionContext : defaultTable;
    }

    private static String context(String words) {
        Matcher m = CONTEXT.matcher(words);
        String table = "";
        while (m.find()) {
            table = m.group().equals("整体支出") ? "perf_dept" : "perf_project";
        }
        return table;
    }

    private static boolean projectCount(String sentence, String prefix, int end) {
        String after = sentence.substring(end, Math.min(sentence.length(), end + 6));
        int open = prefix.lastIndexOf('(');
        boolean insidePart = open >= 0 && prefix.indexOf(')', open) < 0 && prefix.startsWith("含", open + 1);
        return (after.contains("项目") || prefix.endsWith("项目") || prefix.endsWith("项目共")) && !prefix.endsWith("共计")
                && !insidePart && !OUTPUT_VERB.matcher(clauseStart(prefix)).find();
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
