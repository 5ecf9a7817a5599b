package org.budgetlens.extract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.budgetlens.extract.verify.TableProof.Status;
import org.junit.jupiter.api.Test;

/** A table reading proves itself by its identities: a right reading passes, a misreading and a real error fail. */
class TableProofTest {

    private final List<TableProof.Cell> cells = new ArrayList<>();

    private int cell(String line, String measure, String value) {
        int i = cells.size();
        cells.add(new TableProof.Cell(i, line, "", measure, "", new BigDecimal(value)));
        return i;
    }

    @Test
    void aRightReadingOfABasicTableIsProvenWholly() {
        cell("total", "total", "500.00");
        cell("301", "total", "300.00");
        cell("30101", "total", "100.00");
        cell("30113", "total", "200.00");
        cell("302", "total", "200.00");
        cell("30201", "total", "150.00");
        cell("30217", "total", "50.00");
        TableProof.Result r = TableProof.prove("gpb_basic", cells);
        assertThat(r.status().values()).containsOnly(Status.PROVEN);
        assertThat(r.failed()).isEmpty();
        assertThat(r.checked()).isEqualTo(3);
    }

    @Test
    void sideBySideGroupsBookedOnTheWrongLinesFailTheirClassSums() {
        // 住房公积金 200.00 read as 30212 (因公出国) and 公务接待 50.00 read as 30113: each 类 is off by the other's part
        cell("total", "total", "500.00");
        cell("301", "total", "300.00");
        int a = cell("30101", "total", "100.00");
        int moved = cell("30217", "total", "200.00");
        cell("302", "total", "200.00");
        cell("30201", "total", "150.00");
        int back = cell("30113", "total", "50.00");
        TableProof.Result r = TableProof.prove("gpb_basic", cells);
        assertThat(r.status().get(moved)).isEqualTo(Status.FAILED);
        assertThat(r.status().get(back)).isEqualTo(Status.FAILED);
        assertThat(r.status().get(a)).isEqualTo(Status.FAILED);
        assertThat(r.failed()).hasSize(2).allMatch(f -> f.contains("off by"));
    }

    @Test
    void aPublishersErrorInOneCellFailsOnlyTheIdentitiesOfThatCell() {
        cell("total", "total", "30.00");
        cell("total", "basic", "10.00");
        cell("total", "project", "20.00");
        cell("201", "total", "30.00");
        cell("201", "basic", "10.00");
        cell("201", "project", "20.00");
        int wrong = cell("20101", "total", "12.00"); // published 12.00 where its row says 10 + 1
        cell("20101", "basic", "10.00");
        cell("20101", "project", "1.00");
        cell("20102", "total", "19.00");
        cell("20102", "basic", "0.00");
        cell("20102", "project", "19.00");
        TableProof.Result r = TableProof.prove("gpb_expenditure", cells);
        assertThat(r.status().get(wrong)).isEqualTo(Status.FAILED);
        assertThat(r.status().get(0)).isEqualTo(Status.PROVEN);
        assertThat(r.failed()).allMatch(f -> f.contains("20101") || f.contains("201."));
    }

    @Test
    void roundingToTheLastPublishedDecimalHolds() {
        cell("total", "total", "33.34");
        cell("total", "basic", "11.11");
        cell("total", "project", "22.22");
        assertThat(TableProof.prove("gpb_expenditure", cells).status().values()).containsOnly(Status.PROVEN);
    }

    @Test
    void aFigureNoIdentityCoversIsUnproven() {
        int lone = cell("2101103", "total", "404.66");
        assertThat(TableProof.prove("gpb_expenditure", cells).status().get(lone)).isEqualTo(Status.UNPROVEN);
    }

    @Test
    void theThreePublicTableWithMeetingsAndTraining() {
        cell("total_with_meetings", "total", "1471.70");
        cell("total", "total", "508.20");
        cell("abroad", "total", "70.00");
        cell("vehicles", "total", "411.20");
        cell("vehicle_running", "total", "411.20");
        cell("reception", "total", "27.00");
        cell("meetings", "total", "933.50");
        cell("training", "total", "30.00");
        assertThat(TableProof.prove("three_public", cells).status().values()).containsOnly(Status.PROVEN);
    }
}
