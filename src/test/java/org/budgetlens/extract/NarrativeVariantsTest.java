package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Wordings of the template's narrative that other districts use (the documents here are written for the test, in
 * the shapes found in disclosures outside the repository): traditional script, amounts in 元 with thousands
 * separators, no 一、 headings, 减少/降低 X%, 无增减变化, changes against the budget, earlier-year sections, parts
 * after 其中, counts in 次 / 个, and the year and kind of the cover.
 */
class NarrativeVariantsTest {

    private static Extraction extract(String text) {
        return Extractor.extract(SourceText.of(Path.of("variant.txt"), "variant.txt", text, "UTF-8"),
                Registry.empty());
    }

    /** "table.line.measure[:stat]=value unit@line" for every narrative figure. */
    private static List<String> figures(Extraction x) {
        return x.figures().stream().filter(f -> f.origin().equals("narrative"))
                .map(f -> f.tableId() + "." + f.lineCode() + "." + f.measure() + (f.stat().isEmpty() ? "" : ":"
                        + f.stat()) + "=" + f.value() + " " + f.unit() + "@" + f.sourceLine())
                .toList();
    }

    @Test
    void aJiangsuBudgetsOverallParagraphAndItsFiscalSectionsAreReadOnTheirOwnTables() {
        Extraction x = extract(String.join("\n",
                "某省某某办公厅2018年部门预算",
                "一、收支预算总体情况说明",
                "（二）支出预算总计100.00万元。包括：",
                "1.一般公共服务（类）支出70.00万元，主要用于行政运行。与上年相比增加7.00万元，增长11.11%。",
                "此外，基本支出预算数为60.00万元。与上年相比减少6.00万元，下降9.09%。",
                "项目支出预算数为30.00万元。单位预留机动经费预算为10.00万元。",
                "五、财政拨款支出预算情况说明",
                "某省某某办公厅2018年度财政拨款预算支出90.00万元，占本年支出合计的90.00%。其中基本支出增加人员经费5.00万元。",
                "六、财政拨款基本支出预算情况说明",
                "2018年度财政拨款基本支出预算50.00万元，其中：",
                "（一）人员经费40.00万元。",
                "（二）公用经费10.00万元。",
                "七、政府采购预算情况说明",
                "政府采购预算总金额为9.00万元。其中拟购买货物5.00万元；拟购买工程1.00万元；拟购买服务3.00万元。"));

        assertThat(figures(x)).containsExactly(
                "summary.expenditure_grand_total.total=100.00 万元@3",
                "summary.201.total=70.00 万元@4",
                "summary.201.total:change=7.00 万元@4",
                "summary.201.total:change_pct=11.11 %@4",
                "summary.use_basic.total=60.00 万元@5",
                "summary.use_basic.total:change=-6.00 万元@5",
                "summary.use_basic.total:change_pct=-9.09 %@5",
                "summary.use_project.total=30.00 万元@6",
                "summary.use_reserve.total=10.00 万元@6",
                "fiscal_expenditure.total.total=90.00 万元@8",
                "fiscal_expenditure.total.total:pct=90.00 %@8",
                "fiscal_basic.total.total=50.00 万元@10",
                "fiscal_basic.total.personnel=40.00 万元@11",
                "fiscal_basic.total.public=10.00 万元@12",
                "procurement.total.total=9.00 万元@14",
                "procurement.goods.total=5.00 万元@14",
                "procurement.works.total=1.00 万元@14",
                "procurement.services.total=3.00 万元@14");
        assertThat(x.figures()).filteredOn(f -> f.stat().equals("pct") && f.tableId().equals("fiscal_expenditure"))
                .singleElement().extracting(Figure::base).isEqualTo("expenditure:total:total");
    }

    @Test
    void aChangeSaidWithLeOrFuIsAChange() {
        Extraction x = extract(String.join("\n",
                "某省人民检察院2019年部门预算",
                "一、收支预算总体情况说明",
                "项目支出预算数为4335.30万元。与上年相比减少了1237.70万元，降幅22.21%。",
                "基本支出预算数为15844.04万元。与上年相比增加了1237.70万元，增幅8.47%。"));

        assertThat(figures(x)).containsExactly(
                "summary.use_project.total=4335.30 万元@3",
                "summary.use_project.total:change=-1237.70 万元@3",
                "summary.use_project.total:change_pct=-22.21 %@3",
                "summary.use_basic.total=15844.04 万元@4",
                "summary.use_basic.total:change=1237.70 万元@4",
                "summary.use_basic.total:change_pct=8.47 %@4");
    }

