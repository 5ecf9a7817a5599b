package org.budgetlens.extract;

import java.util.Locale;

/**
 * The narrative reader's rules that skip a number, in the order the reader applies them to an amount; the name of
 * the rule that skipped a number opens the reason the extraction report gives ("rule bare-wan: …").
 */
enum NarrativeRule {
    /** The sentence is about an earlier year than the document's (a section on 2021 in a 2022 预算). */
    EARLIER_YEAR_SENTENCE("the sentence is about an earlier year than the document's"),
    /** A purchase plan in the assets section (安排购置…): not assets held. */
    PURCHASE_PLAN("a purchase plan in the assets section, not assets held"),
    /** 1000.86万 without 元 outside a clause about money (1万 people, 1.2万 square metres). */
    BARE_WAN("万 without 元 outside a clause about money"),
    /** A number right after a digit and a comma: A,B side by side or a broken thousands separator. */
    NUMBER_AFTER_COMMA("a number right after a digit and a comma"),
    /** The amount of the year compared with (较2024年的2190万元), unless it is the subject's prior year. */
    COMPARED_AMOUNT("the amount of the year compared with"),
    /** A clause about an earlier year than the document's (2022年当年预算执行数为… in a 2023 预算). */
    EARLIER_YEAR_CLAUSE("a clause about an earlier year than the document's"),
    /** Figures of things the catalogue does not name, given side by side (基本支出和项目支出分别…). */
    UNNAMED_SIDE_BY_SIDE("figures of unnamed things given side by side"),
    /** Figures given side by side (各…) that do not pair with the subject's lines. */
    UNPAIRED_SIDE_BY_SIDE("figures side by side that do not pair with the subject's lines"),
    /** Figures of one subject given side by side (各…). */
    SIDE_BY_SIDE("figures of one subject given side by side"),
    /** An economic class of a total other than 基本支出. */
    ECONOMIC_CLASS_OUTSIDE_BASIC("an economic class of a total other than 基本支出"),
    /** Two things named, one amount each (…和…分别): the first amount is not the one named last. */
    TWO_NAMED_RESPECTIVELY("two things named, one amount each"),
    /** The clause names something the catalogue does not place: not the previous clause's subject. */
    UNKNOWN_SUBJECT("the clause names something the phrase catalogue does not place"),
    /** An item named by 类/款/项 whose code is not found: never the section's total. */
    UNPLACED_ITEM("an item named by 类/款/项 whose code is not found"),
    /** 增加/减少 before the name: the amount added or cut, not the level. */
    CHANGE_VERB_BEFORE_SUBJECT("an amount added or cut, not the level"),
    /** A part in parentheses the catalogue does not name. */
    UNNAMED_PART_IN_PARENTHESES("a part in parentheses the phrase catalogue does not name"),
    /** A part named after 其中 the catalogue does not place. */
    UNPLACED_PART("a part named after 其中 the phrase catalogue does not place"),
    /** A count right after another body's name (…俱乐部8名在职人员): that body's, not the department's. */
    COUNT_OF_ANOTHER_BODY("a count of another body, named right before it"),
    /** N个X: the count is of X, named right after it, not of the subject named before (10个专门委员会). */
    COUNTED_THING_NAMED_AFTER("a count of the thing named right after it, not of the subject"),
    /** A rate or a threshold (每人, 单价, 标准, 以上 …), not an amount. */
    RATE_OR_THRESHOLD("a rate or a threshold, not an amount"),
    /** No subject of the phrase catalogue before the number. */
    NO_SUBJECT("no subject before the number"),
    /** A difference against the budget, not a change from the prior year. */
    AGAINST_BUDGET("a difference against the budget, not a change from the prior year"),
    /** A negative number outside a 差异率 phrase. */
    NEGATIVE_OUTSIDE_DIFFERENCE("a negative number outside a 差异率 phrase"),
    /** A percentage without 占 / 增长 / 下降 / 完成预算 / 差异率. */
    PERCENTAGE_WITHOUT_PHRASE("a percentage without a phrase saying what it is"),
    /** An amount moved between items (会议费预算中调减403.75万元用于培训费): neither the level nor the change. */
    TRANSFERRED_AMOUNT("an amount moved between items, not a level"),
    /** An amount of money for a subject that is counted. */
    AMOUNT_OF_COUNTED("an amount for a subject that is counted, not paid"),
    /** A count in a unit the subject is not counted in. */
    COUNT_UNIT_MISMATCH("a count in another unit than the subject's"),
    /** A count the 三公 phrases do not place. */
    UNPLACED_THREE_PUBLIC_COUNT("a count the 三公 phrases do not place"),
    /** A count for a subject of money. */
    COUNT_OF_MONEY("a count for a money subject"),
    /** The subject names no figure of its table here (项目支出 in a basic-expenditure section). */
    SUBJECT_BOOKS_NOTHING("the subject names no figure of its table here");

    private final String summary;

    NarrativeRule(String summary) {
        this.summary = summary;
    }

    /** The rule's name as the report gives it: "bare-wan". */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String summary() {
        return summary;
    }

    /** The reason the report gives for a number this rule skipped: "rule bare-wan: " and the detail. */
    String because(String detail) {
        return "rule " + id() + ": " + detail;
    }
}
