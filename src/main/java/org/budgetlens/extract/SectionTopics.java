package org.budgetlens.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What moves the topic within a section: a heading that opens its own paragraph ("(二)政府采购情况。2022年…",
 * "3.国有资产占用情况：…"), and a sentence that names another specific topic than its section's before its first
 * amount of money ("五、机关运行经费及政府采购预算情况" … "政府采购预算96.40万元，其中：货物…").
 */
final class SectionTopics {

    private static final Pattern INLINE_HEADING = Pattern.compile(
            "^(\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、|\\d{1,2}[.、]|\\(\\d{1,2}\\))([^。:;,\\d]{2,20})[。:]");
    /** Topics specific enough for a short inline heading to name them (机关运行经费。, not 教育支出:). */
    private static final List<String> HEADING_TOPICS = List.of("three_public", "admin_running", "procurement",
            "assets", "perf", "org", "gov_fund", "soe_capital");
    /** Topics a sentence can move a section to: named by words no other topic uses (not 人员, not 收入). */
    private static final List<String> SWITCH_TOPICS = List.of("three_public", "admin_running", "procurement",
            "assets", "perf");
    private static final Pattern FIRST_MONEY = Pattern.compile("\\d(万元|亿元|元)");
    /** Words before an amount that make what they name a part of the section's subject, or a 类/款/项. */
    private static final Pattern PART_OR_CLASS = Pattern.compile("其中|包括|主要用于|[(（][类款项][)）]");
    /** Topics of a disclosure a 绩效自评报告 may state figures of, in the words of the disclosure. */
    private static final List<String> REPORTED_TOPICS = List.of("three_public", "admin_running", "procurement",
            "assets");

    private SectionTopics() {
    }

    /**
     * The heading a paragraph opens with (group 1 its number, group 2 its words), when it ends in 情况 / 说明 or
     * names a specific topic; null otherwise.
     */
    static Matcher inlineHeading(String compact) {
        Matcher m = INLINE_HEADING.matcher(compact);
        if (!m.find()) {
            return null;
        }
        String words = m.group(2);
        boolean heading = words.endsWith("情况") || words.endsWith("说明")
                || HEADING_TOPICS.contains(Phrases.topic(words));
        return heading ? m : null;
    }

    /**
     * The disclosure topic a sentence of a 绩效自评报告 is about ("三公经费支出3.20万元", "政府采购金额…"), named before
     * its first amount, or "" (the sentence is 绩效 narrative).
     */
    static String namedInReport(String sentence) {
        Matcher money = FIRST_MONEY.matcher(sentence);
        if (!money.find()) {
            return "";
        }
        String named = Phrases.topicOfSentence(sentence.substring(0, money.start()));
        return REPORTED_TOPICS.contains(named) ? named : "";
    }

    /**
     * The topic of a sentence of a section about {@code topic}: another specific topic when its words up to its
     * first amount of money name it and not the section's; a sentence without an amount (a reason, a purpose)
     * does not move it.
     */
    static String switched(String sentence, String topic) {
        if (topic.isEmpty()) {
            return topic;
        }
        Matcher money = FIRST_MONEY.matcher(sentence);
        if (!money.find()) {
            return topic;
        }
        String lead = sentence.substring(0, money.start());
        if (PART_OR_CLASS.matcher(lead).find()) {
            return topic; // 包括…公务用车运行维护费…其中…, 国有资产监管（款）: a part or a 款 named, not another topic
        }
        String named = Phrases.topicOfSentence(lead);
        return SWITCH_TOPICS.contains(named) && !named.equals(topic) && !Phrases.names(lead, topic) ? named : topic;
    }
}