    @Test
    void aBudgetComparedWithLastYearsExecutionIsStoredAsSuchNeverAsAChangeOfTheBudget() {
        Extraction x = extract(String.join("\n",
                "某县农业农村局2023年部门预算",
                "一、收支预算总体情况",
                "2023年收入预算100.00万元，比上年决算数减少20.00万元，下降16.67%；比上年预算增加10.00万元，增长11.11%。",
                "2023年支出预算100.00万元，比2022年预算执行数增加20.00万元，增长25.00%。"));

        assertThat(figures(x)).containsExactly(
                "summary.income_grand_total.total=100.00 万元@3",
                "summary.income_grand_total.total:change_executed=-20.00 万元@3",
                "summary.income_grand_total.total:change_executed_pct=-16.67 %@3",
                "summary.income_grand_total.total:change=10.00 万元@3",
                "summary.income_grand_total.total:change_pct=11.11 %@3",
                "summary.expenditure_grand_total.total=100.00 万元@4",
                "summary.expenditure_grand_total.total:change_executed=20.00 万元@4",
                "summary.expenditure_grand_total.total:change_executed_pct=25.00 %@4");
    }

    @Test
    void aParagraphWithoutNumberedHeadingsIsReadByTheTopicItNames() {
        Extraction x = extract(String.join("\n",
                "某县农业农村局2023年度部门决算",
                "2023年度“三公”经费财政拨款支出预算为40.00万元，支出决算为25.50万元，完成预算的63.75%。",
                "公务接待费支出决算比2022年减少1.20万元，降低4.50%。"));

        assertThat(figures(x)).containsExactly(
                "three_public.total.budget_full_year=40.00 万元@2",
                "three_public.total.total=25.50 万元@2",
                "three_public.total.total:pct=63.75 %@2",
                "three_public.reception.total:change=-1.20 万元@3",
                "three_public.reception.total:change_pct=-4.50 %@3");
        assertThat(x.meta().fiscalYear()).isEqualTo("2023");
        assertThat(x.meta().kind()).isEqualTo("final");
    }

    @Test
    void amountsInYuanKeepTheirUnitAndLoseTheirThousandsSeparators() {
        Extraction x = extract(String.join("\n",
                "某县文化和旅游局2022年度部门决算",
                "一、“三公”经费支出情况说明",
                "“三公”经费支出年初预算为31,500元，支出决算为30,112.40元，完成年初预算的95.59%。"));

        assertThat(figures(x)).containsExactly(
                "three_public.total.budget_initial=31500 元@3",
                "three_public.total.total=30112.40 元@3",
                "three_public.total.total:pct=95.59 %@3");
    }

    @Test
    void traditionalScriptIsReadAsSimplifiedOnTheSameLines() {
        Extraction x = extract(String.join("\n",
                "某市政務服務中心2023年度部門決算",
                "一、收入支出決算總體情況說明",
                "2023年度收入總計512.30萬元，其中：本年收入合計500.10萬元。"));

        assertThat(x.meta().kind()).isEqualTo("final");
        assertThat(figures(x)).containsExactly(
                "summary.income_grand_total.total=512.30 万元@3",
                "summary.income_total.total=500.10 万元@3");
    }

    @Test
    void aDifferenceAgainstTheBudgetIsNotAPriorYearChange() {
        Extraction x = extract(String.join("\n",
                "某区机关事务管理中心2021年度部门决算",
                "一、“三公”经费支出情况",
                "公务接待费支出3.10万元，与2021年度预算相比，增加0.60万元，增长24.00%。",
                "因公出国（境）费支出决算比预算无增减变化，比上年无增减变化。"));

        assertThat(figures(x)).containsExactly(
                "three_public.reception.total=3.10 万元@3",
                "three_public.abroad.total:change=0 万元@4");
        assertThat(x.unused()).extracting(Unused::reason)
                .contains("rule against-budget: a difference against the budget, not a change from the prior year");
    }

