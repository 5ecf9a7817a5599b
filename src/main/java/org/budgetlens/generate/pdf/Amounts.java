package org.budgetlens.generate.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as a department prints them: thousands separated, 万元 with two decimals or whole 元. */
final class Amounts {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Amounts() {
    }

    /** A 万元 value of the CSV ("1234.56") as printed: "1,234.56", or in 元 "12,345,600". */
    static String money(String wan, boolean yuan) {
        if (wan.isEmpty()) {
            return "";
        }
        BigDecimal v = new BigDecimal(wan);
        if (yuan) {
            return grouped(v.multiply(TEN_THOUSAND).setScale(0, RoundingMode.UNNECESSARY));
        }
        return grouped(v.setScale(2, RoundingMode.UNNECESSARY));
    }

    private static String grouped(BigDecimal v) {
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder b = new StringBuilder(plain.length() + 6);
        if (v.signum() < 0) {
            b.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(whole.charAt(i));
        }
        if (dot >= 0) {
            b.append(plain, dot, plain.length());
        }
        return b.toString();
    }
}
