package org.budgetlens.model;

import java.math.BigDecimal;

/**
 * One published figure of a disclosure, validated. {@code value} is null when the cell was published blank or
 * as a dash (unknown, not zero). Money figures carry {@code amountWan}, the value converted to 万元. {@code verified}
 * is what the extractor proved of it (proven, unproven, failed), null when not stated (a hand-made file).
 */
public record Figure(
        String tableId,
        String lineCode,
        String lineName,
        String detail,
        String measure,
        Stat stat,
        String base,
        BigDecimal value,
        String sourceValue,
        String unit,
        Origin origin,
        String section,
        int sourceLine,
        String note,
        long fileLine,
        String verified) {

    public boolean isMoney() {
        return Unit.isMoney(unit);
    }

    /** The value in 万元 (exact), or null when unknown. Only meaningful for money figures. */
    public BigDecimal amountWan() {
        if (value == null) {
            return null;
        }
        return value.multiply(Unit.toWanFactor(unit).orElseThrow()).stripTrailingZeros();
    }
}