    @Test
    void aSectionAboutAnEarlierYearGivesNoFigureOfThisYear() {
        Extraction x = extract(String.join("\n",
                "某旗2022年部门预算",
                "一、2022年“三公”经费预算安排情况",
                "2022年度“三公”经费预算总计30.00万元。",
                "二、2021年“三公”经费决算情况",
                "2021年度“三公”经费合计支出28.00万元。",
                "2022年度“三公”经费预算较2021年度增加2.00万元。"));

        assertThat(figures(x)).containsExactly(
                "three_public.total.total=30.00 万元@3",
                "three_public.total.total:change=2.00 万元@6");
        assertThat(x.unused()).extracting(Unused::text).contains("28.00万元");
    }

    @Test
    void aPartNamedAfterQizhongIsNotReadAsTheFigureBeforeIt() {
        Extraction x = extract(String.join("\n",
                "某市2024年部门预算",
                "一、一般公共预算基本支出情况",
                "基本支出预算120.00万元，其中：离退休费预算90.00万元，占基本支出预算75.00%，同比增加3.00万元。"));

        assertThat(figures(x)).containsExactly("gpb_basic.total.total=120.00 万元@3");
    }

    @Test
    void countsOfTripsBatchesAndPeopleInOtherWords() {
        Extraction x = extract(String.join("\n",
                "某局2021年度部门决算",
                "一、“三公”经费支出情况",
                "因公出国（境）团组0次，0人次；国内公务接待批次为12个，接待人次为96人。"));

        assertThat(figures(x)).contains(
                "three_public.abroad.groups=0 次@3",
                "three_public.abroad.people=0 人次@3",
                "three_public.reception.batches=12 个@3",
                "three_public.reception.people=96 人@3");
    }

    @Test
    void theYearOfAComparisonIsNotTheFiscalYearAndASelfEvaluationTableIsPerformance() {
        Extraction x = extract(String.join("\n",
                "公务接待费支出比2021年减少1.00万元。",
                "项目支出绩效自评表（2022年度）"));

        assertThat(x.meta().fiscalYear()).isEqualTo("2022");
        assertThat(x.meta().kind()).isEqualTo("performance");
    }

    @Test
    void theFundsOfTheIncomeSentenceAndTheirOwnSections() {
        Extraction x = extract(String.join("\n",
                "某县文广旅局2022年度部门决算",
                "一、收入决算情况说明",
                "本年收入合计800.00万元，其中：一般公共预算财政拨款收入790.00万元；政府性基金预算财政拨款收入0万元；"
                        + "国有资本经营预算财政拨款收入0万元；其他收入10.00万元。",
                "八、政府性基金预算财政拨款收入支出决算情况说明",
                "2022年政府性基金预算财政拨款支出0万元。"));

        assertThat(figures(x)).containsExactly(
                "income.total.total=800.00 万元@3",
                "income.total.fiscal=790.00 万元@3",
                "income.total.gov_fund=0 万元@3",
                "income.total.soe=0 万元@3",
                "income.total.other=10.00 万元@3",
                "gov_fund.total.total=0 万元@5");
    }

    @Test
    void theProjectCountOfASelfEvaluationIsNotAPartInParentheses() {
        Extraction x = extract(String.join("\n",
                "某州数据中心2024年度项目支出绩效自评报告",
                "一、项目基本情况",
                "2024年，本单位实施项目共12个(含上年转列项目4个)，实际到位资金300.00万元。"));

        assertThat(figures(x)).filteredOn(f -> f.startsWith("perf_project.projects"))
                .containsExactly("perf_project.projects.count=12 个@3");
    }

    @Test
    void afterAParenthesisTheFigureBeforeItIsTheSubjectAgain() {
        Extraction x = extract(String.join("\n",
                "某厅2022年部门预算",
                "一、“三公”经费预算情况",
                "公务用车购置及运行费50.00万元(其中,公务用车运行费50.00万元),较上年预算增长25.00%。"));

        assertThat(figures(x)).containsExactly(
                "three_public.vehicles.total=50.00 万元@3",
                "three_public.vehicle_running.total=50.00 万元@3",
                "three_public.vehicles.total:change_pct=25.00 %@3");
    }

