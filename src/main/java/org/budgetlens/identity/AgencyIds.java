package org.budgetlens.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * An agency's id derived from its region and canonical name alone, so that the same agency in another year or in
 * another file of the same disclosure gets the same id with no registry: {@code <region>-<initials>-<hash>}, e.g.
 * {@code 320000-swbgt-5c1e} for 江苏省委办公厅: the pinyin initials of the name after its region (at most 12), and four
 * hex digits of the SHA-256 of the whole canonical name, which keep two agencies with the same initials apart. An
 * agency whose region is not known gets {@code x-<initials>-<hash>}.
 */
public final class AgencyIds {

    private static final int INITIALS = 12;

    private AgencyIds() {
    }

    public static String of(String regionCode, String canonicalName, String regionText) {
        String rest = !regionText.isEmpty() && canonicalName.startsWith(regionText)
                ? canonicalName.substring(regionText.length()) : canonicalName;
        String initials = initials(rest.isEmpty() ? canonicalName : rest);
        String prefix = regionCode.isEmpty() ? "x" : regionCode;
        return prefix + "-" + (initials.isEmpty() ? "a" : initials) + "-" + hash(canonicalName);
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length() && b.length() < INITIALS; i++) {
            char c = name.charAt(i);
            String[] pinyin = PinyinHelper.toHanyuPinyinStringArray(c);
            if (pinyin != null && pinyin.length > 0 && !pinyin[0].isEmpty()) {
                b.append(pinyin[0].charAt(0)); // the first reading: deterministic for a polyphonic character
            } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
