package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A table whose reading as printed gives nothing or fails its identities is read again in the layouts its structure
 * allows, and the reading its identities prove is booked; a publisher's error is never "fixed" by another layout.
 */
class TableLayoutsRetryTest {

    private static Extraction extract(String... lines) {
        return Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n", lines), "UTF-8"),
                Registry.empty());
    }

    /** "table.line.measure=value@line verified" of every table cell booked. */
    private static List<String> cells(Extraction x) {
        List<String> verified = x.proof().verified();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < x.figures().size(); i++) {
            Figure f = x.figures().get(i);
            if (f.origin().equals("table") && !f.isTable()) {
                out.add(f.tableId() + "." + f.lineCode() + "." + f.measure() + "=" + f.value() + "@" + f.sourceLine()
                        + " " + verified.get(i));
            }
        }
        return out;
    }

    private static final String[] SIDE_BY_SIDE_HEAD = {"某区某局2024年部门决算", "一般公共预算财政拨款基本支出决算表",
        "单位：万元", "科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数"};

    private static String[] with(String[] head, String... rows) {
        List<String> all = new java.util.ArrayList<>(List.of(head));
        all.addAll(List.of(rows));
        return all.toArray(String[]::new);
    }

    @Test
    void codesSplitUnderOneCodeHeaderAreReadJoinedEachGroupOnItsOwn() {
        Extraction x = extract(with(SIDE_BY_SIDE_HEAD,
                "301\t\t工资福利支出\t300.00\t302\t\t商品和服务支出\t50.00",
                "301\t01\t基本工资\t100.00\t302\t01\t办公费\t20.00",
                "301\t02\t津贴补贴\t120.00\t302\t11\t差旅费\t10.00",
                "301\t13\t住房公积金\t80.00\t302\t17\t公务接待费\t20.00",
                "\t合计\t\t350.00\t\t\t\t"));
        assertThat(cells(x)).containsExactlyInAnyOrder(
                "gpb_basic.301.total=300.00@5 proven", "gpb_basic.30101.total=100.00@6 proven",
                "gpb_basic.30102.total=120.00@7 proven", "gpb_basic.30113.total=80.00@8 proven",
                "gpb_basic.302.total=50.00@5 proven", "gpb_basic.30201.total=20.00@6 proven",
                "gpb_basic.30211.total=10.00@7 proven", "gpb_basic.30217.total=20.00@8 proven",
                "gpb_basic.total.total=350.00@9 proven");
        assertThat(x.tables()).extracting(Extraction.FoundTable::layout)
                .containsExactly("codes split over 类 | 款 columns read joined");
        assertThat(ExtractionReport.render(x)).contains("**codes split over 类 | 款 columns read joined**");
    }

    @Test
    void aHeaderWiderThanItsDataIsReadShiftedWhenThatProvesMoreEvenIfThePrintPasses() {
        // the code and its name in one cell under two header cells: read as printed, 302's 公用经费 100.00 lands
        // under 人员经费 and its hierarchy still holds; shifted, every row's 合计 = 人员经费 + 公用经费 holds too
        Extraction x = extract("某区某局2023年度部门决算", "一般公共预算财政拨款基本支出决算表", "单位：万元",
                "科目编码\t科目名称\t合计\t人员经费\t公用经费",
                "301 工资福利支出\t900.00\t900.00\t",
                "30101 基本工资\t900.00\t900.00\t",
                "302 商品和服务支出\t100.00\t\t100.00",
                "30201 办公费\t100.00\t\t100.00");
        assertThat(cells(x)).containsExactlyInAnyOrder(
                "gpb_basic.301.total=900.00@5 proven", "gpb_basic.301.personnel=900.00@5 proven",
                "gpb_basic.30101.total=900.00@6 proven", "gpb_basic.30101.personnel=900.00@6 proven",
                "gpb_basic.302.total=100.00@7 proven", "gpb_basic.302.public=100.00@7 proven",
                "gpb_basic.30201.total=100.00@8 proven", "gpb_basic.30201.public=100.00@8 proven");
    }

    @Test
    void aPublishersErrorIsNotReadAwayByAnotherLayout() {
        // 301 printed as 310.00 against its items' 300.00: no layout makes this pass, so nothing is booked as proven
        Extraction x = extract(with(SIDE_BY_SIDE_HEAD,
                "301\t\t工资福利支出\t310.00\t302\t\t商品和服务支出\t50.00",
                "301\t01\t基本工资\t100.00\t302\t01\t办公费\t20.00",
                "301\t02\t津贴补贴\t120.00\t302\t11\t差旅费\t10.00",
                "301\t13\t住房公积金\t80.00\t302\t17\t公务接待费\t20.00",
                "\t合计\t\t360.00\t\t\t\t"));
        assertThat(cells(x)).noneMatch(c -> c.endsWith(" proven"));
        assertThat(x.tables()).extracting(Extraction.FoundTable::layout).containsExactly(TableLayouts.AS_PRINTED);
    }

    @Test
    void twoGroupsUnderARepeatedHeaderAreReadOneAfterTheOther() {
        Extraction x = extract("某区某局2024年部门决算", "一般公共预算财政拨款支出决算表", "单位：万元",
                "科目\t金额\t科目\t金额",
                "201 一般公共服务支出\t60.00\t208 社会保障和就业支出\t40.00",
                "20101 人大事务\t60.00\t20805 行政事业单位养老支出\t40.00",
                "合计\t100.00\t\t");
        assertThat(cells(x)).contains("gpb_expenditure.201.total=60.00@5 proven",
                "gpb_expenditure.208.total=40.00@5 proven", "gpb_expenditure.total.total=100.00@7 proven");
        assertThat(cells(x)).noneMatch(c -> c.endsWith(" failed"));
    }
}