    @Test
    void figuresSideBySideGoToTheirLinesInOrderAndAChangeForEachIsEach() {
        Extraction x = extract(String.join("\n",
                "某局2022年度部门决算",
                "(一)收入支出决算总体情况说明。",
                "2022年度收、支总计各是410.00,420.00万元。",
                "2022年度收、支总计9,685.55万元，比上年收、支总计各增加100.00万元。"));

        assertThat(figures(x)).containsExactly(
                "summary.income_grand_total.total=410.00 万元@3",
                "summary.expenditure_grand_total.total=420.00 万元@3",
                "summary.income_grand_total.total=9685.55 万元@4",
                "summary.expenditure_grand_total.total=9685.55 万元@4",
                "summary.income_grand_total.total:change=100.00 万元@4",
                "summary.expenditure_grand_total.total:change=100.00 万元@4");
    }

    @Test
    void wanWithoutYuanPinyinAfterCharactersAndGongwucheWithoutYong() {
        Extraction x = extract(String.join("\n",
                "某区2022年度“三公”经费决算",
                "一、“三公”经费情况",
                "全区“三公”经费决算数为120.50万。公务车购置及运行维护费支出决算為80.00萬(wàn)元。"));

        assertThat(figures(x)).containsExactly(
                "three_public.total.total=120.50 万元@3",
                "three_public.vehicles.total=80.00 万元@3");
    }

    @Test
    void aClauseThatNamesAnEarlierYearGivesNoFigureOfThisYear() {
        Extraction x = extract(String.join("\n",
                "某镇2024年部门预算",
                "一、“三公”经费预算情况",
                "公务接待费预算5.00万元，比2023年增加2.00万元，因按照2023年预算3万元无法满足需求，2023年公务接待费决算数为7万元。"));

        assertThat(figures(x)).containsExactly(
                "three_public.reception.total=5.00 万元@3",
                "three_public.reception.total:change=2.00 万元@3");
    }

    @Test
    void shorterTemplateWordsForTotalsVehiclesHeldAndVisitors() {
        Extraction x = extract(String.join("\n",
                "某镇2021年度部门决算",
                "(一)收入支出决算总体情况说明。",
                "1.总体情况。收支较上年决算数减少70.00万元、下降18.50%。2.收入情况。2021年度收入合计295.00万元。",
                "二、“三公”经费支出情况",
                "公务接待220批次，人数2929人。公务车保有量25辆，计划购置0辆。"));

        assertThat(figures(x)).containsExactly(
                "summary.income_grand_total.total:change=-70.00 万元@3",
                "summary.expenditure_grand_total.total:change=-70.00 万元@3",
                "summary.income_grand_total.total:change_pct=-18.50 %@3",
                "summary.expenditure_grand_total.total:change_pct=-18.50 %@3",
                "summary.income_total.total=295.00 万元@3",
                "three_public.reception.batches=220 批次@5",
                "three_public.reception.people=2929 人@5",
                "three_public.vehicles.held=25 辆@5");
    }

    @Test
    void theEconomicClassesOfBasicExpenditureAfterQizhong() {
        Extraction x = extract(String.join("\n",
                "某市2024年部门预算",
                "一、一般公共预算基本支出情况",
                "基本支出预算120.00万元，其中：工资福利支出预算90.00万元，占基本支出预算75.00%；"
                        + "商品和服务支出预算30.00万元，同比减少2.00万元。",
                "2.项目支出预算50.00万元。其中：商品和服务支出预算40.00万元。"));

        assertThat(figures(x)).containsExactly(
                "gpb_basic.total.total=120.00 万元@3",
                "gpb_basic.301.total=90.00 万元@3",
                "gpb_basic.301.total:pct=75.00 %@3",
                "gpb_basic.302.total=30.00 万元@3",
                "gpb_basic.302.total:change=-2.00 万元@3");
    }

