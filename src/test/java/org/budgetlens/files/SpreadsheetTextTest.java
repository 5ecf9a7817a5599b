package org.budgetlens.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one rule for text in a spreadsheet cell: a formula leader gets an apostrophe, a number stays a number. */
class SpreadsheetTextTest {

    @Test
    void everyFormulaLeaderGetsAnApostrophe() {
        for (String risky : List.of("=HYPERLINK(\"http://evil.example\",\"点击\")", "=1+1", "+cmd|' /C calc'!A0",
                "+1+1", "-1+2", "-cmd|x", "-", "@SUM(A1)", "\t=1", "\r=1", "\n=1")) {
            assertThat(SpreadsheetText.cell(risky)).as(risky).isEqualTo("'" + risky);
        }
    }

    @Test
    void aPlainDecimalNumberIsNotAFormula() {
        for (String number : List.of("-12.50", "-3", "-0.007936", "+3", "12.50", "0")) {
            assertThat(SpreadsheetText.cell(number)).as(number).isEqualTo(number);
        }
        for (String notPlain : List.of("-12.", "-.5", "-1e5", "-1,234.50", "-12.50 ", "-12.50\n", "+-3", "--3")) {
            assertThat(SpreadsheetText.cell(notPlain)).as(notPlain).isEqualTo("'" + notPlain);
        }
    }

    @Test
    void otherTextStaysAsItIs() {
        for (String text : List.of("西宁市城中区医疗保障局", "a=b", " =1", "'quoted", "")) {
            assertThat(SpreadsheetText.cell(text)).as(text).isEqualTo(text);
        }
        assertThat(SpreadsheetText.cell(null)).isNull();
    }
}
