package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 绩效 tables and 绩效 narrative on made-up documents: cells shifted by the conversion, the MOF sentences. */
class PerformanceReadingTest {

    private static List<String> rows(String text) {
        SourceText doc = SourceText.of(Path.of("x.txt"), "sources/x.txt", text, "UTF-8");
        Extraction x = Extractor.extract(doc, Registry.empty());
        assertThat(x.problems()).isEmpty();
        return x.figures().stream().filter(f -> !f.isTable())
                .map(f -> String.join(",", f.tableId(), f.lineCode(), f.detail(), f.measure(), f.stat(), f.base(),
                        f.value(), f.unit(), Integer.toString(f.sourceLine())))
                .toList();
    }

    @Test
    void projectTableReadByWhatTheCellsHold() {
        String text = String.join("\n",
                "2024年度部门决算",
                "项目支出绩效自评表",
                "(2024年度)",
                "项目名称\t公务员医疗补助\t\t",
                "项目资金 (万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "\t年度资金总额\t470\t470\t402.51\t10\t86%\t",
                "\t其中：当年财政拨款\t470\t470\t402.51\t--\t86%\t",
                "\t上年结转资金\t\t\t--\t--\t--",
                "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际指标值\t分值\t得分\t偏差原因",
                "\t产出指标\t数量指标\t补助人数\t3590\t3702\t20\t20\t无",
                "\t\t质量指标\t补助发放\t准确率\t≥95%\t100%\t20\t19.5",
                "\t效益指标\t社会效益指标\t减轻负担\t定性\t减轻\t10\t10\t无",
                "总分\t\t\t\t\t100\t98.5\t无");
        List<String> rows = rows(text);
        assertThat(rows).contains(
                "perf_project,funds_total,公务员医疗补助,budget_initial,,,470,万元,6",
                "perf_project,funds_total,公务员医疗补助,executed,,,402.51,万元,6",
                "perf_project,funds_total,公务员医疗补助,weight,,,10,分,6",
                "perf_project,funds_total,公务员医疗补助,executed,pct,funds_total:budget_full_year,86,%,6",
                "perf_project,funds_fiscal,公务员医疗补助,executed,pct,funds_fiscal:budget_full_year,86,%,7",
                "perf_project,ind1,公务员医疗补助,target,,,3590,人,10",
                "perf_project,ind1,公务员医疗补助,actual,,,3702,人,10",
                "perf_project,ind2,公务员医疗补助,target,,,95,%,11",
                "perf_project,ind2,公务员医疗补助,score,,,19.5,分,11",
                "perf_project,ind3,公务员医疗补助,weight,,,10,分,12",
                "perf_project,overall,公务员医疗补助,weight,,,100,分,13",
                "perf_project,overall,公务员医疗补助,score,,,98.5,分,13");
        assertThat(rows).noneMatch(r -> r.startsWith("perf_project,funds_carryover"));
        assertThat(rows).noneMatch(r -> r.startsWith("perf_project,ind3") && r.contains(",target,"));
    }

    @Test
    void fundsColumnsFollowTheHeaderWhenTheTemplateHasNoInitialBudget() {
        String text = String.join("\n",
                "2023年度部门决算",
                "项目支出绩效自评表",
                "项目名称\t乡村卫生室补助\t\t",
                "项目资金 (万元)\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分",
                "\t年度资金总额\t120.00\t96.00\t10\t80%\t8",
                "\t其中：财政拨款\t120.00\t96.00\t--\t80%\t--");
        List<String> rows = rows(text);

        assertThat(rows).contains(
                "perf_project,funds_total,乡村卫生室补助,budget_full_year,,,120.00,万元,5",
                "perf_project,funds_total,乡村卫生室补助,executed,,,96.00,万元,5",
                "perf_project,funds_total,乡村卫生室补助,weight,,,10,分,5",
                "perf_project,funds_total,乡村卫生室补助,executed,pct,funds_total:budget_full_year,80,%,5",
                "perf_project,funds_total,乡村卫生室补助,score,,,8,分,5",
                "perf_project,funds_fiscal,乡村卫生室补助,executed,,,96.00,万元,6");
        assertThat(rows).noneMatch(r -> r.contains(",budget_initial,"));
    }

    @Test
    void indicatorParagraphsOfASelfEvaluationReport() {
        String text = String.join("\n",
                "部门单位整体支出绩效自评报告",
                "(2023 年度)",
                "一、基本情况",
                "全年预算数为 202.00 万元，全年实际支出资金 82.35 万元，预算执行率为 40.77%。",
                "三、部门单位整体支出绩效分析",
                "（一）指标一：",
                "医保政策知晓率：该指标预期指标值为 95%，年中监控实际完成值为 100%，",
                "本次评价医保政策知晓率为 100%，该指标完成率为 105.26%。该指标权重分值为 5 分，自评得分 5 分。",
                "四、评价结论",
                "2023 年度部门整体支出绩效自评综合得分 79.12 分。");
        List<String> rows = rows(text);
        assertThat(rows).containsExactlyInAnyOrder(
                "perf_dept,funds_total,,budget_full_year,,,202.00,万元,4",
                "perf_dept,funds_total,,executed,,,82.35,万元,4",
                "perf_dept,funds_total,,executed,pct,funds_total:budget_full_year,40.77,%,4",
                "perf_dept,ind1,,target,,,95,%,7",
                "perf_dept,ind1,,actual_midyear,,,100,%,7",
                "perf_dept,ind1,,actual,,,100,%,8",
                "perf_dept,ind1,,actual,pct,ind1:target,105.26,%,8",
                "perf_dept,ind1,,weight,,,5,分,8",
                "perf_dept,ind1,,score,,,5,分,8",
                "perf_dept,overall,,score,,,79.12,分,10");
    }
}