    @Test
    void theAmountOfTheYearBeforeInAComparisonIsThePriorFigure() {
        Extraction x = extract(String.join("\n",
                "某市林业局2020年度部门决算",
                "一、“三公”经费支出情况说明",
                "2020年度“三公”经费支出431万元，比上年累计支出433万元减少2万元。",
                "公务接待费支出124万元，比2018年的150万元减少26万元。",
                "公务用车运行维护费支出251万元，比上年预算的300万元减少49万元。"));

        assertThat(figures(x)).contains(
                "three_public.total.total=431 万元@3",
                "three_public.total.total:prior=433 万元@3",
                "three_public.total.total:change=-2 万元@3",
                "three_public.reception.total=124 万元@4");
        // 2018 is not the year before 2020; in a 决算, 上年预算 is not the prior year's final figure
        assertThat(figures(x)).noneMatch(f -> f.contains(":prior=150") || f.contains(":prior=300"));
        assertThat(x.unused()).extracting(Unused::text).anyMatch(t -> t.endsWith("150万元"))
                .anyMatch(t -> t.endsWith("300万元"));
    }

    @Test
    void wordingsOfOtherProvincesFinalAccounts() {
        Extraction x = extract(String.join("\n",
                "某县教育局2021年度部门决算",
                "四、财政拨款收入支出决算总体情况说明",
                "2021年度财政拨款收入、支出总计各6,120.50万元。",
                "五、一般公共预算财政拨款支出决算情况说明",
                "主要用于以下方面：教育支出5204.28万元，占85.03%；卫生健康支出216.58万元，占3.54%。",
                "（一）教育支出（类）普通教育（款）小学教育（项）：预算数为1,400.00万元，决算数为1,456.32万元，"
                        + "完成预算的104.02%。",
                "七、财政拨款“三公”经费支出决算情况说明",
                "2021年度“三公”经费支出决算为8.45万元，主要原因是压减公务接待。与上年相比减少0.67万元，下降7.35%。",
                "八、政府性基金预算财政拨款收入支出决算情况说明",
                "2021年度政府性基金预算财政拨款收入35.00万元，支出34.00万元。",
                "小学教育\t2050202"));

        assertThat(figures(x)).contains(
                "fiscal_summary.income_grand_total.total=6120.50 万元@3",
                "fiscal_summary.expenditure_grand_total.total=6120.50 万元@3",
                "gpb_expenditure.205.total=5204.28 万元@5",
                "gpb_expenditure.205.total:pct=85.03 %@5",
                "gpb_expenditure.210.total=216.58 万元@5",
                "three_public.total.total:change=-0.67 万元@8",
                "three_public.total.total:change_pct=-7.35 %@8",
                "gov_fund.total.income=35.00 万元@10",
                "gov_fund.total.total=34.00 万元@10");
        assertThat(figures(x)).noneMatch(f -> f.startsWith("three_public.reception"))
                .noneMatch(f -> f.contains("=6 万元") || f.contains("=120.50"));
    }

    @Test
    void anUnqualifiedBudgetInAFinalAccountIsTheBudgetNotTheFinalFigure() {
        Extraction x = extract(String.join("\n",
                "某县公安局2019年度部门决算",
                "一般公共预算财政拨款支出决算表",
                "单位：万元",
                "科目编码\t科目名称\t年初预算数\t决算数",
                "2040201\t行政运行\t240.00\t245.63",
                "（三）一般公共预算财政拨款支出决算情况说明",
                "（一）公共安全支出（类）公安（款）行政运行（项）：预算数为240.00万元，决算数为245.63万元，"
                        + "完成预算的102.35%。"));

        assertThat(figures(x)).containsExactly(
                "gpb_expenditure.2040201.budget_initial=240.00 万元@7",
                "gpb_expenditure.2040201.total=245.63 万元@7",
                "gpb_expenditure.2040201.total:pct=102.35 %@7");
    }

