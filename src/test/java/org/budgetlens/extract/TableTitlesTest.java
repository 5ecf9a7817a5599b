package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Title lines to the table they name: wordings of the catalogue, and the forms real documents give them. */
class TableTitlesTest {

    @Test
    void aFundNamedAfterTheTitleIsTheSameTitleWithTheFundInFront() {
        // 江苏省政协办公厅 2017 年部门预算, 表十一: the 2018 document prints the same table without the suffix
        assertThat(TableTitles.match("“三公”经费、会议费、培训费支出预算表（一般公共预算）")).hasValue("three_public");
        assertThat(TableTitles.match("“三公”经费、会议费、培训费支出预算表")).hasValue("three_public");
        assertThat(TableTitles.match("一般公共预算“三公”经费支出预算表")).hasValue("three_public");
        assertThat(TableTitles.match("基本支出预算表（一般公共预算）"))
                .isEqualTo(TableTitles.match("一般公共预算基本支出预算表"));
    }

    @Test
    void anyOtherWordInBracketsAfterATitleIsNotAFund() {
        assertThat(TableTitles.match("“三公”经费支出预算表（说明）")).isEqualTo(Optional.empty());
    }
}
