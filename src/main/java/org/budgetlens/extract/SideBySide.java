package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of a subject with several lines given side by side after 各 / 分别, to be read one per line in the order
 * the subject names its lines: each with its unit ("收、支总计分别为410.00万元、420.00万元", "各下降23.51%、38.28%"),
 * or under one unit ("各是4125.49,4143.91万元", the numbers joined by {@link NarrativeReader#SPLIT}).
 */
final class SideBySide {

    /** The words that give amounts side by side. */
    static final Pattern EACH = Pattern.compile("各|分别");
    /** What stands between two amounts given respectively. */
    static final Pattern SEPARATOR = Pattern.compile("[、,和及与]");
    /** The next amount given respectively, with its unit. */
    private static final Pattern NEXT = Pattern.compile(
            "[、,和及与](-?(?:\\d{1,3}(?:\u066C\\d{3})+|\\d+)(?:\\.\\d+)?)(万元|亿元|元|%)(?![\\d])");
    /** The number right before a split comma (4125.49 of "4125.49,4143.91万元"), as normalize marks it. */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?<![\\d.\u066C])((?:\\d{1,3}(?:\u066C\\d{3})+|\\d+)"
            + "(?:\\.\\d+)?)$");

    private SideBySide() {
    }

    /**
     * Whether the amount ending at {@code end} is the first of {@code lines} amounts side by side after 各 / 分别,
     * each with the same unit.
     */
    static boolean respectively(int lines, String sentence, int end, String unit) {
        Matcher next = NEXT.matcher(sentence).region(end, sentence.length());
        int more = 0;
        while (next.lookingAt()) {
            if (!next.group(2).equals(unit)) {
                return false;
            }
            more++;
            next.region(next.end(), sentence.length());
        }
        return EACH.matcher(sentence.substring(0, end)).find() && more == lines - 1;
    }

    /**
     * The numbers (start, end) that stand before the amount starting at {@code amountStart}, each followed by a
     * split comma, first to last; empty when there is none or the chain is broken.
     */
    static List<int[]> numbersBefore(String sentence, int amountStart) {
        List<int[]> numbers = new ArrayList<>();
        int at = amountStart - 1;
        while (at >= 1 && sentence.charAt(at) == NarrativeReader.SPLIT) {
            Matcher n = NUMBER_BEFORE.matcher(sentence.substring(0, at));
            if (!n.find()) {
                return List.of();
            }
            numbers.add(0, new int[] {n.start(1), n.end(1)});
            at = n.start(1) - 1;
        }
        return numbers;
    }
}