    @Test
    void wordingsOfOtherProvincesBudgets() {
        Extraction x = extract(String.join("\n",
                "某区街道办事处2022年部门预算",
                "一、部门基本情况",
                "本部门编制人数52人，内设处室6个。纳入2022年部门预算编制范围的预算单位共2个。",
                "五、一般公共预算当年拨款情况说明",
                "2022年一般公共预算当年拨款4624.90万元，比上年预算增加173.70万元，增长3.90%。",
                "十、其他重要事项的情况说明",
                "2022年本单位政府采购预算128.65万元，其中：货物采购预算7.00万元，服务采购预算121.65万元。",
                "十一、绩效目标设置情况",
                "对5个项目开展绩效自评。其中，甲项目自评得分94.5分，乙项目自评得分92分。部门整体支出绩效自评得分91.6分。"));

        assertThat(figures(x)).contains(
                "org.staff_authorized.count=52 人@3",
                "org.departments.count=6 个@3",
                "org.budget_units.count=2 个@3",
                "gpb_expenditure.total.total=4624.90 万元@5",
                "gpb_expenditure.total.total:change=173.70 万元@5",
                "procurement.total.total=128.65 万元@7",
                "procurement.goods.total=7.00 万元@7",
                "procurement.services.total=121.65 万元@7",
                "perf_project.overall.score=94.5 分@9",
                "perf_project.overall.score=92 分@9",
                "perf_dept.overall.score=91.6 分@9");
        assertThat(x.figures()).filteredOn(f -> f.lineCode().equals("overall") && f.tableId().equals("perf_project"))
                .extracting(Figure::detail).containsExactly("甲", "乙");
    }

    @Test
    void headingsThatOpenTheirParagraphAndSentencesThatNameAnotherTopic() {
        Extraction x = extract(String.join("\n",
                "某区水利局2020年部门预算",
                "八、其他重要事项的情况说明",
                "（一）机关运行经费。2020年机关运行经费财政拨款预算60.70万元，比上年预算减少0.85万元。",
                "（二）政府采购情况。2020年政府采购预算总额1,380.00万元，其中：政府采购工程预算1,300.00万元，"
                        + "政府采购服务预算80.00万元。",
                "3.国有资产占用情况：截至2019年底，本部门共有车辆4辆，其中，一般公务用车1辆、特种专业技术用车3辆。",
                "九、机关运行经费及政府采购预算情况",
                "2020年机关运行经费预算212.70万元。政府采购预算96.40万元，其中：货物12.40万元，服务84.00万元。",
                "十、国有资产占用及绩效目标情况",
                "截至2019年12月31日，本部门共有车辆3辆。2020年本部门共4个项目编报绩效目标，涉及资金1733.00万元。"));

        assertThat(figures(x)).contains(
                "admin_running.total.total=60.70 万元@3",
                "procurement.total.total=1380.00 万元@4",
                "procurement.works.total=1300.00 万元@4",
                "procurement.services.total=80.00 万元@4",
                "assets.vehicles.count=4 辆@5",
                "assets.vehicles_general.count=1 辆@5",
                "assets.vehicles_special.count=3 辆@5",
                "admin_running.total.total=212.70 万元@7",
                "procurement.total.total=96.40 万元@7",
                "procurement.goods.total=12.40 万元@7",
                "procurement.services.total=84.00 万元@7",
                "assets.vehicles.count=3 辆@9",
                "perf_project.projects.count=4 个@9",
                "perf_project.funds_total.budget_full_year=1733.00 万元@9");
    }

    @Test
    void moreWordingsOfStaffUnitsTotalsAndPerformanceFunds() {
        Extraction x = extract(String.join("\n",
                "某县第二中学2024年度部门决算",
                "一、部门基本情况",
                "本单位内设股室8个，核定事业编制186人，纳入本单位2024年度决算编制范围的单位共3个。",
                "二、收入支出决算总体情况说明",
                "2.收入情况。2024年度收入合计4,063.67万元，其中：财政拨款收入4,035.07万元，占99.30%。",
                "三、财政拨款收入支出决算总体情况说明",
                "2024年度财政拨款收、支总计各3808.86万元。",
                "四、绩效评价情况",
                "本部门对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目28个，资金487.25万元。",
                "学校对全部6个项目开展绩效自评，全年预算数488.00万元，执行数486.00万元。"));

        assertThat(figures(x)).contains(
                "org.departments.count=8 个@3",
                "org.staff_authorized.count=186 人@3",
                "org.budget_units.count=3 个@3",
                "income.total.total=4063.67 万元@5",
                "income.total.fiscal=4035.07 万元@5",
                "fiscal_summary.income_grand_total.total=3808.86 万元@7",
                "fiscal_summary.expenditure_grand_total.total=3808.86 万元@7",
                "perf_project.funds_total.budget_full_year=487.25 万元@9",
                "perf_project.funds_total.executed=486.00 万元@10");
    }

