package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A table whose title no template names is recognised by what it holds (extract/templates/content_rules.csv: its
 * codes, header words and the words above it) and booked only when its unit is printed and its identities prove it.
 */
class TableByContentTest {

    private static final String[] FUNCTION_ROWS = {
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",
        "\t合计\t500.00\t300.00\t200.00",
        "208\t社会保障和就业支出\t120.00\t120.00\t",
        "20805\t行政事业单位养老支出\t120.00\t120.00\t",
        "210\t卫生健康支出\t380.00\t180.00\t200.00",
        "21011\t行政事业单位医疗\t380.00\t180.00\t200.00"};

    private static Extraction extract(String title, String unit, String... rows) {
        List<String> lines = new ArrayList<>(List.of("某区某局2024年部门预算", "部门：某区某局", title));
        if (!unit.isEmpty()) {
            lines.add(unit);
        }
        lines.addAll(List.of(rows));
        return Extractor.extract(SourceText.of(Path.of("t.txt"), "t.txt", String.join("\n", lines), "UTF-8"),
                Registry.empty());
    }

    private static List<String> booked(Extraction x) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < x.figures().size(); i++) {
            Figure f = x.figures().get(i);
            if (f.origin().equals("table") && !f.isTable()) {
                out.add(f.tableId() + "." + f.lineCode() + "." + f.measure() + "=" + f.value() + " "
                        + x.proof().verified().get(i));
            }
        }
        return out;
    }

    @Test
    void anUnknownTitleOverFunctionCodesWithBasicAndProjectColumnsIsTheExpenditureTable() {
        Extraction x = extract("二、部门预算支出明细表（按功能科目分类）", "单位：万元", FUNCTION_ROWS);
        assertThat(booked(x)).containsExactly("expenditure.total.total=500.00 proven",
                "expenditure.total.basic=300.00 proven", "expenditure.total.project=200.00 proven",
                "expenditure.208.total=120.00 proven", "expenditure.208.basic=120.00 proven",
                "expenditure.20805.total=120.00 proven", "expenditure.20805.basic=120.00 proven",
                "expenditure.210.total=380.00 proven", "expenditure.210.basic=180.00 proven",
                "expenditure.210.project=200.00 proven", "expenditure.21011.total=380.00 proven",
                "expenditure.21011.basic=180.00 proven", "expenditure.21011.project=200.00 proven");
        assertThat(x.tables()).extracting(Extraction.FoundTable::layout)
                .containsExactly("by what it holds (no title matched), proven; as printed");
    }

    @Test
    void theWordsAboveTellWhichExpenditureTableItIs() {
        Extraction x = extract("部门一般公共预算安排的支出明细（按功能科目）", "单位：万元", FUNCTION_ROWS);
        assertThat(booked(x)).allMatch(c -> c.startsWith("gpb_expenditure.")).hasSize(13);
    }

    @Test
    void theFundTheWordsNameDecidesTheTableMostSpecificFirst() {
        assertThat(booked(extract("一般公共预算财政拨款支出明细表（按功能科目）", "单位：万元", FUNCTION_ROWS)))
                .allMatch(c -> c.startsWith("gpb_expenditure.")).hasSize(13);
        assertThat(booked(extract("国有资本经营预算支出明细表", "单位：万元", FUNCTION_ROWS)))
                .allMatch(c -> c.startsWith("soe_capital.")).hasSize(13);
        assertThat(booked(extract("财政拨款支出明细表", "单位：万元", FUNCTION_ROWS)))
                .allMatch(c -> c.startsWith("fiscal_expenditure.")).hasSize(13);
        assertThat(booked(extract("机关运行经费支出明细表", "单位：万元", "科目编码\t科目名称\t金额",
                "301\t工资福利支出\t900.00", "30101\t基本工资\t900.00", "302\t商品和服务支出\t100.00",
                "30201\t办公费\t100.00", "\t合计\t1000.00"))).allMatch(c -> c.startsWith("admin_running.")).hasSize(5);
    }

    @Test
    void aTableGoingOnUnderItsTitleWithContinuedIsOneTable() {
        Extraction x = extract("一般公共预算财政拨款支出决算表", "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "\t合计\t500.00\t300.00\t200.00",
                "208\t社会保障和就业支出\t120.00\t120.00\t",
                "20805\t行政事业单位养老支出\t120.00\t120.00\t",
                "一般公共预算财政拨款支出决算表（续）", "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "210\t卫生健康支出\t380.00\t180.00\t200.00",
                "21011\t行政事业单位医疗\t380.00\t180.00\t200.00");
        assertThat(x.tables()).extracting(Extraction.FoundTable::tableId).containsExactly("gpb_expenditure");
        assertThat(booked(x)).hasSize(13).allMatch(c -> c.startsWith("gpb_expenditure.") && c.endsWith(" proven"));
    }

    @Test
    void rowsUnderALoneContinuedLineGoOnTheTableBeforeWhateverTheyHold() {
        Extraction x = extract("一般公共预算财政拨款支出决算表", "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "\t合计\t500.00\t300.00\t200.00",
                "208\t社会保障和就业支出\t120.00\t120.00\t",
                "20805\t行政事业单位养老支出\t120.00\t120.00\t",
                "续表", "金额单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "210\t卫生健康支出\t380.00\t180.00\t200.00",
                "21011\t行政事业单位医疗\t380.00\t180.00\t200.00");
        assertThat(x.tables()).extracting(Extraction.FoundTable::tableId).containsExactly("gpb_expenditure");
        assertThat(booked(x)).hasSize(13).allMatch(c -> c.startsWith("gpb_expenditure.") && c.endsWith(" proven"));
    }

    @Test
    void theAdminRunningColumnBesideThe三公IsItsOwnColumnNotAMergedHeaderAboveAll() {
        Extraction x = extract("2024年部门“三公”经费和机关运行经费预算表", "单位：万元",
                "2024年“三公”经费和机关运行经费预算数\t\t\t\t\t\t",
                "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t机关运行经费",
                "\t\t\t小计\t购置费\t运行费\t",
                "22.91\t0\t1.35\t21.56\t0\t21.56\t786.09");
        assertThat(booked(x)).extracting(c -> c.substring(0, c.indexOf(' '))).containsExactlyInAnyOrder(
                "three_public.total.total=22.91", "three_public.abroad.total=0", "three_public.reception.total=1.35",
                "three_public.vehicles.total=21.56", "three_public.vehicle_purchase.total=0",
                "three_public.vehicle_running.total=21.56", "admin_running.total.total=786.09");
    }

    @Test
    void economicCodesMakeTheBasicExpenditureTable() {
        Extraction x = extract("部门基本支出明细（按经济科目）", "单位：元",
                "科目编码\t科目名称\t合计\t人员经费\t公用经费",
                "301\t工资福利支出\t900\t900\t",
                "30101\t基本工资\t900\t900\t",
                "302\t商品和服务支出\t100\t\t100",
                "30201\t办公费\t100\t\t100");
        assertThat(booked(x)).contains("gpb_basic.301.total=900 proven", "gpb_basic.30201.public=100 proven")
                .allMatch(c -> c.startsWith("gpb_basic."));
    }

    @Test
    void withoutAPrintedUnitNothingIsBookedByContentAlone() {
        assertThat(booked(extract("二、部门预算支出明细表（按功能科目分类）", "", FUNCTION_ROWS))).isEmpty();
    }

    @Test
    void aTableItsIdentitiesDoNotProveIsReportedNotBooked() {
        String[] wrong = FUNCTION_ROWS.clone();
        wrong[4] = "210\t卫生健康支出\t390.00\t190.00\t200.00"; // its 款 says 380.00
        Extraction x = extract("二、部门预算支出明细表（按功能科目分类）", "单位：万元", wrong);
        assertThat(booked(x)).isEmpty();
        assertThat(x.unused()).anySatisfy(u -> assertThat(u.reason()).contains("by what it holds")
                .contains("not proven"));
    }
}
