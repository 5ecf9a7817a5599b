package org.budgetlens.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in cents of 万元 (0.01 万元, the precision disclosures publish) and the percentages stated on them. */
public final class Money {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** A drawn amount in 万元 rounded to cents (half up); the only place a double becomes money. */
    public static long cents(double wan) {
        return BigDecimal.valueOf(wan).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** Appends cents as a plain decimal in 万元 with two decimals ({@code 123456} -> {@code 1234.56}). */
    public static void append(StringBuilder b, long cents) {
        long abs = cents;
        if (cents < 0) {
            b.append('-');
            abs = -cents;
        }
        b.append(abs / 100).append('.');
        long frac = abs % 100;
        if (frac < 10) {
            b.append('0');
        }
        b.append(frac);
    }

    public static String text(long cents) {
        StringBuilder b = new StringBuilder(16);
        append(b, cents);
        return b.toString();
    }

    /** n ÷ d × 100 to two decimals, rounded half away from zero, as a person (and the audit) rounds it. */
    public static BigDecimal pct(long n, long d) {
        return BigDecimal.valueOf(n).multiply(HUNDRED).divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP);
    }

    /** Splits a total in cents over weights: every part but the last rounded down, the last takes the rest. */
    public static long[] split(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] parts = new long[weights.length];
        long used = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            parts[i] = sum <= 0 ? 0 : (long) Math.floor(total * (weights[i] / sum));
            used += parts[i];
        }
        parts[weights.length - 1] = total - used;
        return parts;
    }
}
