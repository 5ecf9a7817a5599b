package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Figures read with the help of the rest of the document (the documents are written for the test, in the shapes of
 * the seeds and of the MOF templates): 绩效 text that names a figure stated elsewhere, units counted before their
 * noun, a project paragraph named differently from its table row, the change of 实有人数 from its parts'.
 */
class DocumentWideReadingTest {

    private static Extraction extract(String... lines) {
        return Extractor.extract(SourceText.of(Path.of("doc.txt"), "doc.txt", String.join("\n", lines), "UTF-8"),
                Registry.empty());
    }

    /** "table.line[detail].measure[:stat]=value unit@line origin" for every figure but the tables' own rows. */
    private static List<String> figures(Extraction x) {
        return x.figures().stream().filter(f -> !f.isTable())
                .map(f -> f.tableId() + "." + f.lineCode() + (f.detail().isEmpty() ? "" : "[" + f.detail() + "]")
                        + "." + f.measure() + (f.stat().isEmpty() ? "" : ":" + f.stat()) + "=" + f.value() + " "
                        + f.unit() + "@" + f.sourceLine() + " " + f.origin())
                .toList();
    }

    private static final String[] PERFORMANCE_REPORT = {
        "某县医疗保障局2023年度部门整体支出绩效自评报告",
        "一、基本情况",
        "2023年度，全县居民医保参保率达到98.50%，培训覆盖率达到98.50%，定点机构覆盖率稳定在95%以上。",
        "二、部门整体支出管理及使用情况",
        "本年共计1个项目，为乡村医保服务站建设项目，预算金额为30.00万元，执行金额为12.50万元。",
        "三、部门整体支出绩效分析",
        "（一）指标一：",
        "医保参保率：该指标预期指标值为95%，年中监控实际完成值为96.00%，本次评价医保参保率为98.50%，"
            + "该指标完成率为103.68%。偏差原因：乡村医保服务站建设（30万元）当年支出12.5万，其余资金结转。"
            + "该指标权重分值为10分，自评得分10分。"};

    @Test
    void performanceTextThatNamesAFigureStatedElsewhereRestatesIt() {
        List<String> got = figures(extract(PERFORMANCE_REPORT));

        assertThat(got).contains(
                "perf_dept.ind1.actual=98.50 %@3 narrative",
                "perf_project.funds_total[乡村医保服务站建设].budget_full_year=30 万元@8 narrative",
                "perf_project.funds_total[乡村医保服务站建设].executed=12.5 万元@8 narrative");
        // 培训覆盖率 shares no name with any figure of 98.50%; 95%以上 is a bound, not the indicator's 95%
        assertThat(got).filteredOn(g -> g.contains("@3")).containsExactly("perf_dept.ind1.actual=98.50 %@3 narrative");
    }

    @Test
    void aNumberTwoFiguresCouldBeIsNotACrossReference() {
        String[] lines = PERFORMANCE_REPORT.clone();
        // a second project with the same budget and a name as close: 30万元 can no longer be told apart
        lines[4] = "本年共计2个项目，为乡村医保服务站建设项目，预算金额为30.00万元，执行金额为12.50万元；"
                + "为乡村医保服务站维护项目，预算金额为30.00万元，执行金额为30.00万元。";
        Extraction x = extract(lines);

        assertThat(figures(x)).filteredOn(g -> g.contains("@8") && g.contains("funds_total"))
                .containsExactly("perf_project.funds_total[乡村医保服务站建设].executed=12.5 万元@8 narrative");
        assertThat(x.unused()).anySatisfy(u -> {
            assertThat(u.line()).isEqualTo(8);
            assertThat(u.text()).endsWith("(30万元");
        });
    }

