package org.budgetlens.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The staging rows DuckDB reads back: quoting, null against the empty string, numbers, UTF-8. */
class CsvBytesTest {

    private static String render(Object... values) {
        CsvBytes out = new CsvBytes(4);
        out.row(values);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void nullIsAnEmptyFieldAndTheEmptyStringIsQuoted() {
        assertThat(render(null, "", "x")).isEqualTo(",\"\",x\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithDoubledQuotes() {
        assertThat(render("a,b", "说\"明\"", "两\n行", "回\r车")).isEqualTo("\"a,b\",\"说\"\"明\"\"\",\"两\n行\",\"回\r车\"\n");
    }

    @Test
    void numbersAreWrittenPlain() {
        assertThat(render(0, 7, 1234567890123L, -42, new BigDecimal("665.38"), new BigDecimal("1E+3"),
                new BigDecimal("0.000123"))).isEqualTo("0,7,1234567890123,-42,665.38,1000,0.000123\n");
    }

    @Test
    void chineseAndCharactersOutsideTheBasicPlaneAreUtf8() {
        String name = "公务员医疗补助𠀀";
        assertThat(render(name)).isEqualTo(name + "\n");
    }

    @Test
    void anUnpairedSurrogateBecomesAQuestionMarkAsStringGetBytesMakesIt() {
        assertThat(render("a\uD800b")).isEqualTo("a?b\n");
    }

    @Test
    void theBufferGrowsPastItsFirstCapacity() {
        String longText = "预算".repeat(5000);
        assertThat(render(longText, 1)).isEqualTo(longText + ",1\n");
    }
}
