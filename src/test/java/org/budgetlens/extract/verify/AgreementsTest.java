package org.budgetlens.extract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.budgetlens.extract.verify.TableProof.Status;
import org.budgetlens.model.Catalog;
import org.junit.jupiter.api.Test;

/** A figure two tables both publish proves both readings when they agree; a disagreement fails the unproven one. */
class AgreementsTest {

    private final List<Agreements.Cell> cells = new ArrayList<>();
    private final Map<Integer, Status> status = new HashMap<>();

    private int cell(String table, String line, String measure, String unit, String value, Status before) {
        int i = cells.size();
        cells.add(new Agreements.Cell(i, table, line, measure, unit, new BigDecimal(value)));
        status.put(i, before);
        return i;
    }

    @Test
    void theSummarysClassesAgreeingWithTheExpenditureTableProveBoth() {
        int summary208 = cell("summary", "208", "total", "万元", "8.28", Status.UNPROVEN);
        int summary210 = cell("summary", "210", "total", "万元", "652.06", Status.UNPROVEN);
        int table208 = cell("expenditure", "208", "total", "万元", "8.28", Status.PROVEN);
        int table210 = cell("expenditure", "210", "total", "万元", "652.05", Status.PROVEN); // rounding: one cent
        Agreements.Result r = Agreements.check(cells, status);
        assertThat(r.checked()).isEqualTo(2);
        assertThat(r.failed()).isEmpty();
        assertThat(status).containsEntry(summary208, Status.PROVEN).containsEntry(summary210, Status.PROVEN)
                .containsEntry(table208, Status.PROVEN).containsEntry(table210, Status.PROVEN);
    }

    @Test
    void aDisagreementFailsTheUnprovenReadingAndLeavesTheProvenOne() {
        // the 一般公共预算支出表 proves its 基本支出 by 合计 = 基本 + 项目; the 基本支出表 read alone (no identity held)
        int gpb = cell("gpb_expenditure", "total", "basic", "万元", "208.88", Status.PROVEN);
        int basic = cell("gpb_basic", "total", "total", "万元", "280.88", Status.UNPROVEN);
        Agreements.Result r = Agreements.check(cells, status);
        assertThat(r.checked()).isEqualTo(1);
        assertThat(r.failed()).singleElement().asString()
                .contains("gpb_expenditure.total.basic 208.88").contains("gpb_basic.total.total 280.88")
                .contains("off by -72.00");
        assertThat(status).containsEntry(gpb, Status.PROVEN).containsEntry(basic, Status.FAILED);
    }

    @Test
    void figuresInDifferentUnitsOrOfOneTableOnlyAreNotCompared() {
        cell("summary", "expenditure_total", "total", "元", "6653800.00", Status.UNPROVEN);
        cell("expenditure", "total", "total", "万元", "665.38", Status.UNPROVEN);
        cell("summary", "221", "total", "万元", "5.04", Status.UNPROVEN);
        Agreements.Result r = Agreements.check(cells, status);
        assertThat(r.checked()).isZero();
        assertThat(status.values()).containsOnly(Status.UNPROVEN);
    }

    @Test
    void everyAgreementOfTheDataFileNamesTablesLinesAndMeasuresOfTheCatalogue() {
        Catalog catalog = Catalog.standard();
        assertThat(Agreements.all()).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(a -> assertThat(Agreements.problem(catalog, a)).isNull());
        assertThat(Agreements.problem(catalog, new Agreements.Agreement("summary", "@classes", "total",
                "gpb_basic", "total", "total", "one side only"))).isEqualTo("@classes on one side only");
        assertThat(Agreements.problem(catalog, new Agreements.Agreement("summary", "no_such_line", "total",
                "expenditure", "total", "total", "unknown line"))).contains("no_such_line");
    }
}