    @Test
    void theShareOfProjectExpenditureTheSelfEvaluationCoversHasItsBaseNamed() {
        Extraction x = extract("某区卫生健康局2024年度部门决算",
                "一、绩效评价情况说明",
                "本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及资金1,250.40万元，"
                        + "占一般公共预算项目支出总额的92.10%。");

        assertThat(x.figures()).filteredOn(f -> f.stat().equals("pct")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("92.10");
            assertThat(f.measure()).isEqualTo("budget_full_year");
            assertThat(f.base()).isEqualTo("gpb_expenditure:total:project");
        });
    }

    @Test
    void unitsCountedBeforeTheirNounAndTheChangeOfStaffFromItsParts() {
        List<String> got = figures(extract("某县民政局2022年部门预算",
                "一、部门基本情况",
                "从预算单位构成看，某县民政局的部门预算包括：某县民政局本级预算及下属2家预算单位在内的汇总预算。",
                "某县民政局编制数40人，实有人数37人，其中：在职30人，增加1人；退休6人，减少2人；离休1人，增加0人。",
                "二、其他重要事项的情况说明",
                "2022年，某县民政局本级及下属2家事业单位的机关运行经费财政拨款预算80.50万元。"));

        assertThat(got).contains(
                "org.budget_units.count=3 个@3 derived",
                "org.staff_actual.count:change=-1 人@4 derived",
                "org.institutions.count=2 家@6 narrative",
                "admin_running.total.total=80.50 万元@6 narrative");
    }

    @Test
    void noChangeOfStaffIsDerivedWhenThePartsDoNotAddUpToTheTotal() {
        List<String> got = figures(extract("某县民政局2022年部门预算",
                "一、部门基本情况",
                "某县民政局实有人数38人，其中：在职30人，增加1人；退休6人，减少2人；离休1人，增加0人。"));

        assertThat(got).contains("org.staff_actual.count=38 人@3 narrative")
                .noneMatch(g -> g.startsWith("org.staff_actual.count:change"));
    }

    private static final String[] BUDGET_WITH_PROJECTS = {
        "某县医疗保障局2022年部门预算",
        "表七：",
        "一般公共预算项目支出情况表",
        "单位：万元",
        "科目编码\t\t\t科目\t项目名称\t项目支出合计",
        "类\t款\t项\t\t\t",
        "210\t15\t02\t一般行政管理事务\t业务楼运行费\t109.10",
        "210\t15\t99\t其他医疗保障管理事务支出\t综合业务费\t105.60",
        "210\t15\t99\t其他医疗保障管理事务支出\t稽核费\t25.30",
        "\t\t\t\t合计\t240.00",
        "七、项目支出情况说明",
        "1. 项目名称：业务楼运行费",
        "预算安排规模：109.10 万元",
        "2. 项目名称：综合业务费",
        "预算安排规模：105.60 万元",
        "3. 项目名称：年度综合业务费",
        "预算安排规模：25.30 万元"};

    @Test
    void aProjectParagraphNamedDifferentlyIsTheOneUnnamedTableProjectOfItsAmount() {
        List<String> got = figures(extract(BUDGET_WITH_PROJECTS));

        assertThat(got).contains("gpb_project.2101599[稽核费].total=25.30 万元@17 narrative",
                "gpb_project.2101502[业务楼运行费].total=109.10 万元@13 narrative");
    }

    @Test
    void aProjectParagraphNamedDifferentlyStaysReportedWhenTheTableNamesItsAmountTwice() {
        String[] lines = BUDGET_WITH_PROJECTS.clone();
        lines[6] = "210\t15\t02\t一般行政管理事务\t业务楼运行费\t25.30";
        lines[12] = "预算安排规模：25.30 万元";
        lines[8] = "210\t15\t99\t其他医疗保障管理事务支出\t稽核费\t25.30";
        lines[11] = "1. 项目名称：业务楼维护费";
        Extraction x = extract(lines);

        assertThat(figures(x)).noneMatch(g -> g.contains(" narrative") && g.startsWith("gpb_project")
                && !g.contains("综合业务费"));
        assertThat(x.unused()).anySatisfy(u -> assertThat(u.reason()).contains("年度综合业务费"));
    }
}
