package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sentences that tempt the narrative reader into a figure the text does not state (found by a review of the
 * wordings NarrativeVariantsTest covers): each must give the right figure or none.
 */
class NarrativeTrapsTest {

    private static final String COVER = "某县农业农村局2023年度部门决算";

    private static List<String> figures(String... lines) {
        Extraction x = Extractor.extract(SourceText.of(Path.of("trap.txt"), "trap.txt", String.join("\n", lines),
                "UTF-8"), Registry.empty());
        return x.figures().stream().filter(f -> f.origin().equals("narrative"))
                .map(f -> f.tableId() + "." + f.lineCode() + "." + f.measure() + (f.stat().isEmpty() ? "" : ":"
                        + f.stat()) + "=" + f.value() + " " + f.unit())
                .toList();
    }

    @Test
    void aChangeWordInAnEarlierClauseDoesNotMakeACompletionRateAChange() {
        assertThat(figures(COVER, "一、“三公”经费支出情况说明",
                "“三公”经费支出决算为25.50万元，因业务量增加，完成预算的63.75%。"))
                .containsExactly("three_public.total.total=25.50 万元", "three_public.total.total:pct=63.75 %");
    }

    @Test
    void aRateOrAThresholdInYuanIsNotTheAmount() {
        assertThat(figures(COVER, "一、“三公”经费支出情况说明",
                "公务接待费按每人每天不超过150元的标准执行，全年支出决算3.10万元。"))
                .containsExactly("three_public.reception.total=3.10 万元");
        assertThat(figures(COVER, "一、国有资产占用情况", "截至2023年12月31日，本部门共有车辆3辆，单价1000元以上的设备50台。"))
                .doesNotContain("assets.vehicles.value=1000 元");
    }

    @Test
    void aFullWidthCommaSeparatesClausesNotThousands() {
        assertThat(figures(COVER, "一、“三公”经费支出情况说明", "国内公务接待批次12，120人次。"))
                .containsExactly("three_public.reception.people=120 人次"); // 12 has no unit: not a figure
    }

    @Test
    void aCountInCiIsNotAHeadcount() {
        assertThat(figures(COVER, "一、机构设置及人员情况", "慰问退休人员2次，在职人员25人。"))
                .containsExactly("org.staff_in_service.count=25 人");
    }

    @Test
    void outsideASectionTheTopicIsTheOneTheSentenceNamesFirst() {
        assertThat(figures(COVER, "机关运行经费包括办公费、印刷费、公务用车运行维护费等，2023年度支出50.00万元。"))
                .containsExactly("admin_running.total.total=50.00 万元");
    }

    @Test
    void aSentenceGluedToTheCoverIsStillAboutTheYearItNames() {
        assertThat(figures(COVER, "2022年度“三公”经费支出28万元，2023年度“三公”经费支出25万元。"))
                .containsExactly("three_public.total.total=25 万元");
    }

    @Test
    void aFinalAccountThatMentionsItsSelfEvaluationTableIsStillAFinalAccount() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt",
                "某县农业农村局2023年度部门决算（含项目支出绩效自评表）\n", "UTF-8"), Registry.empty());
        assertThat(x.meta().kind()).isEqualTo("final");
    }

    @Test
    void aSubHeadingThatOpensTheSectionDoesNotLendItsTopicToItsSiblings() {
        assertThat(figures(COVER, "(一)“三公”经费支出情况", "“三公”经费支出决算为25.50万元。",
                "(二)其他重要事项的情况说明", "部分车辆运行费由下属单位承担2万元。"))
                .containsExactly("three_public.total.total=25.50 万元");
    }
}
