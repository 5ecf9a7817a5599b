package org.budgetlens.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rule catalogue is checked as it is read: a severity outside the closed set, a rule without its Chinese text. */
class RuleCatalogueTest {

    private static final String HEADER = "rule_id,family,check,severity,tolerance_per_addend,kind,op,table_id,whole,"
            + "parts,description,text_zh\n";

    private static List<Rule> read(String rows) throws IOException {
        return Audit.rules(new StringReader(HEADER + rows));
    }

    @Test
    void aWellFormedRuleIsRead() throws IOException {
        assertThat(read("R-1,within_table,line_sum,info,0.005,,,summary,total,a;b,the total,合计\n"))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.info);
                    assertThat(r.textZh()).isEqualTo("合计");
                });
    }

    @Test
    void whatCannotBeRunOrReadIsRefusedWithItsLineAndRule() {
        assertThatThrownBy(() -> read("R-1,within_table,line_sum,fatal,0.005,,,summary,total,a,the total,合计\n"))
                .hasMessage("audit/rules.csv line 2, rule R-1: unknown severity 'fatal' (one of [error, warning, info])");
        assertThatThrownBy(() -> read("R-1,within_table,line_sum,error,0.005,,,summary,total,a,the total, \n"))
                .hasMessage("audit/rules.csv line 2, rule R-1: description and text_zh must both be given");
        assertThatThrownBy(() -> read("R-1,within_table,line_sum,error,0.005,,,summary,total,a,t,合计\n"
                + "R-1,within_table,line_sum,error,0.005,,,summary,total,a,t,合计\n"))
                .hasMessage("audit/rules.csv line 3, rule R-1: the rule id is blank or not unique");
        assertThatThrownBy(() -> read("R-1,within_table,no_such_check,error,0.005,,,,,,t,合计\n"))
                .hasMessage("audit/rules.csv line 2, rule R-1: unknown check 'no_such_check'");
        assertThatThrownBy(() -> Audit.rules(new StringReader(HEADER.replace(",text_zh", "") + "R-1\n")))
                .hasMessage("audit/rules.csv: no column text_zh");
    }

    @Test
    void theBundledCatalogueHasAChineseTextForEveryRule() {
        assertThat(Audit.rules()).hasSizeGreaterThan(100).allMatch(r -> !r.textZh().isBlank());
    }
}
