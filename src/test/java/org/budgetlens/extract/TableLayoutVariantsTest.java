package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Table layouts other districts publish and the seeds do not show (found by a held-out test of made-up tables in
 * the shapes of real ones): three header rows, a code and its name in one cell, titles of other template years.
 * Each table is written for the test; every figure of it is asserted, and nothing else may come out.
 */
class TableLayoutVariantsTest {

    /** "table.line.measure=value unit@line" of every table cell extracted. */
    private static List<String> cells(String... lines) {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n", lines), "UTF-8"),
                Registry.empty());
        assertThat(x.problems()).isEmpty();
        return x.figures().stream().filter(f -> f.origin().equals("table") && !f.isTable())
                .map(f -> f.tableId() + "." + f.lineCode() + "." + f.measure() + "=" + f.value() + " " + f.unit() + "@"
                        + f.sourceLine())
                .toList();
    }

    @Test
    void threeHeaderRowsWithTheCodeColumnsUnderTheirOwnHeading() {
        assertThat(cells("某区文化旅游局2021年度部门决算",
                "收入决算表",
                "单位：万元",
                "项目\t\t\t\t本年收入合计\t财政拨款收入\t事业收入",
                "功能分类科目编码\t\t\t科目名称\t\t\t",
                "类\t款\t项\t\t\t\t",
                "\t\t\t合计\t352.50\t302.50\t50.00",
                "207\t\t\t文化旅游体育与传媒支出\t352.50\t302.50\t50.00",
                "\t01\t\t文化和旅游\t352.50\t302.50\t50.00",
                "\t\t01\t行政运行\t352.50\t302.50\t50.00"))
                .containsExactly(
                        "income.total.total=352.50 万元@7", "income.total.fiscal=302.50 万元@7",
                        "income.total.business=50.00 万元@7",
                        "income.207.total=352.50 万元@8", "income.207.fiscal=302.50 万元@8",
                        "income.207.business=50.00 万元@8",
                        "income.20701.total=352.50 万元@9", "income.20701.fiscal=302.50 万元@9",
                        "income.20701.business=50.00 万元@9",
                        "income.2070101.total=352.50 万元@10", "income.2070101.fiscal=302.50 万元@10",
                        "income.2070101.business=50.00 万元@10");
    }

    @Test
    void classColumnsUnderAProjectHeading() {
        assertThat(cells("某区文化旅游局2021年度部门决算",
                "收入决算表",
                "单位：万元",
                "项目\t\t\t\t本年收入合计\t财政拨款收入",
                "类\t款\t项\t科目名称\t\t",
                "207\t\t\t文化旅游体育与传媒支出\t352.50\t302.50",
                "\t01\t\t文化和旅游\t352.50\t302.50"))
                .containsExactly("income.207.total=352.50 万元@6", "income.207.fiscal=302.50 万元@6",
                        "income.20701.total=352.50 万元@7", "income.20701.fiscal=302.50 万元@7");
    }

    @Test
    void aCodeAndItsNameInOneCellAndTheLastRowIsNotTakenForTheTotal() {
        assertThat(cells("某区审计局2021年度部门决算",
                "收入决算表",
                "单位：万元",
                "项目\t本年收入合计\t财政拨款收入",
                "合计\t150.00\t150.00",
                "201 一般公共服务支出\t130.00\t130.00",
                "[2010801]行政运行\t100.00\t100.00",
                "2080505 机关事业单位基本养老保险缴费支出\t20.00\t20.00"))
                .containsExactly("income.total.total=150.00 万元@5", "income.total.fiscal=150.00 万元@5",
                        "income.201.total=130.00 万元@6", "income.201.fiscal=130.00 万元@6",
                        "income.2010801.total=100.00 万元@7", "income.2010801.fiscal=100.00 万元@7",
                        "income.2080505.total=20.00 万元@8", "income.2080505.fiscal=20.00 万元@8");
    }

    @Test
    void anUnlabelledLastRowAfterATotalIsReportedNotSummedIntoIt() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n",
                "某区审计局2021年度部门决算",
                "收入决算表",
                "单位：万元",
                "项目\t本年收入合计\t财政拨款收入",
                "合计\t150.00\t150.00",
                "201 一般公共服务支出\t130.00\t130.00",
                "\t20.00\t20.00"), "UTF-8"), Registry.empty());

        assertThat(x.figures()).noneMatch(f -> f.origin().equals("derived"))
                .filteredOn(f -> f.lineCode().equals("total") && f.measure().equals("total"))
                .extracting(Figure::value).containsExactly("150.00");
        assertThat(x.unused()).anySatisfy(u -> assertThat(u.line()).isEqualTo(7));
    }

    @Test
    void titlesOfOtherTemplatesAndArabicTableNumbers() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n",
                "某县教育局2024年部门预算",
                "表2",
                "部门收入总表",
                "单位：万元",
                "项目\t合计\t财政拨款收入",
                "合计\t80.00\t80.00",
                "表3",
                "部门支出总表",
                "单位：万元",
                "项目\t合计\t基本支出\t项目支出",
                "合计\t80.00\t60.00\t20.00",
                "收入决算总表",
                "单位：万元",
                "项目\t本年收入合计",
                "合计\t70.00",
                "表10",
                "项目支出表",
                "单位：万元",
                "科目编码\t科目名称\t项目名称\t项目支出合计",
                "2050101\t行政运行\t校舍维修\t20.00"), "UTF-8"), Registry.empty());

        assertThat(x.tables()).extracting(t -> t.tableId() + " " + t.number() + " @" + t.line())
                .containsExactly("income 表2 @3", "expenditure 表3 @8", "income  @12", "gpb_project 表10 @17");
    }

    @Test
    void basicExpenditureGroupsUnderPersonnelAndPublicHeadingsAreTotalsOfTheirRows() {
        assertThat(cells("某区司法局2021年度部门决算",
                "一般公共预算财政拨款基本支出决算表",
                "单位：万元",
                "人员经费\t\t\t公用经费\t\t",
                "科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数",
                "301\t工资福利支出\t88.00\t302\t商品和服务支出\t12.50",
                "人员经费合计\t\t88.00\t公用经费合计\t\t12.50"))
                .containsExactlyInAnyOrder("gpb_basic.301.total=88.00 万元@6", "gpb_basic.302.total=12.50 万元@6",
                        "gpb_basic.total.personnel=88.00 万元@7", "gpb_basic.total.public=12.50 万元@7");
    }

    @Test
    void summaryLabelsOfOtherTemplatesAndTheSubtotalColumnOfTheFiscalSummary() {
        assertThat(cells("某区市场监督管理局2023年部门预算",
                "部门收支总体情况表",
                "单位：万元",
                "本年收入\t\t本年支出\t",
                "项目\t预算数\t项目\t预算数",
                "一、一般公共预算拨款收入\t500.00\t一、一般公共服务支出\t510.00",
                "二、政府性基金预算拨款收入\t30.00\t二、社会保障和就业支出\t20.00",
                "用事业基金弥补收支差额\t3.00\t\t",
                "上年结转结余\t10.00\t年终结转结余\t13.00",
                "财政拨款收入支出决算总表",
                "单位：万元",
                "收入\t\t\t支出\t\t\t\t",
                "项目\t行次\t金额\t项目\t行次\t小计\t一般公共预算财政拨款\t政府性基金预算财政拨款",
                "栏次\t\t1\t栏次\t\t2\t3\t4",
                "一、本年收入\t1\t320.00\t一、本年支出\t33\t340.00\t310.00\t30.00"))
                .containsExactly("summary.gpb.total=500.00 万元@6", "summary.201.total=510.00 万元@6",
                        "summary.gov_fund.total=30.00 万元@7", "summary.208.total=20.00 万元@7",
                        "summary.use_nonfiscal_balance.total=3.00 万元@8",
                        "summary.carryover_begin.total=10.00 万元@9", "summary.carryover_end.total=13.00 万元@9",
                        "fiscal_summary.income_total.total=320.00 万元@15",
                        "fiscal_summary.expenditure_total.total=340.00 万元@15",
                        "fiscal_summary.expenditure_total.gpb=310.00 万元@15",
                        "fiscal_summary.expenditure_total.gov_fund=30.00 万元@15");
    }

    @Test
    void theYearBeforeIsAPriorFigureAndAComparisonIsNotAFigure() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n",
                "某区商务局2024年部门预算",
                "一般公共预算“三公”经费支出表",
                "单位：万元",
                "2023年预算数\t\t\t2024年预算数\t\t",
                "合计\t因公出国（境）费\t公务接待费\t合计\t因公出国（境）费\t公务接待费",
                "8.00\t6.00\t2.00\t7.50\t6.00\t1.50",
                "一般公共预算支出情况表",
                "单位：万元",
                "科目编码\t科目名称\t2023年预算数\t2024年预算数\t\t2024年比2023年增减",
                "\t\t\t小计\t基本支出\t",
                "201\t一般公共服务支出\t400.00\t420.00\t300.00\t20.00"), "UTF-8"), Registry.empty());

        assertThat(x.figures()).filteredOn(f -> f.origin().equals("table") && !f.isTable())
                .extracting(f -> f.tableId() + "." + f.lineCode() + "." + f.measure()
                        + (f.stat().isEmpty() ? "" : ":" + f.stat()) + "=" + f.value())
                .containsExactly("three_public.total.total:prior=8.00", "three_public.abroad.total:prior=6.00",
                        "three_public.reception.total:prior=2.00", "three_public.total.total=7.50",
                        "three_public.abroad.total=6.00", "three_public.reception.total=1.50",
                        "gpb_expenditure.201.total=420.00", "gpb_expenditure.201.basic=300.00");
        // 2023年预算数 of the 支出 table has no 2024 column of the same name (2024年预算数 is split into 小计 …)
        assertThat(x.unused()).extracting(Unused::text).contains("400.00", "20.00");
    }

    @Test
    void threePublicLaidOutVerticallyInYuan() {
        assertThat(cells("某区应急管理局2023年度部门决算",
                "财政拨款“三公”经费支出决算表",
                "单位：元",
                "项目\t预算数\t决算数",
                "栏次\t1\t2",
                "合计\t152,000.00\t138,456.70",
                "1.因公出国（境）费\t20,000.00\t12,300.00",
                "其中：（1）公务用车购置费\t60,000.00\t59,800.00"))
                .containsExactly("three_public.total.budget_full_year=152,000.00 元@6",
                        "three_public.total.total=138,456.70 元@6",
                        "three_public.abroad.budget_full_year=20,000.00 元@7",
                        "three_public.abroad.total=12,300.00 元@7",
                        "three_public.vehicle_purchase.budget_full_year=60,000.00 元@8",
                        "three_public.vehicle_purchase.total=59,800.00 元@8");
    }

    @Test
    void procurementLaidOutAcrossAndAPerformanceTargetTableWithItsAmountBesideTheLabel() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n",
                "某区司法局2024年部门预算",
                "政府采购表",
                "单位：万元",
                "采购项目\t合计\t货物\t工程\t服务",
                "合计\t25.00\t5.00\t\t20.00",
                "办公设备采购\t5.00\t5.00\t\t",
                "部门整体支出绩效目标表",
                "单位：万元",
                "部门名称\t某区司法局\t\t",
                "年度资金总额\t200.00\t\t",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t法律援助案件数\t≥300件"), "UTF-8"), Registry.empty());

        assertThat(x.figures()).filteredOn(f -> f.origin().equals("table") && !f.isTable())
                .extracting(f -> f.tableId() + "." + f.lineCode() + "." + f.measure() + "=" + f.value() + " "
                        + f.unit())
                .contains("procurement.total.total=25.00 万元", "procurement.goods.total=5.00 万元",
                        "procurement.services.total=20.00 万元", "perf_dept.funds_total.budget_full_year=200.00 万元",
                        "perf_dept.ind1.target=300 件")
                .noneMatch(f -> f.startsWith("procurement") && f.contains("=5.00") && !f.contains("goods"));
    }

    @Test
    void pageNumbersRunningHeadsNoiseAndARepeatedHeaderDoNotEndATable() {
        String head = "某区医疗保障局2024年度部门决算";
        assertThat(cells(head, "一、概况", head, "二、情况", head,
                "支出决算表（单位：万元）",
                "项目\t\t本年支出合计\t基本支出",
                "功能分类科目代码\t科目名称\t\t",
                "208\t社会保障和就业支出\t8.28\t8.28",
                "— 5 —",
                "项目\t\t本年支出合计\t基本支出",
                "功能分类科目代码\t科目名称\t\t",
                "210\t卫生健康支出\t652.06\t195.56",
                "第 6 页 共 20 页",
                head,
                "2101599\t其他医疗保障管理事务支出\t35.10\t",
                "■■ □ 8 ' ,",
                "2101501\t行政运行\t191.67\t191.67"))
                .containsExactly("expenditure.208.total=8.28 万元@9", "expenditure.208.basic=8.28 万元@9",
                        "expenditure.210.total=652.06 万元@13", "expenditure.210.basic=195.56 万元@13",
                        "expenditure.2101599.total=35.10 万元@16",
                        "expenditure.2101501.total=191.67 万元@18", "expenditure.2101501.basic=191.67 万元@18");
    }

    @Test
    void anExtraEmptyCellAfterAMergedHeaderCellIsTakenOutWhenTheNumbersSayTheHeaderIsShifted() {
        assertThat(cells("某区医疗保障局2024年度部门决算",
                "支出决算表",
                "单位：万元",
                "项目\t\t\t本年支出合计\t基本支出\t项目支出",
                "功能分类科目代码\t科目名称\t\t\t",
                "合计\t\t665.38\t208.88\t456.50",
                "208\t社会保障和就业支出\t8.28\t8.28\t",
                "210\t卫生健康支出\t652.06\t195.56\t456.50"))
                .containsExactly("expenditure.total.total=665.38 万元@6", "expenditure.total.basic=208.88 万元@6",
                        "expenditure.total.project=456.50 万元@6", "expenditure.208.total=8.28 万元@7",
                        "expenditure.208.basic=8.28 万元@7", "expenditure.210.total=652.06 万元@8",
                        "expenditure.210.basic=195.56 万元@8", "expenditure.210.project=456.50 万元@8");
    }

    @Test
    void aNameWrappedOntoTheNextLineWithOrWithoutItsAmounts() {
        assertThat(cells("某区医疗保障局2024年度部门决算",
                "支出决算表",
                "单位：万元",
                "功能分类科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                "2101599\t其他医疗保障管理",
                "\t事务支出\t35.10\t\t35.10",
                "2101501\t行政运行（医疗保障",
                "管理）\t191.67\t191.67\t",
                "2101504\t信息化建设\t11.00\t\t11.00",
                "(医疗保障管理)",
                "2101505\t医疗保障政策管理\t3.00\t\t3.00"))
                .containsExactly("expenditure.2101599.total=35.10 万元@6", "expenditure.2101599.project=35.10 万元@6",
                        "expenditure.2101501.total=191.67 万元@8", "expenditure.2101501.basic=191.67 万元@8",
                        "expenditure.2101504.total=11.00 万元@9", "expenditure.2101504.project=11.00 万元@9",
                        "expenditure.2101505.total=3.00 万元@11", "expenditure.2101505.project=3.00 万元@11");
    }

    @Test
    void aShortRowInSideBySideGroupsIsReadNotAProblem() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n",
                "某区医疗保障局2024年度部门决算",
                "一般公共预算财政拨款基本支出决算表",
                "单位：万元",
                "科目代码\t科目名称\t金额\t科目代码\t科目名称\t金额\t科目代码\t科目名称\t金额",
                "301\t工资福利支出\t204.16\t302\t商品和服务支出\t4.72\t307\t债务利息",
                "\t及费用支出",
                "30101\t基本工资\t16.35\t30201\t办公费\t1.39\t30701\t国内债务付息\t"), "UTF-8"),
                Registry.empty());

        assertThat(x.problems()).isEmpty();
        assertThat(x.figures()).filteredOn(f -> f.origin().equals("table") && !f.isTable())
                .extracting(f -> f.lineCode() + "=" + f.value())
                .contains("301=204.16", "302=4.72", "30101=16.35", "30201=1.39");
    }

    @Test
    void aUnitLineLaidOutAsARowTheDocumentsTitleAsAPageHeadAndASecondTotalRow() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n",
                "某区民政局",
                "2024年部门预算",
                "表三",
                "部门支出总体情况表",
                "单位名称：某区民政局\t\t\t单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "\t合计\t8,366.90\t653.80\t7,713.10",
                "208\t社会保障和就业支出\t8,212.90\t579.80\t7,633.10",
                "某区民政局2024年部门预算",
                "2080201\t行政运行\t486.20\t486.20\t",
                "",
                "\t合计\t1,308.90\t36.50\t1,272.40"), "UTF-8"), Registry.empty());

        assertThat(x.figures()).filteredOn(f -> f.origin().equals("table") && !f.isTable())
                .extracting(f -> f.tableId() + "." + f.lineCode() + "." + f.measure() + "=" + f.value())
                .containsExactly("expenditure.total.total=8,366.90", "expenditure.total.basic=653.80",
                        "expenditure.total.project=7,713.10", "expenditure.208.total=8,212.90",
                        "expenditure.208.basic=579.80", "expenditure.208.project=7,633.10",
                        "expenditure.2080201.total=486.20", "expenditure.2080201.basic=486.20");
        assertThat(x.figures()).noneMatch(f -> f.origin().equals("derived"));
        assertThat(x.unused()).anySatisfy(u -> assertThat(u.reason()).contains("a second 合计 row"));
    }

    @Test
    void aHeaderAsWideAsItsRowsIsNotRealignedAProjectRowTakesItsCodesRowAndATitleIsNoFragment() {
        assertThat(cells("某县事业中心2023年度部门决算",
                "收入决算表",
                "单位：万元",
                "项目\t\t本年收入合计\t财政拨款收入\t用事业基金弥补收支差额\t其他收入",
                "功能分类科目代码\t科目名称\t\t\t\t",
                "\t合计\t100.00\t\t100.00\t",
                "一般公共预算项目支出情况表",
                "单位：万元",
                "科目编码\t科目名称\t项目名称\t合计",
                "2101599\t其他医疗保障管理事务支出\t\t",
                "\t\t医保经办项目\t20.00",
                "一般公共预算基本支出表",
                "单位：万元",
                "经济分类科目编码\t科目名称\t金额",
                "302\t商品和服务支出\t20.00",
                "",
                "一般公共预算项目支出经济分类表",
                "经济分类科目编码\t科目名称\t金额",
                "302\t商品和服务支出\t35.10"))
                .containsExactly("income.total.total=100.00 万元@6", "gpb_project.2101599.total=20.00 万元@11",
                        "gpb_basic.302.total=20.00 万元@15");
    }

    @Test
    void threePublicRowsForTwoYearsSplitCodesWithoutTheirSubHeaderAndAThisYearsBudgetHeader() {
        Extraction x = Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n",
                "某区应急管理局2025年部门预算",
                "一般公共预算“三公”经费支出表",
                "单位：万元",
                "项目\t合计\t因公出国（境）费\t公务接待费",
                "2024年预算数\t17.20\t0.00\t2.00",
                "2025年预算数\t15.90\t0.00\t1.50",
                "部门收支总表",
                "单位：万元",
                "项目\t本年预算\t项目\t本年预算",
                "一、财政拨款\t186.52\t一、基本支出\t148.52",
                "一般公共预算支出表",
                "单位：万元",
                "科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出",
                "206\t\t\t科学技术支出\t140.30\t102.30\t38.00",
                "\t07\t\t科学技术普及\t140.30\t102.30\t38.00",
                "\t\t01\t机构运行\t102.30\t102.30\t"), "UTF-8"), Registry.empty());

        assertThat(x.figures()).filteredOn(f -> f.origin().equals("table") && !f.isTable())
                .extracting(f -> f.tableId() + "." + f.lineCode() + "." + f.measure()
                        + (f.stat().isEmpty() ? "" : ":" + f.stat()) + "=" + f.value())
                .contains("three_public.total.total:prior=17.20", "three_public.total.total=15.90",
                        "three_public.reception.total=1.50", "summary.fiscal.total=186.52",
                        "gpb_expenditure.206.total=140.30", "gpb_expenditure.20607.basic=102.30",
                        "gpb_expenditure.2060701.total=102.30")
                .doesNotContain("three_public.total.total=17.20");
    }
}
