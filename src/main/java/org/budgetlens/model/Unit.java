package org.budgetlens.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Units of published figures. Money is stored in 万元; other units are kept as published. */
public final class Unit {

    public static final String WAN_YUAN = "万元";
    public static final String PERCENT = "%";

    private static final Map<String, BigDecimal> MONEY_TO_WAN = Map.of(
            "万元", BigDecimal.ONE,
            "元", new BigDecimal("0.0001"),
            "千元", new BigDecimal("0.1"),
            "亿元", new BigDecimal("10000"));

    private Unit() {
    }

    /** The factor that converts an amount in {@code unit} to 万元, if {@code unit} is money. */
    public static Optional<BigDecimal> toWanFactor(String unit) {
        return Optional.ofNullable(MONEY_TO_WAN.get(unit));
    }

    public static boolean isMoney(String unit) {
        return WAN_YUAN.equals(unit) || MONEY_TO_WAN.containsKey(unit);
    }
}