    @Test
    void aPageFooterInsideASentenceAndABrokenNumber() {
        Extraction x = extract(String.join("\n",
                "某局2022年部门预算",
                "三、关于2022年支出预算情况说明",
                "2022年支出预算1481.37万元，其中：基本支出1227.27万元，占82.85%，比上年增加50.64",
                "— 15 —",
                "万元，增长4.30%；项目支出254.10万元，比上年减少6.",
                "40万元。"));

        assertThat(figures(x)).contains(
                "expenditure.total.total=1481.37 万元@3",
                "expenditure.total.basic=1227.27 万元@3",
                "expenditure.total.basic:change=50.64 万元@3",
                "expenditure.total.basic:change_pct=4.30 %@5",
                "expenditure.total.project=254.10 万元@5",
                "expenditure.total.project:change=-6.40 万元@5");
    }

    @Test
    void theEndOfASentenceOnALineOfItsOwnIsNotNoise() {
        Extraction x = extract(String.join("\n",
                "某中心2020年度部门决算",
                "—10—",
                "三、“三公”经费支出情况说明",
                "2020年度因公出国(境)费支出决算0万元;公务接待费支出决算 1.5万",
                "元。",
                "~ - _ 一 丨 0 ,"));

        assertThat(figures(x)).containsExactly("three_public.abroad.total=0 万元@4",
                "three_public.reception.total=1.5 万元@4");
    }

    @Test
    void aBudgetsOverallSentencesAndUnitCountsNamedBeforeTheirNumber() {
        Extraction x = extract(String.join("\n",
                "某区民政局2024年部门预算",
                "一、部门基本情况",
                "某镇人民政府内设党政综合办公室、经济发展办公室等6个办公室。本部门编制数58人，其中行政编制21人。",
                "纳入2024年度部门预算编制范围的预算单位1个，即某区民政局本级。",
                "二、收支预算总体情况",
                "按照全口径预算的原则，某区民政局2024年收入预算8,366.90万元，支出预算8,366.90万元。"
                        + "与上年相比，收、支预算总计各增加412.35万元，增长5.37%。",
                "三、其他重要事项的情况说明",
                "（三）国有资产占用情况：截至2023年末，本部门固定资产原值1,862.35万元，共有公务用车4辆，其中应急保障用车2辆。"));

        assertThat(figures(x)).contains(
                "org.departments.count=6 个@3",
                "org.staff_authorized.count=58 人@3",
                "org.staff_authorized_admin.count=21 人@3",
                "org.budget_units.count=1 个@4",
                "summary.income_grand_total.total=8366.90 万元@6",
                "summary.expenditure_grand_total.total=8366.90 万元@6",
                "summary.income_grand_total.total:change=412.35 万元@6",
                "summary.expenditure_grand_total.total:change_pct=5.37 %@6",
                "assets.vehicles.count=4 辆@8",
                "assets.vehicles_emergency.count=2 辆@8");
    }

    @Test
    void anAuthorizedAdministrativeStaffIsTheAdministrativePartAndAnInstitutionsIsItsTotal() {
        Extraction x = extract(String.join("\n",
                "某县卫生健康局2023年度部门决算",
                "一、部门基本情况",
                "本局机关内设股室9个，核定行政编制15名，事业编制42名；下属某县疾控中心核定事业编制30人。"));

        assertThat(figures(x)).contains("org.departments.count=9 个@3", "org.staff_authorized_admin.count=15 人@3",
                "org.staff_authorized.count=30 人@3");
    }

    @Test
    void theFiscalSummarysTotalsWordedForABudgetAndSideBySide() {
        Extraction x = extract(String.join("\n",
                "某区应急管理局2025年部门预算",
                "二、财政拨款收支预算总体情况",
                "2025年财政拨款收、支预算总计1268.45万元，比上年增加48.25万元，增长3.95%。",
                "三、财政拨款收入支出决算总体情况说明",
                "财政拨款收入总计1961.60万元，支出总计1961.60万元。"));

        assertThat(figures(x)).contains(
                "fiscal_summary.income_grand_total.total=1268.45 万元@3",
                "fiscal_summary.expenditure_grand_total.total:change=48.25 万元@3",
                "fiscal_summary.income_grand_total.total=1961.60 万元@5",
                "fiscal_summary.expenditure_grand_total.total=1961.60 万元@5");
    }
}
