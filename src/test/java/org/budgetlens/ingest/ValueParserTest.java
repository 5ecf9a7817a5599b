package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The amount spellings of docs/normalized-format.md, accepted and rejected on purpose. */
class ValueParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123.45|123.45", "-5.18|-5.18", "+3|3", "0|0", "0.00|0.00", "'1,234.56'|1234.56",
        "'12,345,678'|12345678", "１２３．４５|123.45", "－５|-5", "' 665.39 '|665.39", "\u00a012.5\u3000|12.5"})
    void accepted(String raw, String expected) {
        ValueParser.Parsed p = ValueParser.parse(raw);
        assertThat(p.ok()).as(p.error()).isTrue();
        assertThat(p.number()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(p.number().toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "--", "—", "——", "－", "–"})
    void unknownIsNullNotZero(String raw) {
        ValueParser.Parsed p = ValueParser.parse(raw);
        assertThat(p.ok()).isTrue();
        assertThat(p.number()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'1,23.4'|value '1,23.4' has thousands separators that do not group three digits: write 1234.56 or 1,234.56",
        "'12,3456'|value '12,3456' has thousands separators that do not group three digits: write 1234.56 or 1,234.56",
        "665. 39|value '665. 39' has a space inside a number (a PDF conversion often splits numbers): write it "
            + "without spaces, e.g. 665.39",
        "88.54%|value '88.54%' contains %: put the number in value and % in the unit column",
        "12.5万|value '12.5万' contains a unit: put the number in value and the unit (万元, 元, 亿元) in the unit column",
        "(12.50)|value '(12.50)' is a parenthesized negative: write it with a minus sign, e.g. -12.50",
        "1e3|value '1e3' is not a number: expected digits with an optional sign and decimal point (1234.56, -5.18, "
            + "1,234.56), or blank / - for unknown",
        "N/A|value 'N/A' is not a number: expected digits with an optional sign and decimal point (1234.56, -5.18, "
            + "1,234.56), or blank / - for unknown",
        "无|value '无' is not a number: expected digits with an optional sign and decimal point (1234.56, -5.18, "
            + "1,234.56), or blank / - for unknown",
        "1.2.3|value '1.2.3' is not a number: expected digits with an optional sign and decimal point (1234.56, "
            + "-5.18, 1,234.56), or blank / - for unknown"})
    void rejectedWithWhatWasExpected(String raw, String message) {
        ValueParser.Parsed p = ValueParser.parse(raw);
        assertThat(p.ok()).isFalse();
        assertThat(p.error()).isEqualTo(message);
    }
}
