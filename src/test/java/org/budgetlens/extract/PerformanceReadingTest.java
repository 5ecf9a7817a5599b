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

    @Test
    void anotherProvincesSelfEvaluationTableColumnsAndCells() {
        String text = String.join("\n",
                "2023年度项目支出绩效自评表",
                "部门预算项目支出绩效自评表（2023年度）",
                "项目名称\t基本公共卫生服务补助资金\t\t",
                "预算执行情况（10分）\t年度预算数（万元）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分",
                "\t总额\t356.80\t372.45\t365.00\t98.00％\t10\t9.8",
                "\t其中：财政资金\t356.80\t372.45\t365.00\t98.00％\t/\t/",
                "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分",
                "\t产出指标\t数量指标\t建档率\t≥\t90\t%\t92.3\t15\t15",
                "\t\t\t业务项目数量\t\t≥30个\t\t30\t10\t9",
                "\t\t\t报告合格率\t\t≥100百分比\t\t100\t10\t8",
                "合计\t\t\t\t\t\t\t\t100\t97.6");
        List<String> rows = rows(text);

        assertThat(rows).contains(
                "perf_project,funds_total,基本公共卫生服务补助资金,budget_initial,,,356.80,万元,5",
                "perf_project,funds_total,基本公共卫生服务补助资金,budget_full_year,,,372.45,万元,5",
                "perf_project,funds_total,基本公共卫生服务补助资金,executed,,,365.00,万元,5",
                "perf_project,funds_total,基本公共卫生服务补助资金,executed,pct,funds_total:budget_full_year,98.00,%,5",
                "perf_project,funds_total,基本公共卫生服务补助资金,weight,,,10,分,5",
                "perf_project,funds_total,基本公共卫生服务补助资金,score,,,9.8,分,5",
                "perf_project,funds_fiscal,基本公共卫生服务补助资金,executed,,,365.00,万元,6",
                "perf_project,ind1,基本公共卫生服务补助资金,target,,,90,%,8",
                "perf_project,ind1,基本公共卫生服务补助资金,actual,,,92.3,%,8",
                "perf_project,ind2,基本公共卫生服务补助资金,target,,,30,个,9",
                "perf_project,ind2,基本公共卫生服务补助资金,actual,,,30,个,9",
                "perf_project,ind2,基本公共卫生服务补助资金,weight,,,10,分,9",
                "perf_project,ind2,基本公共卫生服务补助资金,score,,,9,分,9",
                "perf_project,ind3,基本公共卫生服务补助资金,target,,,100,%,10",
                "perf_project,overall,基本公共卫生服务补助资金,score,,,97.6,分,11");
        assertThat(rows).noneMatch(r -> r.startsWith("perf_project,funds_fiscal") && r.contains(",weight,"));
    }

    @Test
    void aListOfResultsOneRowPerProject() {
        List<String> rows = rows(String.join("\n",
                "某县林业和草原局2023年度部门决算",
                "2023年度项目支出绩效自评结果汇总表",
                "单位：万元",
                "序号\t项目名称\t全年预算数\t全年执行数\t执行率\t自评得分\t评价等级",
                "1\t古树名木保护经费\t42.00\t30.00\t71.43%\t82.5\t良",
                "2\t森林防火经费\t612.30\t598.74\t97.79%\t95.2\t优"));

        assertThat(rows).containsExactly(
                "perf_project,funds_total,古树名木保护经费,budget_full_year,,,42.00,万元,5",
                "perf_project,funds_total,古树名木保护经费,executed,,,30.00,万元,5",
                "perf_project,funds_total,古树名木保护经费,executed,pct,funds_total:budget_full_year,71.43,%,5",
                "perf_project,overall,古树名木保护经费,score,,,82.5,分,5",
                "perf_project,funds_total,森林防火经费,budget_full_year,,,612.30,万元,6",
                "perf_project,funds_total,森林防火经费,executed,,,598.74,万元,6",
                "perf_project,funds_total,森林防火经费,executed,pct,funds_total:budget_full_year,97.79,%,6",
                "perf_project,overall,森林防火经费,score,,,95.2,分,6");
    }

    @Test
    void theBasicAndProjectRowsOfADepartmentTable() {
        List<String> rows = rows(String.join("\n",
                "2023年度部门决算",
                "部门整体支出绩效自评表",
                "部门（单位）名称\tX局",
                "年度部门整体支出预算（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "\t年度资金总额\t20\t20\t19\t10\t95%\t9.5",
                "\t其中：基本支出\t12\t12\t12\t—\t100%\t—",
                "\t项目支出\t8\t8\t7\t—\t87.5%\t—"));

        assertThat(rows).contains("perf_dept,funds_total,,executed,,,19,万元,5", "perf_dept,funds_total,,score,,,9.5,分,5",
                "perf_dept,basic,,executed,,,12,万元,6", "perf_dept,project,,budget_full_year,,,8,万元,7",
                "perf_dept,project,,executed,pct,project:budget_full_year,87.5,%,7");
    }

    @Test
    void selfEvaluationReportsWordedOtherwise() {
        List<String> rows = rows(String.join("\n",
                "某县文化旅游局2023年度部门整体支出绩效自评报告",
                "二、部门整体支出管理及使用情况",
                "1.基本支出。基本支出全年预算数768.40万元，实际支出760.12万元，执行率98.92%。"
                        + "其中：人员经费648.35万元，公用经费111.77万元。",
                "2024年度部门预算批复3,245.18万元。年中预算调整后为3,098.60万元（调减146.58万元），"
                        + "其中：财政拨款2,968.20万元，上年结转130.40万元。",
                "年中追加预算215.00万元。",
                "三、部门整体支出绩效情况",
                "根据年初设定的绩效目标，具体情况如下：",
                "1.送戏下乡演出场次：年度目标值为120场，实际完成128场，指标分值10分，自评得分10分。",
                "2.项目资金拨付及时性：年度目标值为12月底前拨付完毕，指标分值10分，自评得分10分。",
                "3.全民健身活动举办次数：年度目标值不少于30次，实际完成26次，完成率86.67%，指标分值10分，自评得分8.67分。",
                "4.群众满意度：目标值≥90%，实际完成96%，权重10分，得分10分。",
                "四、评价结论",
                "经自评，我局2023年度部门整体支出绩效综合自评得分为95.67分。"));

        assertThat(rows).contains(
                "perf_dept,basic,,budget_full_year,,,768.40,万元,3",
                "perf_dept,basic,,executed,,,760.12,万元,3",
                "perf_dept,basic,,executed,pct,basic:budget_full_year,98.92,%,3",
                "perf_dept,personnel,,executed,,,648.35,万元,3",
                "perf_dept,public,,executed,,,111.77,万元,3",
                "perf_dept,funds_total,,budget_initial,,,3245.18,万元,4",
                "perf_dept,funds_total,,budget_full_year,,,3098.60,万元,4",
                "perf_dept,funds_total,,budget_adjustment,,,-146.58,万元,4",
                "perf_dept,funds_fiscal,,budget_full_year,,,2968.20,万元,4",
                "perf_dept,funds_carryover,,budget_full_year,,,130.40,万元,4",
                "perf_dept,funds_total,,budget_adjustment,,,215.00,万元,5",
                "perf_dept,ind1,,target,,,120,场,8",
                "perf_dept,ind1,,actual,,,128,场,8",
                "perf_dept,ind1,,score,,,10,分,8",
                "perf_dept,ind2,,weight,,,10,分,9",
                "perf_dept,ind3,,target,,,30,次,10",
                "perf_dept,ind3,,actual,pct,ind3:target,86.67,%,10",
                "perf_dept,ind3,,score,,,8.67,分,10",
                "perf_dept,ind4,,target,,,90,%,11",
                "perf_dept,ind4,,actual,,,96,%,11",
                "perf_dept,overall,,score,,,95.67,分,13");
        assertThat(rows).noneMatch(r -> r.startsWith("perf_project"));
    }

    @Test
    void theFinalAccountsSelfEvaluationResultsByProjectAndForTheDepartment() {
        List<String> rows = rows(String.join("\n",
                "某区教育局2023年度部门决算",
                "十、2023年度绩效评价情况说明",
                "1.学前教育发展专项项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为96.8分。"
                        + "全年预算数为1,850.00万元，执行数为1,812.46万元，完成预算的97.97%。"
                        + "项目绩效目标完成情况：一是完成普惠性幼儿园扩容项目5个。",
                "古树名木保护经费项目执行率71.43%。",
                "（四）部门整体支出绩效自评结果。",
                "2023年度部门整体支出绩效自评得分为93.6分。全年预算数为36,528.74万元，全年执行数为35,901.20万元。"));

        assertThat(rows).contains(
                "perf_project,overall,学前教育发展专项,score,,,96.8,分,3",
                "perf_project,funds_total,学前教育发展专项,budget_full_year,,,1850.00,万元,3",
                "perf_project,funds_total,学前教育发展专项,executed,,,1812.46,万元,3",
                "perf_project,funds_total,古树名木保护经费,executed,pct,funds_total:budget_full_year,71.43,%,4",
                "perf_dept,overall,,score,,,93.6,分,6",
                "perf_dept,funds_total,,budget_full_year,,,36528.74,万元,6",
                "perf_dept,funds_total,,executed,,,35901.20,万元,6");
        assertThat(rows).noneMatch(r -> r.startsWith("perf_project,projects"));
    }

    @Test
    void aReportsBasicAndProjectPartsAndItsSentencesAboutThreePublicAndProcurement() {
        List<String> rows = rows(String.join("\n",
                "某县卫生健康局2023年度部门整体支出绩效自评报告",
                "一、部门整体支出情况",
                "年中追加预算412.60万元，调整后全年预算数3699.00万元。全年执行数3521.37万元，预算执行率95.20%。",
                "其中：基本支出全年预算931.50万元，执行931.50万元，执行率100%；项目支出全年预算2767.50万元，"
                        + "执行2589.87万元，执行率93.58%。",
                "二、部门整体支出管理情况",
                "2023年“三公”经费支出3.20万元，比上年减少0.40万元。政府采购金额126.50万元。"));

        assertThat(rows).contains(
                "perf_dept,funds_total,,executed,pct,funds_total:budget_full_year,95.20,%,3",
                "perf_dept,basic,,budget_full_year,,,931.50,万元,4",
                "perf_dept,basic,,executed,,,931.50,万元,4",
                "perf_dept,basic,,executed,pct,basic:budget_full_year,100,%,4",
                "perf_dept,project,,executed,,,2589.87,万元,4",
                "perf_dept,project,,executed,pct,project:budget_full_year,93.58,%,4",
                "three_public,total,,total,,,3.20,万元,6",
                "three_public,total,,total,change,,-0.40,万元,6",
                "procurement,total,,total,,,126.50,万元,6");
    }
}
