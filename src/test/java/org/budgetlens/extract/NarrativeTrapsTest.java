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
        return NarrativeFigures.of(lines);
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
    void aBudgetsComparisonWithLastYearsExecutionIsStoredAsLastYearsNeverAsThisYears() {
        assertThat(figures("某区某街道办事处2023年部门预算", "部门预算编制说明", "财政拨款支出主要内容如下：",
                "1.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”2.63万元，主要用于"
                        + "缴纳养老保险。2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70%。"))
                .contains("fiscal_expenditure.2080505.total=2.63 万元",
                        "fiscal_expenditure.2080505.executed:prior=1.48 万元")
                .noneMatch(f -> f.endsWith("=1.48 万元") && !f.contains(":prior"));
        // an execution followed by another amount than the item's (the whole 财政拨款's) is not the item's
        assertThat(figures("某区某街道办事处2023年部门预算", "部门预算编制说明", "财政拨款支出主要内容如下："
                + "1.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”2.63万元；"
                + "2.“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”97.37万元。2022年当年预算执行数为90.00万元，"
                + "2023年财政拨款支出预算100.00万元，比2022年增加10.00万元。"))
                .noneMatch(f -> f.contains("executed") || f.endsWith("=90.00 万元"));
        // in a 决算, or for a year other than the one before, the rule books nothing
        assertThat(figures("某区某街道办事处2023年部门预算", "部门预算编制说明", "财政拨款支出主要内容如下：",
                "1.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”2.63万元。"
                        + "2021年当年预算执行数为1.48万元。"))
                .noneMatch(f -> f.contains("1.48"));
    }

    @Test
    void jiangsusMeetingsTrainingAndPlannedProcurementWordingIsReadAsData() {
        assertThat(figures("江苏省某某办公厅2018年部门预算", "九、一般公共预算“三公”经费支出预算情况说明",
                "省某某办公厅2018年度一般公共预算拨款安排的会议费预算支出884.16万元，比上年预算减少210.46万元；"
                        + "一般公共预算拨款安排的培训费预算支出97.60万元，比上年预算增加16万元。",
                "十二、政府采购支出预算情况说明",
                "2018年度政府采购支出预算总额1,281.76万元，其中：拟采购货物支出355.67万元、拟采购工程支出0万元、"
                        + "拟购买服务支出926.09万元。"))
                .contains("three_public.meetings.total=884.16 万元", "three_public.meetings.total:change=-210.46 万元",
                        "three_public.training.total=97.60 万元", "three_public.training.total:change=16 万元",
                        "procurement.total.total=1281.76 万元", "procurement.goods.total=355.67 万元",
                        "procurement.works.total=0 万元", "procurement.services.total=926.09 万元");
    }

    @Test
    void theEquipmentClassKeepsItsPublishedWordsInTheLineName() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("trap.txt"), "trap.txt", String.join("\n", COVER,
                "一、国有资产占用情况", "截至2023年12月31日，本部门单价100万元（含）以上设备（不含车辆）1台（套）。"),
                "UTF-8"), Registry.empty());
        assertThat(x.figures()).filteredOn(f -> f.lineCode().equals("equipment_100w"))
                .extracting(Figure::lineName, Figure::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("单价100万元(含)以上设备(不含车辆)", "1"));
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

    // A second review, of the rules that followed.

    @Test
    void aThousandsSeparatorWithASpaceAfterItIsStillOneNumber() {
        assertThat(figures(COVER, "一、“三公”经费支出情况说明", "“三公”经费支出9, 685.55万元。"))
                .containsExactly("three_public.total.total=9685.55 万元");
    }

    @Test
    void otherTotalsEndingInHejiAreNotTheYearsTotals() {
        assertThat(figures(COVER, "一、收入支出决算总体情况说明", "本年收入合计300.00万元。",
                "其中：其他收入合计12.00万元。", "经营支出合计5.00万元。", "其中财政拨款收支较上年增加20.00万元。"))
                // 其他收入合计 is the 其他收入 line (12.00), never the year's 本年收入合计
                .containsExactly("summary.income_total.total=300.00 万元", "summary.other.total=12.00 万元");
    }

    @Test
    void theClassesListedAfterProjectExpenditureAreNotBasicExpenditures() {
        assertThat(figures("某市2024年部门预算", "一、一般公共预算基本支出情况",
                "基本支出预算100.00万元，其中：工资福利支出80.00万元。",
                "项目支出预算50.00万元，其中：工资福利支出10.00万元。"))
                .containsExactly("gpb_basic.total.total=100.00 万元", "gpb_basic.301.total=80.00 万元");
    }

    @Test
    void wanWithoutYuanIsNotMoneyWhenTheClauseCountsPeopleOrArea() {
        assertThat(figures(COVER, "一、“三公”经费支出情况说明", "公务接待20批次，接待来访群众1万，比上年增加0.2万。"))
                .doesNotContain("three_public.reception.total=1 万元");
        assertThat(figures(COVER, "一、国有资产占用情况", "本部门房屋建筑面积1.2万，车辆3辆。"))
                .doesNotContain("assets.buildings.value=1.2 万元");
    }

    @Test
    void amountsSideBySideGoToTheirLinesInOrderNotBothToEach() {
        assertThat(figures(COVER, "一、收入支出决算总体情况说明", "2023年度收、支总计各为410.00万元、420.00万元。",
                "收入、支出总计分别为411.00万元和421.00万元。"))
                .containsExactly("summary.income_grand_total.total=410.00 万元",
                        "summary.expenditure_grand_total.total=420.00 万元",
                        "summary.income_grand_total.total=411.00 万元",
                        "summary.expenditure_grand_total.total=421.00 万元");
    }

    @Test
    void numbersUnderOneUnitAndChangesGivenRespectivelyGoToTheirLines() {
        assertThat(figures(COVER, "一、收入支出决算总体情况说明",
                "2023年度收、支总计各是4125.49,4143.91万元。与2022年相比,收、支总计各减少1267.86,2570.97万元,"
                        + "各下降23.51%、38.28%。",
                "收、支总计各增加5.00万元，各增长1.00%、2.00%、3.00%。"))
                .containsExactly("summary.income_grand_total.total=4125.49 万元",
                        "summary.expenditure_grand_total.total=4143.91 万元",
                        "summary.income_grand_total.total:change=-1267.86 万元",
                        "summary.expenditure_grand_total.total:change=-2570.97 万元",
                        "summary.income_grand_total.total:change_pct=-23.51 %",
                        "summary.expenditure_grand_total.total:change_pct=-38.28 %",
                        "summary.income_grand_total.total:change=5.00 万元",
                        "summary.expenditure_grand_total.total:change=5.00 万元");
    }

    @Test
    void amountsSideBySideThatDoNotPairWithTheLinesAreReported() {
        // three numbers under one unit for two lines; three amounts for two lines; another unit
        assertThat(figures(COVER, "一、收入支出决算总体情况说明", "2023年度收、支总计各是410.00,420.00,5.00万元。",
                "收入、支出总计分别为410.00万元、420.00万元和5.00万元。",
                "收入、支出总计分别为410.00万元、4200000元。"))
                .isEmpty();
    }

    @Test
    void aChangeInTheVehiclesHeldIsNotTheNumberHeld() {
        assertThat(figures(COVER, "一、“三公”经费支出情况说明", "公务用车保有量较上年减少2辆，现有25辆。"))
                .doesNotContain("three_public.vehicles.held=2 辆");
        assertThat(figures(COVER, "一、“三公”经费支出情况说明", "公务用车保有量与上年持平，新增2辆。"))
                .isEmpty();
    }

    @Test
    void aMoneyPartAfterQizhongIsNotTheWholeEvenWhenItsNameIsPartOfTheWhole() {
        assertThat(figures(COVER, "一、“三公”经费支出情况说明", "公务用车购置及运行费20.00万元，其中：", "运行费15.00万元。"))
                .containsExactly("three_public.vehicles.total=20.00 万元");
    }

    @Test
    void ratesPerVehicleAndPartsInParenthesesAreNotTheAmount() {
        assertThat(figures(COVER, "一、“三公”经费支出情况说明", "公务用车运行维护费平均每辆1.50万元。"))
                .isEmpty();
        assertThat(figures(COVER, "一、“三公”经费支出情况说明", "公务接待费5.00万元(含外事接待", "2.00万元)。"))
                .containsExactly("three_public.reception.total=5.00 万元");
    }

    @Test
    void aRiseAfterAFallInAnEarlierClauseIsARise() {
        assertThat(figures(COVER, "一、“三公”经费支出情况说明", "公务接待费因接待减少，较上年上升5.00%。"))
                .containsExactly("three_public.reception.total:change_pct=5.00 %");
    }

    @Test
    void aFinalAccountWhoseCoverMentionsItsSelfEvaluationReportIsAFinalAccount() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt",
                "某县农业农村局2023年度部门决算(含绩效自评报告)\n", "UTF-8"), Registry.empty());
        assertThat(x.meta().kind()).isEqualTo("final");
    }

    @Test
    void aPartOfAdministrativeCostsNamedLikeAThreePublicItemStaysInItsSection() {
        assertThat(figures(COVER, "十、机关运行经费支出情况说明",
                "2023年度，机关运行经费支出4.72万元。主要包括办公费、差旅费、公务用车运行维护费等，"
                        + "其中公务用车运行维护费1.92万元，比上年减少1.00万元。"))
                .noneMatch(f -> f.startsWith("three_public"));
    }

    @Test
    void aBudgetsComparisonWithLastYearsActualSpendingIsNotItsPriorBudget() {
        assertThat(figures("某县教育局2024年部门预算", "三、一般公共预算当年拨款情况说明",
                "2024年一般公共预算当年拨款751.54万元，比2023年执行数800.00万元减少48.46万元。",
                "四、机关运行经费预算情况",
                "2024年机关运行经费预算30万元，较上年实际支出的35万元减少5万元。"))
                .noneMatch(f -> f.contains(":prior"));
    }

    @Test
    void amountsOfThingsTheCatalogueDoesNotNameGivenRespectivelyAreNotTheTotals() {
        assertThat(figures(COVER, "一、收入支出决算总体情况说明",
                "2023年度收入、支出总计665.39万元，基本支出和项目支出分别占31.39%、68.61%。",
                "二、财政拨款收入支出决算总体情况说明",
                "2023年度财政拨款收入、支出总计665.38万元，其中一般公共预算财政拨款和政府性基金预算财政拨款分别"
                        + "比上年增加10.00万元和5.00万元。"))
                .containsExactly("summary.income_grand_total.total=665.39 万元",
                        "summary.expenditure_grand_total.total=665.39 万元",
                        "fiscal_summary.income_grand_total.total=665.38 万元",
                        "fiscal_summary.expenditure_grand_total.total=665.38 万元");
    }

    @Test
    void aFundNamedInTheClauseDoesNotMakeTheAmountABudget() {
        assertThat(figures(COVER, "十、机关运行经费支出情况说明",
                "2023年度机关运行经费（一般公共预算财政拨款安排）支出4.72万元。"))
                .containsExactly("admin_running.total.total=4.72 万元");
    }

    @Test
    void aClassNamedLikeAnotherTopicDoesNotMoveTheSection() {
        assertThat(figures(COVER, "五、一般公共预算财政拨款支出决算情况说明",
                "（1）国有资产监管（款）一般行政管理事务（项）。年初预算为90万元，支出决算为100万元。",
                "2013802\t一般行政管理事务"))
                .noneMatch(f -> f.startsWith("assets"));
    }

    // ---- named rules of the round that read Jiangsu's and Shanghai's budget narratives ------------------------------

    private static final String BUDGET = "某省某厅2019年部门预算";

    @Test
    void aThingTheCatalogueDoesNotKnowIsNotTheSubjectBeforeIt() {
        // rule unknown-subject: 单位预留机动经费 after 项目支出 is not 项目支出, nor is its share
        assertThat(figures(BUDGET, "三、支出预算情况说明",
                "2019年度支出预算合计100.00万元，其中：基本支出60.00万元，占60%；项目支出30.00万元，占30%；"
                        + "单位预留机动经费10.00万元，占10%。"))
                .doesNotContain("expenditure.total.project=10.00 万元", "expenditure.total.project:pct=10 %")
                .contains("expenditure.total.project=30.00 万元");
    }

    @Test
    void anAmountAddedForAPartIsNotTheLevelOfTheWhole() {
        // rule change-verb-before-subject
        assertThat(figures(BUDGET, "五、财政拨款支出预算情况说明",
                "财政拨款支出增加1808.29万元，主要原因是基本支出增加人员经费1408.29万元。"))
                .noneMatch(f -> f.contains("=1408.29") && !f.contains(":change"));
    }

    @Test
    void anItemOfAFundTableIsNotBookedUnderTheGeneralBudget() {
        // rule item-notation, not in a 政府性基金 paragraph
        assertThat(figures(BUDGET, "政府性基金支出预算表", "单位：万元", "科目编码\t科目名称\t金额",
                "2120801\t征地和拆迁补偿支出\t500.00",
                "一、政府性基金预算支出情况说明",
                "其中：城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）500万元。"))
                .noneMatch(f -> f.startsWith("gpb_expenditure.2120801"));
    }

    @Test
    void everyHeadingEndsTheClassOfTheOneBefore() {
        assertThat(figures(BUDGET, "一般公共预算支出预算表", "单位：万元", "科目编码\t科目名称\t金额",
                "2101502\t一般行政管理事务\t30.00", "2080102\t一般行政管理事务\t20.00",
                "五、一般公共预算支出预算情况说明",
                "（一）卫生健康支出（类）",
                "1．医疗保障管理事务（款）一般行政管理事务（项）30万元。",
                "（二）社会保障和就业支出",
                "1．人力资源和社会保障管理事务（款）一般行政管理事务（项）20万元。"))
                .contains("gpb_expenditure.2101502.total=30 万元")
                .doesNotContain("gpb_expenditure.2101502.total=20 万元");
    }

    @Test
    void anUnnumberedHeadingUnderAnEarlierYearsSectionKeepsItsYear() {
        // rule bare-heading: a sub-heading under 一、2018年度…执行情况 is still about 2018
        assertThat(figures(BUDGET, "一、2018年度预算执行情况说明", "收入支出执行情况", "本年收入合计900.00万元。"))
                .isEmpty();
    }

    @Test
    void theFiscalPartOfABudgetsIncomeIsNotItsTotal() {
        assertThat(figures(BUDGET, "二、收入预算情况说明", "1．财政拨款收入预算总计20702.25万元。",
                "2．财政专户管理资金收入预算总计147.20万元。"))
                .containsExactly("income.total.fiscal=20702.25 万元", "income.total.special_account=147.20 万元");
    }

    @Test
    void aShanghaiOverallParagraphUnderAnUnnumberedHeading() {
        // after a table of contents whose last entry is a numbered heading (八、绩效目标)
        assertThat(figures("上海市普陀区2023年区级部门预算", "目 录", "一、部门主要职能", "八、绩效目标", "部门主要职能",
                "部门预算编制说明",
                "2023年，上海市普陀区人民政府万里街道办事处收入预算16497.86万元，其中：财政拨款收入16497.86万元，"
                        + "比2022年（上一年度，下同）预算增加1421.25万元；事业收入0万元。"))
                .containsExactly("summary.income_grand_total.total=16497.86 万元", "summary.fiscal.total=16497.86 万元",
                        "summary.fiscal.total:change=1421.25 万元", "summary.business.total=0 万元");
    }
}
