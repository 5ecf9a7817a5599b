package org.budgetlens.audit;

import java.math.BigDecimal;

/**
 * One audit rule of audit/rules.csv: a generic check (sql/audit/CHECK.sql) with its parameters, a severity and a
 * tolerance per addend (figures are rounded to 0.01 万元, so n addends may be off by about n × 0.005). The
 * description is the English text of docs/rules.md; textZh what the audit command and the report show.
 */
public record Rule(String ruleId, String family, String check, Severity severity, BigDecimal tolerancePerAddend,
        String kind, String op, String tableId, String whole, String parts, String description, String textZh) {
}
