package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetlens.model.Catalog;
import org.budgetlens.model.Kind;
import org.budgetlens.model.Unit;

/**
 * Reads the narrative (情况说明) with the phrase catalogue {@link Phrases}. The text of a section is joined across
 * lines (a sentence the PDF conversion split keeps its figures; each figure cites the line its number is on); each
 * number with a unit is read together with the words before it: the subject they name, and what 占 / 比上年增加 /
 * 增长 / 年初预算 / 完成年初预算的 / 差异率 say about it. A number the catalogue cannot place goes to the report.
 */
final class NarrativeReader {

    private static final Pattern MAIN_HEADING = Pattern.compile("^[一二三四五六七八九十]+、.{2,60}$");
    /** An unnumbered heading: a short line of words ending in 说明 / 情况 / 概况 / 职能 / 设置 / 解释 / 目标. */
    private static final Pattern BARE_HEADING = Pattern.compile(
            "^((19|20)\\d{2}年度?)?[\\p{IsHan}“”\"]{2,14}(说明|情况|概况|职能|设置|解释|目标)$");
    private static final Pattern SUB_HEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[)）].{2,40}$");
    private static final Pattern SIDE_BY_SIDE = Pattern.compile(".*各.*\\d[,、\u201A]");
    private static final Pattern EACH = SideBySide.EACH;
    private static final Pattern HELD_CHANGED = Pattern.compile("增加|减少|新增|持平|较上年|比上年");
    private static final Pattern ANOTHER_AMOUNT = Pattern.compile("[、,和及]\\d");
    private static final Pattern CHANGE_WORD = Pattern.compile(".*(增加|减少|增长|下降|降低|上升|增幅|降幅)[^占完]*");
    private static final Pattern RATE_AFTER = Pattern.compile("以上|以下|及以上|/|的标准|标准|每");
    private static final Pattern RATE_BEFORE = Pattern.compile(
            "每人|每天|每餐|每次|每辆|每台|每月|每年|人均|平均|单车|月均|年均|单价|单位价值|标准|不超过|不高于");
    private static final Pattern DOWN = Pattern.compile(".*(减少|下降|降低|降幅)[^增升]*");
    private static final Pattern MONEY_WORDS = Pattern.compile("支出|经费|费|预算|决算|资金|收入|金额");
    private static final Pattern COUNT_WORDS = Pattern.compile("群众|人口|户|人|面积|平方|亩|次|批");
    /** "比上年增加5万元", "比上年减少支出613.80万元". */
    /** What a budget is compared with when it is last year's spending: 执行(数/情况), 决算(数), 实际(支出). */
    private static final Pattern EXECUTION_WORDS = Pattern.compile("执行|决算|实际");
    /** "比2022年预算执行数", "较上年决算": the last comparison of a sentence and the words of what it compares with. */
    private static final Pattern COMPARISON = Pattern.compile(
            "(比|较|与)(上年|去年|上一年|(19|20)\\d{2}年度?)([^,;增减下降上升持平相比]*)");
    /** "从会议费预算中调减403.75万元用于培训费": an amount moved from one item to another. */
    private static final Pattern TRANSFER = Pattern.compile(".*(调减|调增|调剂|调整|调出|调入|统筹|划转|划出|划入)(了)?");
    private static final Pattern MONEY_CHANGE = Pattern.compile(".*(增加|减少|增长|下降)了?(支出|收入|经费)?");
    /** "较2024年的2190万元", "比上年累计支出433万元减少…": the amount of the year compared with, not a change. */
    private static final Pattern COMPARED_AMOUNT = Pattern.compile(
            ".*(比|较|与)(上年|去年|上一年|(19|20)\\d{2}年度?)(?!.*(增加|减少|增长|下降|降低|上升|相比|持平)).*");
    /** An ASCII comma between digits that does not group thousands (4125.49,4143.91), as normalize marks it. */
    static final char SPLIT = '\u201A';
    private static final Pattern DIGIT_COMMA_DIGIT = Pattern.compile("(?<=\\d),(?=\\d)");
    /** The thousands separator of a published number, as {@link #normalize} marks it (U+066C). */
    static final char GROUPING = '\u066C';
    /** A whole number written with thousands separators: 9,685.55 and 27,080, not 410.00,420.00. */
    private static final Pattern THOUSANDS = Pattern.compile(
            "(?<![\\d.,])(?<!各|各是|各为|分别为|分别是)\\d{1,3}(?:,\\d{3})+(?![\\d,])"
            // after 各 / 分别 a grouped number with decimals is still one number (各4,035.07万元), not 4 and 035.07
            + "|(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?=\\.\\d)");
    /** A number and its unit; money in 万元, 元 or 亿元, thousands separated or not (27,080元). */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])(-?(?:\\d{1,3}(?:\u066C\\d{3})+|\\d+)(?:\\.\\d+)?)"
            + "(万元|亿元|元|万(?=[,;:)]|$)|%|人次|平方米|台\\(套\\)|批次|人|名|个|辆|台|家|次)");
    private static final Pattern MARKER = Pattern.compile("\\((类|款|项)\\)");
    private static final Pattern EQUIPMENT = Pattern.compile("(单价|单位价值|购置)(100|50)万元");
    private static final Pattern CONTINUES = Pattern.compile("其中|年初预算|与上年|比上年|较上年");
    /** 占 (a share of), not 占用 (occupied, as in 国有资产占用情况). */
    private static final Pattern SHARE = Pattern.compile("占(?!用)");
    private static final Pattern NO_CHANGE = Pattern.compile("(无增减变化|无增减|无变化|没有变化|未发生变化|持平|与上年(度)?一致)");
    /** The comparison a change is against: the budget ("与2021年度预算相比", "比预算") or an earlier year. */
    private static final Pattern AGAINST_BUDGET = Pattern.compile("(与|比|较)([^,;:]{0,12}?)预算");
    private static final Pattern AGAINST_YEAR = Pattern.compile("(与|比|较)[^,;:]{0,6}?(上年|去年|上一年|同期|\\d{4}年)");
    /** A part named after 其中, once the words that are not a name are taken out. */
    private static final Pattern NOT_A_NAME = Pattern.compile("其中|[:,、\\s]|为|是|共|合计|年初预算|全年预算|调整预算|"
            + "预算数|决算数|预算|决算|支出|比上年|较上年|与上年相比|增加|减少|增长|下降|完成|占|达到|金额|实际");
    private static final Pattern YEAR_IN_HEADING = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern STATED_YEAR = Pattern.compile("(?<![比较与同和至])((?:19|20)\\d{2})年");
    /** "3. 全年预算执行情况", "(1)转移支付项目": sub-headings of a 绩效自评报告. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2}\\.|\\(\\d{1,2}\\))[^。,;\\d]{2,30}$");
    /** "本级及下属1家事业单位", "本级预算及下属1家预算单位": the units under the department, counted before the noun. */
    private static final Pattern SUBORDINATE = Pattern.compile(
            "(本级(?:预算)?(?:及|和|与))?(?:下属|所属)(\\d+)(家|个)(?:二级)?(预算单位|事业单位|行政单位)");
    private static final Pattern COMPARED_YEAR = Pattern.compile("(上年|去年|上一年|((?:19|20)\\d{2})年)");
    /** "社会保障和就业支出(类)" and "一般公共服务(类)支出": the marker at the end or before the class's last word. */
    private static final Pattern CLASS_MARKER_END = Pattern.compile("\\(类\\)(?=(支出)?$)");
    private static final Pattern AFTER_LIST_START = Pattern.compile("^.*(主要用于|[,;:、])");
    private static final Pattern AFTER_CLAUSE_START = Pattern.compile("^.*[,;:]");
    private static final Pattern OFFICES = Pattern.compile("内设([^。;,]{0,40}?)等(\\d+)个(办公室|股室|科室|处室|内设机构)");
    /** Words of the year before's actual spending, not its budget. */
    private static final Pattern ACTUAL_WORDS = Pattern.compile("执行数|决算数|决算|实际支出|实际");
    /** A budget amount: 预算 right before the number ("预算数为"), not 一般公共预算 named earlier in the clause. */
    private static final Pattern BUDGET_BEFORE_AMOUNT = Pattern.compile("预算(数|金额|总额)?(为|是)?[:：]?$");
    /** Nothing but 各 / 分别 and a change word before the amounts. */
    private static final Pattern ONLY_EACH = Pattern.compile(
            "^(与上年相比|比上年|较上年)?(各|分别)(比上年|较上年)?(为|是|增加|减少|增长|下降|降低|上升)?$");
    private static final Pattern HAN_WORD = Pattern.compile("\\p{IsHan}{2}");
    /** Two things named, then 分别 / 各: "A和B分别为", "A、B各占". */
    private static final Pattern TWO_NAMED_RESPECTIVELY = Pattern.compile("[和与及、].{1,20}(分别|各)");
    /** A clause that is only a noun phrase ending in a money word (单位预留机动经费, 结转下年资金): a thing of its own. */
    private static final Pattern UNKNOWN_SUBJECT = Pattern.compile(
            "(?!占|比|较|与|同比|为|是|其中|含|包括|增|减|主要)[\\p{IsHan}()“”\"]{2,24}(经费|资金|费用|费|支出|收入|拨款)"
                    + "(预算数?|预算|为|是|共|合计)?");
    /** 增加 / 减少 … before the name the amount follows: the amount is a change of it (or of a part of it). */
    private static final Pattern CHANGE_VERB_BEFORE = Pattern.compile(
            "(增加|减少|新增|压减|调增|调减|增长|下降|节约)[\\p{IsHan}()“”\"]{2,24}$");
    private static final Pattern REASON = Pattern.compile("原因|由于|因为|主要是|主要用于|用于");
    private static final Pattern MARKDOWN = Pattern.compile("^#+\\s*|\\*\\*");

    private final SourceText doc;
    private final Kind kind;
    private final int fiscalYear;
    /** The section is about an earlier year than the document's ("二、2021年"三公"经费决算情况" in a 2022 预算). */
    private String earlierYear = "";
    private final FunctionCodes codes;
    private final List<Figure> figures;
    private final List<Unused> unused;

    private String section = "";
    private String topic = "";
    /** The topic the last heading on a line of its own set (an inline heading naming none falls back to it). */
    private String headingTopic = "";
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> lineOf = new ArrayList<>();
    private String classCode = "";
    private Subject carried;
    private String itemCode = "";
    private final PerfNarrative perf;
    private final ProjectScale projects = new ProjectScale();
    /** The subject before an open parenthesis, taken up again after it closes. */
    private Subject outer;
    /** Whether the sentence's comparison so far is with the previous year's execution (a budget's 比上年执行数). */
    private boolean comparedWithExecution;

    private NarrativeReader(SourceText doc, Kind kind, int fiscalYear, FunctionCodes codes, List<Figure> figures,
            List<Unused> unused) {
        this.doc = doc;
        this.kind = kind;
        this.fiscalYear = fiscalYear;
        this.codes = codes;
        this.figures = figures;
        this.unused = unused;
        this.perf = new PerfNarrative(kind == Kind.PERFORMANCE);
    }

    /** @param fiscalYear the document's year, 0 when it could not be decided */
    static void read(SourceText doc, Kind kind, int fiscalYear, FunctionCodes codes, List<Figure> figures,
            List<Unused> unused, PageArtifacts artifacts) {
        new NarrativeReader(doc, kind, fiscalYear, codes, figures, unused).readAll(artifacts);
    }

    private void readAll(PageArtifacts artifacts) {
        String mainTopic = "";
        for (int i = 1; i <= doc.lineCount(); i++) {
            String raw = doc.line(i);
            if (artifacts.isArtifact(raw)) {
                continue; // a page number or running head inside a paragraph: the sentence goes on after it
            }
            String line = raw.strip();
            line = line.startsWith("- ") ? line.substring(2).strip() : line;
            line = MARKDOWN.matcher(line).replaceAll("").strip();
            if (line.isEmpty() || raw.indexOf('\t') >= 0 || line.startsWith("第")
                    && line.contains("部分")) {
                if (line.startsWith("第") && line.contains("部分")) {
                    flush();
                    section = "";
                    topic = "";
                    headingTopic = "";
                }
                continue;
            }
            String compact = normalize(line);
            if (MAIN_HEADING.matcher(compact).matches() && !compact.contains("。")) {
                flush();
                section = compact;
                classCode = "";
                itemCode = "";
                itemFunds = compact.contains("一般公共预算") || !compact.contains("财政拨款") ? "gpb_expenditure"
                        : "fiscal_expenditure";
                mainTopic = Phrases.topic(compact);
                topic = mainTopic;
                headingTopic = topic;
                earlierYear = earlierYear(compact);
                continue;
            }
            if (BARE_HEADING.matcher(compact).matches()) {
                // rule bare-heading: "部门预算编制说明", "其他相关情况说明" on a line of their own, unnumbered (上海):
                // a section heading, never the start of the sentence after it
                flush();
                String earlier = earlierYear(compact);
                // under a numbered section about an earlier year (一、2018年度…执行情况) it stays about that year
                earlierYear = !earlier.isEmpty() ? earlier
                        : MAIN_HEADING.matcher(section).matches() ? earlierYear : "";
                section = compact;
                mainTopic = Phrases.topic(compact);
                topic = mainTopic;
                headingTopic = topic;
                itemFunds = "gpb_expenditure";
                classCode = "";
                itemCode = "";
                continue;
            }
            boolean numbered = kind == Kind.PERFORMANCE && NUMBERED_HEADING.matcher(compact).matches();
            String heading = compact.endsWith("说明。") || compact.endsWith("情况。")
                    ? compact.substring(0, compact.length() - 1) : compact;
            if (numbered || SUB_HEADING.matcher(heading).matches() && !heading.contains("。") && heading.length() < 30) {
                flush();
                // every (n) heading ends the 类 of the one before; a 类 heading ("（一）一般公共服务（类）", or the
                // 类's name without the marker) opens its own
                Matcher classHeading = CLASS_HEADING.matcher(compact);
                String n = classHeading.matches() ? classHeading.group(1)
                        : compact.replaceFirst("^[(][一二三四五六七八九十]+[)]", "");
                classCode = codes.code("", n).or(() -> codes.code("", n + "支出")).orElse("");
                itemCode = "";
                String sub = Phrases.topic(compact);
                topic = sub.isEmpty() ? mainTopic : sub;
                headingTopic = topic;
                if (section.isEmpty()) {
                    section = compact; // a "(一)" heading with no "一、" heading above it opens a section too
                }
                String earlier = earlierYear(compact);
                earlierYear = earlier.isEmpty() && !mainTopic.isEmpty() ? earlierYear : earlier;
                continue;
            }
            if (kind == Kind.BUDGET && projects.line(compact, i, section, figures, unused)) {
                continue;
            }
            Matcher inline = SectionTopics.inlineHeading(compact);
            if (inline != null) {
                // "(二)政府采购情况。2022年本单位政府采购预算…", "2.收入情况。2019年度收入合计…": a heading that
                // opens its own paragraph sets the topic of what follows it, like a heading on a line of its own
                flush();
                String sub = Phrases.topic(inline.group(2));
                topic = sub.isEmpty() ? headingTopic : sub;
                if (section.isEmpty()) {
                    section = inline.group(1) + inline.group(2);
                }
            }
            for (int k = 0; k < compact.length(); k++) {
                text.append(compact.charAt(k));
                lineOf.add(i);
            }
        }
        flush();
        projects.finish(figures, unused);
        StaffChange.derive(figures);
        CrossReferences.resolve(perf.mentions(), figures, unused);
    }

    static String normalize(String line) {
        // An ASCII comma inside a number (9,685.55) becomes GROUPING before the full-width comma, a clause
        // separator ("批次12，120人次"), becomes ','.
        String compact = TableTitles.normalize(line); // "1, 537.4" (a PDF's space) becomes 1,537.4 first
        String grouped = THOUSANDS.matcher(compact).replaceAll(r -> r.group().replace(',', GROUPING));
        String split = DIGIT_COMMA_DIGIT.matcher(grouped).replaceAll(String.valueOf(SPLIT));
        return split.replace('，', ',').replace('；', ';').replace('％', '%').replace('"', '"');
    }

    /**
     * The earlier year a sentence is about, or "": one that opens with it ("2021年度"三公"经费合计支出…" in a 2022
     * document), or any sentence of a section about an earlier year that does not name the document's own year.
     */
    private String aboutEarlierYear(String sentence) {
        Matcher opening = YEAR_IN_HEADING.matcher(sentence);
        if (fiscalYear > 0 && opening.lookingAt() && Integer.parseInt(opening.group(1)) < fiscalYear
                && !sentence.contains(fiscalYear + "年")) {
            return opening.group(1); // one naming its own year too is left to the clause guard
        }
        return earlierYear.isEmpty() || sentence.contains(fiscalYear + "年") ? "" : earlierYear;
    }

    /**
     * The earlier year the clause of a number names before it ("2023年公务接待费决算数为7万元", "因按照2023年预算3万元"
     * in a 2024 document), or ""; the year of a comparison ("比2023年减少", "与2023年度决算相比") does not count.
     */
    private String clauseAboutEarlierYear(String sentence, int at) {
        int start = Math.max(Math.max(sentence.lastIndexOf(',', at - 1), sentence.lastIndexOf(';', at - 1)),
                sentence.lastIndexOf(':', at - 1)) + 1;
        Matcher y = STATED_YEAR.matcher(sentence.substring(start, at));
        while (fiscalYear > 0 && y.find()) {
            if (Integer.parseInt(y.group(1)) < fiscalYear) {
                return y.group(1);
            }
        }
        return "";
    }

    /** The year a heading names when it is earlier than the document's, or "". */
    private String earlierYear(String heading) {
        Matcher y = YEAR_IN_HEADING.matcher(heading);
        return fiscalYear > 0 && y.find() && Integer.parseInt(y.group(1)) < fiscalYear ? y.group(1) : "";
    }

    /**
     * Reads the text gathered since the last heading. Text outside any numbered section (a page that starts in the
     * middle of one, a disclosure without 一、 headings) is read too: each paragraph takes the topic its first
     * sentence names, and a number it cannot place is reported like any other.
     */
    private void flush() {
        if (section.isEmpty()) {
            topic = "";
        }
        if (text.length() > 0) {
            String masked = mask(text.toString());
            int start = 0;
            for (String sentence : masked.split("。", -1)) {
                readSentence(sentence, start);
                start += sentence.length() + 1;
            }
        }
        text.setLength(0);
        lineOf.clear();
    }

    /** "单价100万元以上设备": the 100 names the equipment class; it is not an amount. */
    private static String mask(String s) {
        Matcher m = EQUIPMENT.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, m.group(1) + (m.group(2).equals("100") ? "百百百" : "五五") + "万元");
        }
        m.appendTail(b);
        return b.toString();
    }

    private record Subject(String tableId, List<String> lines, String measure, String name) {
    }

    private void readSentence(String sentence, int offset) {
        String earlier = aboutEarlierYear(sentence);
        if (!earlier.isEmpty()) {
            Matcher any = AMOUNT.matcher(sentence);
            while (any.find()) {
                skipped(lineOf.get(offset + any.start(1)), any.group(), NarrativeRule.EARLIER_YEAR_SENTENCE, "about " + earlier
                        + ", an earlier year than the document's " + fiscalYear + ": not this year's figure");
            }
            return;
        }
        if (!section.isEmpty() && kind != Kind.PERFORMANCE) {
            String switched = SectionTopics.switched(sentence, topic);
            if (!switched.equals(topic)) {
                // the sentence only: the section's topic comes back with the next one
                String before = topic;
                topic = switched;
                dispatch(sentence, offset);
                topic = before;
                return;
            }
        }
        dispatch(sentence, offset);
    }

    /** Reads a sentence as 绩效 narrative or with the phrase catalogue of its topic. */
    private void dispatch(String sentence, int offset) {
        String reportTopic = kind == Kind.PERFORMANCE ? SectionTopics.namedInReport(sentence) : "";
        if (!reportTopic.isEmpty()) {
            // a 绩效自评报告's sentence about 三公, 政府采购, 国有资产 or 机关运行经费 is read with that topic's phrases
            String before = topic;
            topic = reportTopic;
            readAmounts(sentence, offset);
            topic = before;
            return;
        }
        if (PerfNarrative.handles(topic, kind == Kind.PERFORMANCE)) {
            perf.read(sentence, offset, lineOf, offset == 0, section, figures, unused);
            return;
        }
        readAmounts(sentence, offset);
    }

    /**
     * Rule item-notation: a sentence naming an item as "XX(类)XX(款)XX(项)" is about a line of the function
     * classification whatever the paragraph's topic (上海: "财政拨款支出主要内容如下：1.“一般公共服务支出（类）…（项）”
     * 2.63万元"), so it is read with the 一般公共预算 catalogue, for this sentence only.
     */
    private void readAmounts(String sentence, int offset) {
        // rule item-funds: the items that follow words announcing them ("财政拨款支出主要内容如下：", in the sentence
        // before them or in the same one, before the first item) are of the funds they name — 财政拨款 (all of them:
        // fiscal_expenditure) or 一般公共预算 (gpb_expenditure)
        Matcher firstItem = ITEM_NOTATION.matcher(sentence);
        String announcing = firstItem.find() ? sentence.substring(0, firstItem.start()) : sentence;
        if (ANNOUNCES_ITEMS.matcher(announcing).find()) {
            itemFunds = announcing.contains("一般公共预算") ? "gpb_expenditure"
                    : announcing.contains("财政拨款") ? "fiscal_expenditure" : itemFunds;
        }
        int priorLine = priorExecution(sentence, offset);
        if (!ITEM_NOTATION.matcher(sentence).find() || !ITEM_TOPICS.contains(topic)) {
            readAmountsOfTopic(sentence, offset); // in a 政府性基金 or 三公 paragraph an item is not 一般公共预算's
        } else {
            String paragraphTopic = topic;
            topic = "gpb_expenditure";
            try {
                readAmountsOfTopic(sentence, offset);
            } finally {
                topic = paragraphTopic;
            }
        }
        if (priorLine > 0) {
            // the amount the rule prior-execution booked is not also "a figure of an earlier year, not read"
            String booked = priorValue;
            unused.removeIf(u -> u.line() == priorLine && u.text().startsWith(fiscalYear - 1 + "年")
                    && u.text().contains(booked + "万元") && u.reason().contains("earlier year"));
        }
    }

    /** "2022年当年预算执行数为1.48万元" opening a sentence: the execution of the year before, stated in a 预算. */
    private static final Pattern PRIOR_EXECUTION = Pattern.compile(
            "^((19|20)\\d{2})年(当年)?(预算)?执行数?(为|是)?((?:\\d{1,3}(?:\u066C\\d{3})+|\\d+)(?:\\.\\d+)?)万元");

    /**
     * Rule prior-execution: in a 预算, the sentence after an item ("…（项）”2.63万元，主要用于…。") that opens with the
     * previous year's execution of it ("2022年当年预算执行数为1.48万元") gives that execution: booked on the item's line
     * as measure {@code executed}, stat {@code prior} — the previous year's figure, never this year's. Returns the
     * line it was booked on, or 0.
     */
    private int priorExecution(String sentence, int offset) {
        Matcher m = PRIOR_EXECUTION.matcher(sentence);
        if (kind != Kind.BUDGET || carried == null || !m.find() || Integer.parseInt(m.group(1)) != fiscalYear - 1
                || carried.lines().size() != 1 || !FUNCTION_LINE.matcher(carried.lines().get(0)).matches()
                || !(carried.tableId().equals("gpb_expenditure") || carried.tableId().equals("fiscal_expenditure"))) {
            return 0;
        }
        // the sentence must restate the item's own amount for this year ("2023年预算安排2.63万元"): an execution
        // followed by another amount (the whole 财政拨款's) is not the item's
        String amount = itemAmount(carried);
        Matcher restated = RESTATED.matcher(sentence.substring(m.end()));
        if (amount.isEmpty() || !restated.find() || Integer.parseInt(restated.group(1)) != fiscalYear
                || Numbers.decimal(restated.group(2).replace(String.valueOf(GROUPING), ""))
                        .compareTo(Numbers.decimal(amount)) != 0) {
            return 0;
        }
        int line = lineOf.get(offset + m.start(6));
        figures.add(fig(carried.tableId(), carried.lines().get(0), carried.name(), "executed", "prior", "",
                m.group(6).replace(String.valueOf(GROUPING), ""), "万元", line, m.group()));
        priorValue = m.group(6);
        return line;
    }

    /** "2023年预算安排2.63万元": this year's amount of the item, restated after its previous year's execution. */
    private static final Pattern RESTATED = Pattern.compile(
            "^[,;]?((?:19|20)\\d{2})年(?:预算安排|预算数?为?|安排)((?:\\d{1,3}(?:\u066C\\d{3})+|\\d+)(?:\\.\\d+)?)万元");

    /** The value booked last for the subject's line as this year's total ("" when none). */
    private String itemAmount(Subject s) {
        for (int i = figures.size() - 1; i >= 0; i--) {
            Figure f = figures.get(i);
            if (f.tableId().equals(s.tableId()) && f.lineCode().equals(s.lines().get(0)) && f.measure().equals("total")
                    && f.stat().isEmpty()) {
                return f.value();
            }
        }
        return "";
    }

    /** The value the rule prior-execution booked in the sentence being read. */
    private String priorValue = "";

    private static final Pattern FUNCTION_LINE = Pattern.compile("2\\d{2}(\\d{2}){1,2}");

    /** The table the items named 类/款/项 belong to ({@link #readAmounts}); 一般公共预算 until the text says otherwise. */
    private String itemFunds = "gpb_expenditure";

    /** The topics whose paragraphs may list items of the 一般公共预算 or 财政拨款 function classification. */
    private static final Set<String> ITEM_TOPICS = Set.of("", "summary", "expenditure", "fiscal_summary",
            "fiscal_expenditure", "gpb_expenditure");
    private static final Pattern ANNOUNCES_ITEMS = Pattern.compile("如下|主要内容|具体情况|主要用于以下");
    private static final Pattern ITEM_NOTATION = Pattern.compile("\\(款\\).{0,40}\\(项\\)");
    /** "（一）一般公共服务（类）" on a line of its own: the 类 of the items listed under it. */
    private static final Pattern CLASS_HEADING = Pattern.compile("^[(][一二三四五六七八九十]+[)](.{2,20})\\(类\\)$");

    /** Reads the amounts of a sentence with the phrase catalogue of the current topic. */
    private void readAmountsOfTopic(String sentence, int offset) {
        Matcher m = AMOUNT.matcher(sentence);
        Subject subject = CONTINUES.matcher(sentence).lookingAt() ? carried : null;
        Subject previous = carried;
        outer = null;
        carried = null;
        if (section.isEmpty()) {
            // Outside a section the sentence names its topic (Phrases.topicOfSentence).
            String named = Phrases.topicOfSentence(sentence);
            topic = named.isEmpty() ? topic : named;
        } else if (topic.isEmpty()) {
            // A section whose heading names no topic (其他重要事项的情况说明, 部门基本情况): the sentence's opening
            // words, else the topic the sentence names first (as outside a section)
            topic = Phrases.topic(sentence.length() > 12 ? sentence.substring(0, 12) : sentence);
            topic = topic.isEmpty() ? Phrases.topicOfSentence(sentence) : topic;
        }
        if (topic.equals("assets") && sentence.contains("安排购置")) {
            if (AMOUNT.matcher(sentence).find()) {
                skipped(lineOf.get(offset), sentence.length() > 40 ? sentence.substring(0, 40) + "…"
                        : sentence, NarrativeRule.PURCHASE_PLAN, "a purchase plan, not assets held: not read");
            }
            return;
        }
        String budgetMeasure = kind == Kind.FINAL && topic.equals("three_public") ? "budget_full_year"
                : "budget_initial";
        Set<Integer> counted = subordinates(sentence, offset);
        java.util.ArrayDeque<Subject> respective = new java.util.ArrayDeque<>();
        String respectiveTail = "";
        int prev = 0;
        while (m.find()) {
            String prefix = sentence.substring(prev, m.start());
            comparedWithExecution = comparedWithExecution(sentence.substring(0, m.start()));
            int line = lineOf.get(offset + m.start(1));
            String value = m.group(1).replace(String.valueOf(GROUPING), "");
            String unit = m.group(2).equals("万") ? "万元" : m.group(2); // "决算数为1000.86万。"
            prev = m.end();
            if (!respective.isEmpty() && SideBySide.SEPARATOR.matcher(prefix).matches()) {
                read(respective.poll(), respectiveTail, value, unit, line, budgetMeasure, false);
                continue;
            }
            respective.clear();
            noChange(subject, prefix, offset + prev - prefix.length() - (m.end() - m.start()));
            if (counted.contains(m.start(1))) {
                continue;
            }
            if (m.group(2).equals("万") && !bareWanIsMoney(prefix)) {
                skip(line, prefix, value + "万", "", NarrativeRule.BARE_WAN, "万 without 元 outside a clause about money (1万 people, 1.2万 "
                        + "square metres …): not read");
                continue;
            }
            Subject shared = m.start() >= 1 && sentence.charAt(m.start() - 1) == SPLIT
                    ? sharedUnit(sentence, offset, prefix, m, subject, budgetMeasure) : null;
            if (shared != null) {
                subject = shared;
                continue;
            }
            if (m.start() >= 1 && sentence.charAt(m.start() - 1) == SPLIT) {
                skip(line, prefix, value, unit, NarrativeRule.NUMBER_AFTER_COMMA, "a number right after a digit and a comma "
                        + "(A,B side by side, or a thousands separator that does not group three digits): not read");
                subject = null;
                continue;
            }
            Matcher compared = COMPARED_AMOUNT.matcher(lastClause(prefix));
            if (compared.matches()) {
                if (isPriorOf(subject, compared, prefix, unit)) {
                    // "三公经费支出431万元，比上年累计支出433万元减少2万元": the prior year's figure, stated
                    each(subject, subject.measure(), "prior", "", value, line, shortPhrase(prefix, value, unit), unit);
                } else {
                    skip(line, prefix, value, unit, NarrativeRule.COMPARED_AMOUNT, "the amount of the year compared with (较2024年的…), not "
                            + "this year's (stored as the prior year's only for the subject of the sentence, in "
                            + "money, compared with the year before)");
                }
                continue;
            }
            String earlierClause = clauseAboutEarlierYear(sentence, m.start());
            if (!earlierClause.isEmpty()) {
                skip(line, prefix, value, unit, NarrativeRule.EARLIER_YEAR_CLAUSE, "in a clause about " + earlierClause + ", an earlier year than the "
                        + "document's " + fiscalYear + ": not this year's figure");
                subject = null;
                continue;
            }
            int close = prefix.lastIndexOf(')');
            if (outer != null && close >= 0 && prefix.indexOf('(', close) < 0) {
                subject = outer; // "A 87.15万元(其中,B 87.15万元),增长X%": after the parenthesis, A again
                outer = null;
            }
            int open = prefix.lastIndexOf('(');
            if (open >= 0 && prefix.indexOf(')', open) < 0 && open > close) {
                outer = subject;
            }
            int[] labelEnd = new int[1];
            Subject found = label(prefix, labelEnd);
            boolean sideBySide = found != null && found.lines().size() > 1
                    && (SIDE_BY_SIDE.matcher(prefix.substring(labelEnd[0])).matches()
                    || EACH.matcher(prefix.substring(labelEnd[0])).find()
                    && ANOTHER_AMOUNT.matcher(sentence.substring(m.end())).lookingAt());
            // a subject carried from before only when nothing but 各 / 分别 and a change stands between
            // ("收、支总计各减少…,各下降A%、B%"), not when other things are named ("一般公共预算…和…分别为")
            Subject pair = found != null ? found : ONLY_EACH.matcher(lastClause(prefix)).matches() ? subject : null;
            String pairTail = found != null ? prefix.substring(labelEnd[0]) : prefix;
            if (pair != null && pair.lines().size() > 1 && EACH.matcher(lastClause(pairTail)).find()
                    && SideBySide.respectively(pair.lines().size(), sentence, m.end(), unit)) {
                // "收、支总计分别为410.00万元、420.00万元", "…各下降23.51%、38.28%": one amount per line, in order
                for (int k = 1; k < pair.lines().size(); k++) {
                    respective.add(only(pair, k));
                }
                respectiveTail = pairTail;
                read(only(pair, 0), pairTail, value, unit, line, budgetMeasure, false);
                subject = pair;
                continue;
            }
            if (found == null && namesOthersSideBySide(lastClause(prefix))) {
                skip(line, prefix, value, unit, NarrativeRule.UNNAMED_SIDE_BY_SIDE, "figures of things the phrase catalogue does not name, given side "
                        + "by side (基本支出和项目支出分别…): not read");
                continue;
            }
            if (found == null && pair != null && pair.lines().size() > 1 && EACH.matcher(lastClause(pairTail)).find()
                    && ANOTHER_AMOUNT.matcher(sentence.substring(m.end())).lookingAt()) {
                skip(line, prefix, value, unit, NarrativeRule.UNPAIRED_SIDE_BY_SIDE, "figures of " + pair.name() + " given side by side (各…) that do "
                        + "not pair with its lines: not read");
                continue;
            }
            if (sideBySide) {
                skip(line, prefix, value, unit, NarrativeRule.SIDE_BY_SIDE, "figures of " + found.name()
                        + " given side by side (各…): not read");
                subject = null;
                continue;
            }
            if (found != null && isEconomicClass(found) && !(isBasic(subject) || subject == null && isBasic(previous))) {
                skip(line, prefix, value, unit, NarrativeRule.ECONOMIC_CLASS_OUTSIDE_BASIC, "an economic class (" + found.name()
                        + ") of a total other than 基本支出: not read");
                subject = null;
                continue;
            }
            if (found != null && found.lines().size() == 1 && TWO_NAMED_RESPECTIVELY.matcher(lastClause(prefix)).find()) {
                // rule two-named-respectively: "基本支出和项目支出分别占31.39%、68.61%" — two things, one amount each:
                // the first amount is not the one named last
                skip(line, prefix, value, unit, NarrativeRule.TWO_NAMED_RESPECTIVELY, "figures of two things given side by "
                        + "side (…和…分别): not read");
                subject = null;
                continue;
            }
            if (found == null && subject != null && UNKNOWN_SUBJECT.matcher(lastClause(prefix).strip()).matches()) {
                // rule unknown-subject: "；专项业务经费182.92万元" after 项目支出: another thing the catalogue does
                // not know opens the clause, so the subject of the clause before is not this amount's
                skip(line, prefix, value, unit, NarrativeRule.UNKNOWN_SUBJECT, "the clause names " + lastClause(prefix).strip()
                        + ", which the phrase catalogue does not place: not read as " + subject.name());
                subject = null;
                continue;
            }
            if (found != null && MARKER.matcher(lastClause(prefix)).find()
                    && found.lines().stream().noneMatch(l -> l.matches("\\d{3,7}"))) {
                // rule unplaced-item: "检察(款)其他检察支出(项)469.5万元" whose codes are not found is an item, never
                // the section's total
                skip(line, prefix, value, unit, NarrativeRule.UNPLACED_ITEM, "an item named by 类/款/项 whose code is not "
                        + "found: not read as " + found.name());
                subject = null;
                continue;
            }
            if (found != null && (CHANGE_VERB_BEFORE.matcher(lastClause(prefix).strip()).find()
                    && prefix.substring(labelEnd[0]).strip().isEmpty()
                    || CHANGE_VERB_BEFORE.matcher(prefix.substring(labelEnd[0]).strip()).find())) {
                // rule change-verb-before-subject: "基本支出增加人员经费1408.29万元": the amount is what was added,
                // not the level of 人员经费
                skip(line, prefix, value, unit, NarrativeRule.CHANGE_VERB_BEFORE_SUBJECT, "an amount added to or cut from "
                        + found.name() + " (增加/减少 before the name), not its level: not read");
                subject = null;
                continue;
            }
            if (found == null && outer != null) {
                skip(line, prefix, value, unit, NarrativeRule.UNNAMED_PART_IN_PARENTHESES, "a part in parentheses that the phrase "
                        + "catalogue does not name: not read as the figure before it");
                continue;
            }
            if (found != null) {
                subject = found;
            } else if (namesAnotherPart(prefix, subject, unit)) {
                skip(line, prefix, value, unit, NarrativeRule.UNPLACED_PART, "a part named after 其中 that the "
                        + "phrase catalogue does not place: not read as the figure before it");
                subject = null; // the numbers after it (its share, its change) are about that part too
                continue;
            }
            if (Unit.isMoney(unit) && isRateOrThreshold(prefix, sentence.substring(m.end()))) {
                skip(line, prefix, value, unit, NarrativeRule.RATE_OR_THRESHOLD, "a rate or a threshold (每人, 单价, 标准, "
                        + "以上 …), not an amount");
                continue;
            }
            String tail = found != null ? prefix.substring(labelEnd[0]) : prefix;
            String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 4));
            if (topic.equals("org") && (after.startsWith("处室") || after.startsWith("科室"))) {
                subject = new Subject("org", List.of("departments"), "count", "处室");
                tail = "";
            } else if (topic.equals("org") && ORG_COUNT.matcher(unit).matches()) {
                Matcher body = BODY_BEFORE.matcher(lastItem(prefix));
                if (body.find()) {
                    // rule count-of-another-body: "还包括江苏省联谊俱乐部8名在职人员": that body's staff
                    skip(line, prefix, value, unit, NarrativeRule.COUNT_OF_ANOTHER_BODY, "the count of "
                            + body.group() + ", named right before it, not of the department: not read");
                    continue;
                }
                String thing = countedAfter(sentence, m.end());
                if (subject != null && !thing.isEmpty() && !names(thing, subject)) {
                    // rule counted-thing-named-after: "内设机构包括…和10个专门委员会": the 10 counts 专门委员会
                    skip(line, prefix, value, unit, NarrativeRule.COUNTED_THING_NAMED_AFTER, "counts " + thing
                            + ", named after it, not " + subject.name() + ": not read");
                    continue;
                }
            }
            if (subject == null) {
                skip(line, prefix, value, unit, NarrativeRule.NO_SUBJECT, topic.isEmpty()
                        ? "outside a section whose heading names a topic, and the paragraph names none"
                        : "no subject of the phrase catalogue before the number");
                continue;
            }
            if (isChange(tail, unit) && againstBudget(sentence.substring(0, m.start()))) {
                skipped(line, tail + value + unit, NarrativeRule.AGAINST_BUDGET, "a difference against the budget, not a change "
                        + "from the prior year");
                continue;
            }
            read(subject, tail, value, unit, line, budgetMeasure, m.group(1).startsWith("-"));
            if (Unit.isMoney(unit) && (tail.contains("全年预算") || tail.contains("预算") && kind == Kind.FINAL
                    && topic.equals("three_public"))) {
                budgetMeasure = "budget_full_year";
            } else if (Unit.isMoney(unit) && tail.contains("年初预算")) {
                budgetMeasure = "budget_initial";
            }
        }
        String rest = sentence.substring(prev);
        noChange(subject, rest, offset + prev);
        int[] end = new int[1];
        Subject last = label(rest, end);
        // "…支出决算为8.45万元，主要原因是压减公务接待。与上年相比减少0.67万元": a subject named in a reason is not
        // what the next sentence's change is about
        boolean inReason = last != null && REASON.matcher(rest.substring(0, end[0])).find();
        carried = last != null && !inReason ? last : subject;
    }

    /**
     * Books the units a sentence counts under the department (下属N家事业单位 / 行政单位; 本级及下属N家预算单位 is N + 1
     * budget units, derived) and returns where their numbers start, so that they are not read again.
     */
    private Set<Integer> subordinates(String sentence, int offset) {
        Set<Integer> at = new HashSet<>();
        Matcher s = SUBORDINATE.matcher(sentence);
        Matcher d = OFFICES.matcher(sentence);
        while (d.find()) {
            // "内设党政综合办公室、…等6个办公室": the count of internal departments, after their names
            figures.add(new Figure("org", "departments", d.group(3), "", "count", "", "", d.group(2), "个",
                    "narrative", section, lineOf.get(offset + d.start(2)), ""));
            at.add(d.start(2));
        }
        while (s.find()) {
            String n = s.group(2);
            int line = lineOf.get(offset + s.start(2));
            String name = s.group(4);
            if (name.equals("预算单位") && s.group(1) != null) {
                String units = Integer.toString(Integer.parseInt(n) + 1);
                figures.add(new Figure("org", "budget_units", "预算单位", "", "count", "", "", units, "个", "derived",
                        "", line, "本级 1 + 下属" + n + s.group(3) + "预算单位"));
            } else if (!name.equals("预算单位")) {
                figures.add(new Figure("org", name.equals("事业单位") ? "institutions" : "admin_units", name, "",
                        "count", "", "", n, s.group(3), "narrative", section, line, ""));
            } else {
                continue; // 下属N家预算单位 without 本级: the total is not stated; reported by the reading below
            }
            at.add(s.start(2));
        }
        return at;
    }

    /**
     * Whether the amount of a comparison (比上年…433万元, 较2024年的2190万元) is the prior-year figure of the
     * sentence's subject: money, the year compared with is the one before the document's, no other subject is
     * named in between, and in a 决算 the words do not make it the prior year's budget.
     */
    private boolean isPriorOf(Subject subject, Matcher compared, String prefix, String unit) {
        if (subject == null || !Unit.isMoney(unit) || subject.measure().isEmpty()
                || subject.measure().equals("count") || label(prefix, new int[1]) != null) {
            return false;
        }
        String clause = compared.group();
        Matcher year = COMPARED_YEAR.matcher(clause);
        boolean yearBefore = year.find() && (year.group(2) == null
                || fiscalYear > 0 && Integer.parseInt(year.group(2)) == fiscalYear - 1);
        // the same kind of figure a year before: not the prior year's budget in a 决算, not its actual spending
        // (执行数, 决算数, 实际支出) in a 预算
        return yearBefore && !(kind == Kind.FINAL && clause.contains("预算"))
                && !(kind == Kind.BUDGET && ACTUAL_WORDS.matcher(clause).find());
    }

    private static Subject only(Subject s, int k) {
        return new Subject(s.tableId(), List.of(s.lines().get(k)), s.measure(), s.name());
    }

    /**
     * "收、支总计各是4125.49,4143.91万元", "各减少1267.86,2570.97万元": numbers side by side under one unit, one per
     * line of the subject named before them (or carried), after 各 / 分别. Reads them in order and returns the
     * subject; null (nothing read) when they do not pair with the lines.
     */
    private Subject sharedUnit(String sentence, int offset, String prefix, Matcher m, Subject carriedSubject,
            String budgetMeasure) {
        List<int[]> numbers = SideBySide.numbersBefore(sentence, m.start());
        if (numbers.isEmpty()) {
            return null;
        }
        int first = numbers.get(0)[0];
        int headStart = m.start() - prefix.length();
        if (first < headStart) {
            return null;
        }
        String head = sentence.substring(headStart, first);
        int[] end = new int[1];
        Subject named = label(head, end);
        Subject pair = named != null ? named : carriedSubject;
        String tail = named != null ? head.substring(end[0]) : head;
        if (pair == null || pair.lines().size() != numbers.size() + 1 || !EACH.matcher(lastClause(tail)).find()) {
            return null;
        }
        String unit = m.group(2).equals("万") ? "万元" : m.group(2);
        numbers.add(new int[] {m.start(1), m.end(1)});
        for (int k = 0; k < numbers.size(); k++) {
            int[] n = numbers.get(k);
            String value = sentence.substring(n[0], n[1]).replace(String.valueOf(GROUPING), "");
            read(only(pair, k), tail, value, unit, lineOf.get(offset + n[0]), budgetMeasure, false);
        }
        return pair;
    }

    /** "基本支出和项目支出分别占…": words before 各 / 分别 name things, so the amounts are theirs, not a subject's. */
    private static boolean namesOthersSideBySide(String clause) {
        Matcher each = EACH.matcher(clause);
        return each.find() && HAN_WORD.matcher(clause.substring(0, each.start())).find();
    }

    /** 工资福利支出 (301), 商品和服务支出 (302) …: a 类 of basic expenditure. */
    private static boolean isEconomicClass(Subject s) {
        return s.tableId().equals("gpb_basic") && s.lines().size() == 1 && s.lines().get(0).matches("\\d{3}");
    }

    /** A subject of basic expenditure: its total or one of its 类 (what an economic class can be part of). */
    private static boolean isBasic(Subject s) {
        return s != null && s.tableId().equals("gpb_basic")
                && (s.lines().equals(List.of("total")) || isEconomicClass(s));
    }

    /** Reports a number that looked like a figure and was not used, with why. */
    private void skip(int line, String prefix, String value, String unit, NarrativeRule rule, String detail) {
        unused.add(new Unused(line, shortPhrase(prefix, value, unit), rule.because(detail)));
    }

    /** A number a rule did not book, with the rule's name in the reason. */
    private void skipped(int line, String text, NarrativeRule rule, String detail) {
        unused.add(new Unused(line, text, rule.because(detail)));
    }

    private static String shortPhrase(String prefix, String value, String unit) {
        return (prefix.length() > 30 ? prefix.substring(prefix.length() - 30) : prefix) + value + unit;
    }

    /** "决算数为1000.86万": a bare 万 is 万元 only where the clause is about money and names no count or area. */
    private boolean bareWanIsMoney(String prefix) {
        String clause = lastClause(prefix);
        return !topic.equals("assets") && !topic.equals("org") && MONEY_WORDS.matcher(clause).find()
                && !COUNT_WORDS.matcher(clause).find();
    }

    /** Whether the words before the number make it a change (增加 / 减少 … X 万元, 增长 / 下降 … X%). */
    /**
     * The total a share (占…%) is of: the table's total line, but in the 收支总表 (no total line) the side's own:
     * 本年支出合计 for a 类 or a use of the spending side, 本年收入合计 for a source of income.
     */
    private static String shareBase(String tableId, String lineCode) {
        if (!tableId.equals("summary") && !tableId.equals("fiscal_summary")) {
            return "total:total";
        }
        boolean spending = lineCode.matches("\\d{3,7}") || lineCode.startsWith("use_")
                || lineCode.startsWith("expenditure") || lineCode.equals("carryover_end");
        return (spending ? "expenditure_total" : "income_total") + ":total";
    }

    /**
     * Whether the change a budget states before this point of the sentence is against the previous year's execution
     * (比2022年预算执行数增加…, 较上年决算数增长…): stored as {@code change_executed}, never as a change of the budget.
     */
    private boolean comparedWithExecution(String before) {
        if (kind != Kind.BUDGET) {
            return false;
        }
        Matcher c = COMPARISON.matcher(before);
        String words = null;
        while (c.find()) {
            words = c.group(4);
        }
        return words != null && EXECUTION_WORDS.matcher(words).find();
    }

    private static boolean isChange(String tail, String unit) {
        return (Unit.isMoney(unit) || unit.equals("%")) && CHANGE_WORD.matcher(lastClause(tail)).matches();
    }

    /** The words after the last , or ; ("因业务量增加,完成预算的" → "完成预算的"). */
    /** The units of an organisation's counts: units, bodies, people. */
    private static final Pattern ORG_COUNT = Pattern.compile("个|家|名|人");
    /** The Han words right after a count's unit, up to the next punctuation: what "N个X" counts. */
    private static final Pattern COUNTED = Pattern.compile("^[\\p{IsHan}]{2,12}");
    /** A body's name right before a count: …俱乐部, …办公室, …中心, … (another body than the department). */
    private static final Pattern BODY_BEFORE = Pattern.compile(
            "[\\p{IsHan}()]{2,30}(俱乐部|办公室|中心|编辑部|工程队|学校|医院|研究所|研究院|站|馆|所|队)$");

    private static String countedAfter(String sentence, int end) {
        Matcher c = COUNTED.matcher(sentence.substring(end));
        return c.find() ? c.group() : "";
    }

    /** Whether the words name the subject (the same lines of the same table), or name no other subject. */
    private boolean names(String words, Subject subject) {
        Subject named = label(words, new int[1]);
        if (named == null) {
            return subject != null && (words.contains(subject.name()) || subject.name().contains(words));
        }
        return subject != null && named.tableId().equals(subject.tableId()) && named.lines().equals(subject.lines());
    }

    /** The words of the last item of a list before a number (after the last 、, comma or semicolon). */
    private static String lastItem(String words) {
        return words.substring(Math.max(words.lastIndexOf('、'), Math.max(words.lastIndexOf(','),
                words.lastIndexOf(';'))) + 1);
    }

    private static String lastClause(String words) {
        return words.substring(Math.max(words.lastIndexOf(','), words.lastIndexOf(';')) + 1);
    }

    /** "每人每天不超过150元的标准", "单价1000元以上": a rate or a threshold, not an amount paid or held. */
    private static boolean isRateOrThreshold(String prefix, String after) {
        return RATE_AFTER.matcher(after).lookingAt() || RATE_BEFORE.matcher(lastClause(prefix)).find();
    }

    /**
     * Whether the comparison in force before a number is against a budget of the document's own year ("比年初预算",
     * "与2021年度预算相比" in a 2021 决算) rather than an earlier year (比上年, 比2021年预算 in a 2022 预算).
     */
    private boolean againstBudget(String before) {
        int budget = -1;
        Matcher b = AGAINST_BUDGET.matcher(before);
        while (b.find()) {
            Matcher year = YEAR_IN_HEADING.matcher(b.group(2));
            boolean earlier = b.group(2).matches(".*(上年|去年|上一年).*")
                    || year.find() && fiscalYear > 0 && Integer.parseInt(year.group(1)) < fiscalYear;
            if (!earlier) {
                budget = b.start();
            }
        }
        int year = -1;
        Matcher y = AGAINST_YEAR.matcher(before);
        while (y.find()) {
            year = y.start();
        }
        return budget >= 0 && budget >= year;
    }

    /**
     * "基本支出100万元,其中:工资福利支出80万元": after 其中 the words name a part the catalogue does not know, so
     * the number is not the figure named before it; words that are part of that figure's own name
     * ("公务接待费…其中:接待0批次") are not another part.
     */
    private static boolean namesAnotherPart(String prefix, Subject current, String unit) {
        int at = prefix.lastIndexOf("其中");
        if (at < 0) {
            return false;
        }
        String words = NOT_A_NAME.matcher(prefix.substring(at)).replaceAll("");
        boolean named = words.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count() >= 2;
        // "公务接待费…其中:接待0批次": a count of the figure's own name; never for money (其中:运行费15万元)
        boolean ownCount = current != null && current.name().contains(words) && !Unit.isMoney(unit) && !unit.equals("%");
        return named && !ownCount;
    }

    /**
     * "与上年相比无变化", "与上年支出决算数持平": a change of 0, on the line of the phrase, for the subject named in the
     * same clause (up to ;) before the phrase, or, in the first clause, for the subject of the number before it.
     */
    private void noChange(Subject subject, String text, int at) {
        int from = 0;
        for (String clause : text.split(";", -1)) {
            Matcher n = NO_CHANGE.matcher(clause);
            while (n.find()) {
                if (againstBudget(clause.substring(0, n.start()))) {
                    continue; // "比预算无增减变化": no difference from the budget, not a change from the prior year
                }
                Subject named = label(clause.substring(0, n.start()), new int[1]);
                Subject s = named != null ? named : from == 0 ? subject : null;
                if (s != null && s.measure().equals("count") && !s.tableId().equals("org")) {
                    s = null; // "公务用车保有量与上年持平": a count, not money; its change has no place here
                }
                if (s != null) {
                    int line = lineOf.get(Math.min(lineOf.size() - 1, at + from + n.start()));
                    String unit = s.tableId().equals("org") ? "人" : "万元";
                    String measure = s.tableId().equals("org") ? "count" : s.measure();
                    String stat = comparedWithExecution(clause.substring(0, n.end())) ? "change_executed" : "change";
                    for (String l : s.lines()) {
                        add(s, l, measure, stat, "", "0", unit, line, n.group());
                    }
                }
            }
            from += clause.length() + 1;
        }
    }

    private void read(Subject s, String tail, String value, String unit, int line, String budgetMeasure,
            boolean negative) {
        if (negative && !(unit.equals("%") && tail.contains("差异率"))) {
            skipped(line, tail + value + unit, NarrativeRule.NEGATIVE_OUTSIDE_DIFFERENCE, "a negative number outside a 差异率 phrase");
            return;
        }
        String phrase = tail + value + unit;
        if (unit.equals("%")) {
            if (tail.contains("差异率")) {
                each(s, "total", "diff_pct", budgetMeasure, value, line, phrase);
            } else if (isChange(tail, unit)) {
                each(s, s.measure(), comparedWithExecution ? "change_executed_pct" : "change_pct", "",
                        sign(tail, value), line, phrase);
            } else if (tail.contains("完成") && tail.contains("预算")) {
                each(s, "total", "pct", tail.contains("年初") ? "budget_initial" : tail.contains("全年")
                        ? "budget_full_year" : budgetMeasure, value, line, phrase);
            } else if (tail.contains("占")) {
                String base = topic.equals("procurement") && tail.contains("中小企业") ? "sme:total"
                        : !s.tableId().equals("expenditure") && tail.contains("本年支出合计") ? "expenditure:total:total"
                        : "total:total";
                for (String l : s.lines()) {
                    add(s, l, s.measure(), "pct", base.equals("total:total") ? shareBase(s.tableId(), l) : base, value,
                            "%", line, phrase);
                }
            } else {
                skipped(line, phrase, NarrativeRule.PERCENTAGE_WITHOUT_PHRASE, "a percentage without 占 / 增长 / 下降 / 完成预算 / 差异率");
            }
            return;
        }
        if (Unit.isMoney(unit)) {
            if (TRANSFER.matcher(lastClause(tail)).matches()) {
                skipped(line, phrase, NarrativeRule.TRANSFERRED_AMOUNT, "an amount moved between items (调减 / 调增 / "
                        + "调剂 / 划转 …), neither the level nor the change of " + s.name());
                return;
            }
            if (MONEY_CHANGE.matcher(tail).matches()) {
                each(s, s.measure(), comparedWithExecution ? "change_executed" : "change", "", sign(tail, value), line,
                        phrase, unit);
                return;
            }
            String measure = s.measure();
            if (s.tableId().equals("assets")) {
                measure = "value";
            } else if (tail.contains("年初预算")) {
                measure = "budget_initial";
            } else if (tail.contains("全年预算") || tail.contains("调整预算")) {
                measure = "budget_full_year";
            } else if (kind == Kind.FINAL && BUDGET_BEFORE_AMOUNT.matcher(lastClause(tail)).find()) {
                // "预算数为2,400.00万元" in a 决算: the budget the sentence is about (三公: 全年, else 年初)
                measure = budgetMeasure;
            } else if (tail.contains("决算")) {
                measure = "total";
            }
            if (measure.isEmpty() || measure.equals("count")) {
                skipped(line, phrase, NarrativeRule.AMOUNT_OF_COUNTED, "an amount for a subject that is counted, not paid");
                return;
            }
            for (String l : s.lines()) {
                add(s, l, measure, "", "", value, unit, line, phrase);
            }
            return;
        }
        count(s, tail, value, unit, line, phrase);
    }

    private void count(Subject s, String tail, String value, String unit, int line, String phrase) {
        String u = unit.equals("名") ? "人" : unit.startsWith("台") ? "台（套）" : unit;
        if (s.tableId().equals("org") && !List.of("人", "名", "个", "家").contains(unit)) {
            skipped(line, phrase, NarrativeRule.COUNT_UNIT_MISMATCH, "a count in " + unit + " for a subject counted in 人 or 个");
            return;
        }
        if (s.tableId().equals("org")) {
            if (tail.matches(".*(增加|减少)$")) {
                each(s, "count", "change", "", sign(tail, value), line, phrase, u);
            } else if (!unit.equals("人次")) {
                each(s, "count", "", "", value, line, phrase, u);
            }
            return;
        }
        if (s.tableId().equals("assets")) {
            String measure = unit.equals("平方米") ? "area" : "count";
            each(s, measure, "", "", value, line, phrase, u);
            return;
        }
        if (s.tableId().equals("three_public")) {
            String p = s.name() + tail + value + unit;
            if (p.contains("固定资产车辆")) {
                figures.add(fig("assets", "vehicles", "固定资产车辆", "count", "", "", value, u, line, phrase));
            } else if (unit.equals("辆") && p.contains("保有量") && !HELD_CHANGED.matcher(tail).find()) {
                figures.add(fig("three_public", "vehicles", "公务用车保有量", "held", "", "", value, u, line, phrase));
            } else if (unit.equals("辆") && p.contains("购置")) {
                figures.add(fig("three_public", "vehicles", "公务用车购置数", "purchased", "", "", value, u, line,
                        phrase));
            } else if ((unit.equals("个") || unit.equals("次")) && tail.contains("团组")) {
                figures.add(fig("three_public", "abroad", "团组", "groups", "", "", value, u, line, phrase));
            } else if ((unit.equals("人次") || unit.equals("人") && (tail.contains("人次") || tail.contains("人数")))
                    && List.of("abroad", "reception").contains(s.lines().get(0))) {
                figures.add(fig("three_public", s.lines().get(0), "人次", "people", "", "", value, u, line, phrase));
            } else if (unit.equals("批次") || unit.equals("个") && tail.contains("批次")) {
                figures.add(fig("three_public", "reception", "接待批次", "batches", "", "", value, u, line, phrase));
            } else {
                skipped(line, phrase, NarrativeRule.UNPLACED_THREE_PUBLIC_COUNT, "a count the 三公 phrases do not place");
            }
            return;
        }
        skipped(line, phrase, NarrativeRule.COUNT_OF_MONEY, "a count (" + unit + ") for a money subject");
    }

    private void each(Subject s, String measure, String stat, String budgetMeasure, String value, int line,
            String phrase) {
        each(s, measure, stat, budgetMeasure, value, line, phrase, stat.endsWith("pct") ? "%" : "万元");
    }

    private void each(Subject s, String measure, String stat, String budgetMeasure, String value, int line,
            String phrase, String unit) {
        for (String l : s.lines()) {
            String base = budgetMeasure.isEmpty() ? "" : l + ":" + budgetMeasure;
            add(s, l, measure, stat, base, value, unit, line, phrase);
        }
    }

    /** Whether a line code is one of a table's: a classification code or a named line of the catalogue. */
    private static boolean lineOf(String tableId, String lineCode) {
        return lineCode.matches("\\d{3,7}") || Catalog.standard().namedLines(tableId).containsKey(lineCode);
    }

    private void add(Subject s, String lineCode, String measure, String stat, String base, String value, String unit,
            int line, String phrase) {
        if (measure.isEmpty() || !lineOf(s.tableId(), lineCode)) {
            // rule subject-books-nothing: 项目支出 named in a basic-expenditure section, a change of it included, and
            // whatever measure the words next to it name (项目支出年初预算100万元): its table has no line for it
            skipped(line, value + " " + unit, NarrativeRule.SUBJECT_BOOKS_NOTHING, s.name()
                    + " here names no figure of " + s.tableId());
            return;
        }
        figures.add(fig(s.tableId(), lineCode, s.name(), measure, stat, base, value, unit, line, phrase));
    }

    private Figure fig(String table, String lineCode, String name, String measure, String stat, String base,
            String value, String unit, int line, String phrase) {
        String note = phrase.length() > 60 ? phrase.substring(phrase.length() - 60) : phrase;
        return new Figure(table, lineCode, unmask(name), "", measure, stat, base, value, unit, "narrative", section,
                line, unmask(note));
    }

    /** The words {@link #mask} hid from the amount reader, as published again ("单价100万元以上设备"). */
    private static String unmask(String s) {
        return s.replace("百百百万元", "100万元").replace("五五万元", "50万元");
    }

    private static String sign(String tail, String value) {
        boolean down = DOWN.matcher(lastClause(tail)).matches();
        return down && !value.matches("0(\\.0+)?") ? "-" + value : value;
    }

    /** The subject named last before the number: a catalogue subject or a 类/款/项 line. */
    private Subject label(String prefix, int[] end) {
        Subject best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (Phrases.Subject p : Phrases.ALL) {
            if (!p.topic().equals(topic)) {
                continue;
            }
            Matcher m = p.pattern().matcher(prefix);
            while (m.find()) {
                if (SHARE.matcher(prefix.substring(0, m.start())).find()) {
                    continue;
                }
                if (m.end() < prefix.length() && prefix.charAt(m.end()) == '表') {
                    continue; // rule words-of-a-table-title: 《财政拨款支出预算表》 names a table, not a subject
                }
                int len = m.end() - m.start();
                if (m.end() > bestEnd || m.end() == bestEnd && len > bestLength) {
                    best = new Subject(p.tableId(), p.lines(), p.measure(), m.group());
                    bestEnd = m.end();
                    bestLength = len;
                }
            }
        }
        Subject named = classLabel(prefix);
        if (named != null) {
            end[0] = prefix.length();
            return named;
        }
        Subject coded = codedLabel(prefix, end);
        if (coded != null && end[0] >= bestEnd) {
            return coded;
        }
        end[0] = Math.max(bestEnd, 0);
        return best;
    }

    /**
     * In the overall (收支总体 / 财政拨款收支总体) sections: "社会保障和就业支出(类)120.62万元" or without the marker
     * names a 类 of the summary table (fiscal_summary: the 一般公共预算 column when the sentence is about it); the
     * 项 listed after it ("主要用于行政运行支出873.77万元, 事业运行232.88万元") are gpb_expenditure lines when their
     * name is one 项 of that 类 (the document's tables first, then the catalogue).
     */
    private Subject classLabel(String prefix) {
        if (!List.of("summary", "fiscal_summary", "gpb_expenditure", "expenditure").contains(topic)) {
            return null;
        }
        String words = CLASS_MARKER_END.matcher(prefix).replaceFirst("");
        String last = AFTER_LIST_START.matcher(words).replaceFirst("");
        if (last.isEmpty()) {
            return null;
        }
        Optional<String> cls = codes.classEnding(last);
        if (cls.isPresent()) {
            classCode = cls.get();
            itemCode = "";
            String table = topic;
            String measure = table.equals("fiscal_summary") && text.indexOf("一般公共预算") >= 0 ? "gpb" : "total";
            return new Subject(table, List.of(classCode), measure, last);
        }
        boolean listed = prefix.contains("主要用于") || prefix.startsWith(",") || prefix.startsWith("、");
        if (classCode.isEmpty() || !listed) {
            return null;
        }
        return codes.itemOfClass(classCode, last).map(c -> new Subject("gpb_expenditure", List.of(c), "total", last))
                .orElse(null);
    }

    /** "社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)". */
    private Subject codedLabel(String prefix, int[] end) {
        if (!topic.equals("gpb_expenditure") && !topic.equals("summary")) {
            return null;
        }
        Matcher m = MARKER.matcher(prefix);
        int from = 0;
        String code = null;
        String name = "";
        int last = -1;
        while (m.find()) {
            String raw = prefix.substring(from, m.start());
            String n = AFTER_CLAUSE_START.matcher(raw).replaceFirst("").replaceAll(
                    "^((\\d+|[一二三四五六七八九十]+)[.、]|\\((\\d+|[一二三四五六七八九十]+)\\))+", "")
                    .replaceAll("^[.。、\"“”'‘’\\s]+", ""); // "1. “一般公共服务支出（类）…": the quotes are not the name
            String level = m.group(1);
            if (level.equals("类")) {
                // "一般公共服务（类）" names the 类 一般公共服务支出 without its last word
                classCode = codes.code("", n).or(() -> codes.code("", n + "支出")).orElse("");
                itemCode = "";
                code = classCode;
            } else if (level.equals("款")) {
                itemCode = classCode.isEmpty() ? "" : codes.code(classCode, n).orElse("");
                code = itemCode;
            } else {
                // a 项 whose 款 is not known (公安(款) without a table row for 20402): the one 项 of that name in the
                // 类 (the 类 of this sentence, or of the heading above it: every heading resets it)
                code = !itemCode.isEmpty() ? codes.code(itemCode, n).orElse("")
                        : classCode.isEmpty() ? "" : codes.itemOfClass(classCode, n).orElse("");
            }
            name = n + "(" + level + ")";
            from = m.end();
            last = m.end();
        }
        if (last < 0 || code == null || code.isEmpty() || !topic.equals("gpb_expenditure")) {
            return null;
        }
        end[0] = last;
        return new Subject(itemFunds, List.of(code), "total", name);
    }
}
