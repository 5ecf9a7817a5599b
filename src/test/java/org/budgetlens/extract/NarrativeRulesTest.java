package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of {@link NarrativeRule} on a sentence that only it skips: the number is not booked, and the report's
 * reason names the rule.
 */
class NarrativeRulesTest {

    private static final Set<NarrativeRule> SEEN = EnumSet.noneOf(NarrativeRule.class);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "EARLIER_YEAR_SENTENCE|某县农业农村局2022年部门预算|二、2021年“三公”经费决算情况|2021年“三公”经费支出决算为25.50万元。|25.50",
        "PURCHASE_PLAN|某县农业农村局2023年度部门决算|一、国有资产占用情况|2024年部门预算安排购置车辆2辆。|2",
        "BARE_WAN|某县农业农村局2023年度部门决算|一、部门基本情况|全县服务人口1.2万。|1.2",
        "NUMBER_AFTER_COMMA|某县农业农村局2023年度部门决算|一、“三公”经费支出情况说明|“三公”经费支出决算为12,34.50万元。|34.50",
        "COMPARED_AMOUNT|某县农业农村局2023年度部门决算|一、“三公”经费支出情况说明|“三公”经费支出决算为25.50万元，较2020年的30.00万元有所减少。|30.00",
        "EARLIER_YEAR_CLAUSE|某县农业农村局2023年部门预算|一、收支预算总体情况|2021年当年预算执行数为1.48万元，2023年预算安排2.63万元。|1.48",
        "TWO_NAMED_RESPECTIVELY|某县农业农村局2023年度部门决算|一、支出决算情况说明|其中：基本支出和项目支出分别占31.39%、68.61%。|31.39",
        "UNKNOWN_SUBJECT|某县农业农村局2023年部门预算|一、支出预算情况说明|项目支出100.00万元；专项业务经费182.92万元。|182.92",
        "CHANGE_VERB_BEFORE_SUBJECT|某县农业农村局2023年部门预算|一、支出预算情况说明|基本支出增加人员经费1408.29万元。|1408.29",
        "COUNT_OF_ANOTHER_BODY|某县政协办公厅2018年部门预算|二、部门机构设置及预算单位构成情况|本部门预算还包括某县联谊俱乐部8名在职人员人员经费。|8",
        "COUNTED_THING_NAMED_AFTER|某县政协办公厅2018年部门预算|二、部门机构设置及预算单位构成情况|本部门内设机构包括办公室、研究室和10个专门委员会。|10",
        "UNPLACED_PART|某县农业农村局2023年部门预算|一、支出预算情况说明|项目支出预算50.00万元，其中：工资福利支出10.00万元。|10.00",
        "UNNAMED_PART_IN_PARENTHESES|某县农业农村局2023年度部门决算|一、“三公”经费支出情况说明|公务接待费5.00万元(含外事接待2.00万元)。|2.00",
        "NEGATIVE_OUTSIDE_DIFFERENCE|某县农业农村局2023年度部门决算|一、“三公”经费支出情况说明|“三公”经费支出决算为-5.00万元。|-5.00",
        "PERCENTAGE_WITHOUT_PHRASE|某县农业农村局2023年度部门决算|一、机关运行经费支出情况|机关运行经费支出25.00万元，约为63.75%。|63.75",
        "RATE_OR_THRESHOLD|某县农业农村局2023年度部门决算|一、“三公”经费支出情况说明|公务接待费按每人每天不超过150元的标准执行。|150",
        "NO_SUBJECT|某县农业农村局2023年度部门决算|一、“三公”经费支出情况说明|其余事项共计7.00万元。|7.00",
        "AGAINST_BUDGET|某县农业农村局2023年度部门决算|一、“三公”经费支出情况说明|“三公”经费支出决算为25.50万元，比预算减少14.50万元。|14.50",
        "PERCENTAGE_WITHOUT_PHRASE|某县农业农村局2023年度部门决算|一、“三公”经费支出情况说明|“三公”经费支出决算为25.50万元，约为63.75%。|63.75",
        "COUNT_OF_MONEY|某县农业农村局2023年度部门决算|一、机关运行经费支出情况|机关运行经费支出3个。|3",
        "SIDE_BY_SIDE|某县农业农村局2023年度部门决算|一、收入支出决算总体情况说明|收、支总计各为410.00万元、420.00万元、430.00万元。|410.00",
        "UNNAMED_SIDE_BY_SIDE|某县农业农村局2023年度部门决算|一、收入支出决算总体情况说明|两项经费各为410.00万元、420.00万元。|410.00",
        "UNPAIRED_SIDE_BY_SIDE|某县农业农村局2023年度部门决算|一、收入支出决算总体情况说明|收、支总计各为410.00万元、420.00万元，各减少10.00万元、20.00万元、30.00万元。|10.00",
        "ECONOMIC_CLASS_OUTSIDE_BASIC|某县农业农村局2023年度部门决算|三、一般公共预算基本支出决算情况说明|项目支出50.00万元，其中商品和服务支出20.00万元。|20.00",
        "UNPLACED_ITEM|某县人民检察院2019年部门预算|三、一般公共预算支出预算情况说明|基本支出(款)某某某某(项)469.5万元。|469.5",
        "TRANSFERRED_AMOUNT|某县人大常委会办公厅2017年部门预算|十一、“三公”经费、会议费、培训费支出预算情况说明|会议费预算支出1305.25万元，原因是从会议费预算中调减403.75万元用于培训费开支。|403.75",
        "AMOUNT_OF_COUNTED|某县农业农村局2023年度部门决算|一、部门基本情况|编制人数20万元。|20",
        "COUNT_UNIT_MISMATCH|某县农业农村局2023年度部门决算|一、部门基本情况|年末实有人员20台。|20",
        "UNPLACED_THREE_PUBLIC_COUNT|某县农业农村局2023年度部门决算|一、“三公”经费支出情况说明|公务接待费5.00万元，共计3辆。|3",
        "SUBJECT_BOOKS_NOTHING|某县农业农村局2023年度部门决算|二、基本支出情况说明|基本支出中，项目支出增加5.00万元。|5.00",
        "SUBJECT_BOOKS_NOTHING|某县农业农村局2023年度部门决算|二、基本支出情况说明|项目支出年初预算100.00万元。|100.00"})
    void theRuleSkipsTheNumberAndNamesItself(NarrativeRule rule, String cover, String heading, String sentence,
            String number) {
        Extraction x = Extractor.extract(SourceText.of(Path.of("r.txt"), "r.txt",
                String.join("\n", cover, heading, sentence), "UTF-8"), Registry.empty());
        assertThat(x.figures()).as("booked").noneMatch(f -> f.origin().equals("narrative") && f.value().equals(number));
        assertThat(x.unused()).as("reported").anySatisfy(u -> {
            assertThat(u.text()).contains(number);
            assertThat(u.reason()).startsWith("rule " + rule.id() + ": ");
        });
        SEEN.add(rule);
    }

    @Test
    void eachRuleHasANameItsReasonsStartWith() {
        for (NarrativeRule r : NarrativeRule.values()) {
            assertThat(r.because("x")).isEqualTo("rule " + r.id() + ": x");
            assertThat(r.id()).matches("[a-z]+(-[a-z]+)*");
        }
        assertThat(List.of(NarrativeRule.values())).extracting(NarrativeRule::id).doesNotHaveDuplicates();
    }

    @Test
    void theDocsListEveryRuleInOrder() throws java.io.IOException {
        String docs = java.nio.file.Files.readString(Path.of("docs/extraction.md"));
        int at = 0;
        for (NarrativeRule r : NarrativeRule.values()) {
            int found = docs.indexOf("| `" + r.id() + "` |", at);
            assertThat(found).as("docs/extraction.md lists rule " + r.id() + " after the one before it").isPositive();
            at = found;
        }
    }

    @AfterAll
    static void everyRuleIsShownOnASentenceOfItsOwn() {
        assertThat(SEEN).containsExactlyInAnyOrder(NarrativeRule.values());
    }
}
