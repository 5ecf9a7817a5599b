package org.budgetlens.ingest;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code value} column. Accepted and rejected spellings are documented in docs/normalized-format.md:
 * plain and signed decimals, thousands separators in groups of three, full-width digits; blank and dashes mean
 * unknown (null), never zero.
 */
public final class ValueParser {

    /** The longest value we read as a number; anything longer is rejected as not a number. */
    static final int MAX_LENGTH = 40;

    private static final Set<String> UNKNOWN = Set.of("-", "--", "—", "——", "–", "―", "－", "－－");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern HAS_UNIT = Pattern.compile(".*[万亿千元].*");

    /** A parsed value: a number, unknown (null number, no error), or an error saying what was expected. */
    public record Parsed(BigDecimal number, String error) {

        public boolean ok() {
            return error == null;
        }
    }

    private ValueParser() {
    }

    public static Parsed parse(String raw) {
        if (raw == null) {
            return new Parsed(null, null);
        }
        BigDecimal plain = plainAscii(raw);
        if (plain != null) {
            return new Parsed(plain, null);
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (s.isEmpty() || UNKNOWN.contains(s) || UNKNOWN.contains(raw.strip())) {
            return new Parsed(null, null);
        }
        if (s.length() > MAX_LENGTH) {
            return error("value is " + s.length() + " characters long: not a number");
        }
        if (PLAIN.matcher(s).matches()) {
            return new Parsed(new BigDecimal(s), null);
        }
        if (GROUPED.matcher(s).matches()) {
            return new Parsed(new BigDecimal(s.replace(",", "")), null);
        }
        return error(explain(raw.strip(), s));
    }

    /**
     * The fast path for the common spelling: an optional sign, digits, an optional decimal part, all ASCII, nothing
     * else. Returns null for anything else, which then takes the full path.
     */
    private static BigDecimal plainAscii(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return null;
        }
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        int dot = -1;
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && dot < 0 && digits > 0) {
                dot = j;
            } else {
                return null;
            }
        }
        if (digits == 0 || dot == n - 1) {
            return null;
        }
        return new BigDecimal(s);
    }

    private static String explain(String shown, String s) {
        String quoted = "value '" + shown + "'";
        if (s.indexOf('%') >= 0) {
            return quoted + " contains %: put the number in value and % in the unit column";
        }
        if (HAS_UNIT.matcher(s).matches()) {
            return quoted + " contains a unit: put the number in value and the unit (万元, 元, 亿元) in the unit column";
        }
        if (s.chars().anyMatch(Character::isWhitespace)) {
            return quoted + " has a space inside a number (a PDF conversion often splits numbers): "
                    + "write it without spaces, e.g. 665.39";
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            return quoted + " is a parenthesized negative: write it with a minus sign, e.g. -12.50";
        }
        if (s.indexOf(',') >= 0) {
            return quoted + " has thousands separators that do not group three digits: write 1234.56 or 1,234.56";
        }
        return quoted + " is not a number: expected digits with an optional sign and decimal point "
                + "(1234.56, -5.18, 1,234.56), or blank / - for unknown";
    }

    private static Parsed error(String message) {
        return new Parsed(null, message);
    }
}
