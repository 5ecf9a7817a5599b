package org.budgetlens.extract.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document-wide passes over laid-out pages: page numbers and running heads in a page's top or bottom margin
 * marked as artefacts, then paragraphs rebuilt from the margins — a line that reaches the right margin goes on in the
 * next line when that one is not indented and opens no heading, also across a page break (the artefacts between
 * them are never joined in).
 */
final class DocumentLayout {

    /** The share of a page's height at its top and at its bottom where page numbers and running heads stand. */
    private static final float MARGIN_ZONE = 0.12f;
    static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－_·\\s]*\\d{1,4}[-—–－_·\\s]*$|^第\\s*\\d{1,4}\\s*页\\s*([,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$"
                    + "|^\\d{1,4}\\s*/\\s*\\d{1,4}$|^共\\s*\\d{1,4}\\s*页.{0,12}$");
    /** A running head repeats on this many pages at least. */
    private static final int RUNNING_HEAD_PAGES = 3;
    /** Opens a heading or a list item: never the second half of a paragraph. */
    static final Pattern OPENS_HEADING = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．](?!\\d)|第[一二三四五六七八九十]+[部分章节]"
                    + "|附件|附表|目录)");
    /** A line ending a sentence or opening a list does not go on. */
    private static final Pattern ENDS = Pattern.compile("[。：:；;！？]$");
    /** How close (em) to the right margin a full line ends; how far right (em) an indented line starts. */
    private static final float FULL = 2.0f;
    private static final float INDENT = 0.8f;
    private static final int TAIL = 2;

    private DocumentLayout() {
    }

    static List<LaidLine> lay(List<List<LaidLine>> pages, List<float[]> sizes) {
        Map<String, Integer> heads = marginTexts(pages, sizes);
        Integer offset = pageNumberOffset(pages, sizes);
        List<LaidLine> all = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            float height = sizes.get(p)[1];
            for (LaidLine line : pages.get(p)) {
                boolean inMargin = line.top() < height * MARGIN_ZONE || line.bottom() > height * (1 - MARGIN_ZONE);
                String text = line.text().strip();
                boolean artefact = line.kind() == LaidLine.Kind.TEXT && inMargin && !NEVER_A_HEAD.matcher(text).find()
                        && (isPageNumber(text, p + 1, offset) || heads.getOrDefault(key(line), 0) >= RUNNING_HEAD_PAGES);
                all.add(artefact ? line.as(LaidLine.Kind.ARTEFACT) : line);
            }
        }
        return paragraphs(all, margins(all, pages.size()));
    }

    /**
     * A unit, a 部门／单位 line or a table's title is never a running head or a page number, however often it repeats
     * at the top of the pages (dropping 单位：元 would book a table in 元 as 万元).
     */
    private static final Pattern NEVER_A_HEAD = Pattern.compile("单位[:：]|部门[:：]|表$|表[(（]");
    private static final Pattern LONE_NUMBER = Pattern.compile("^[-—–－_·\\s]*(\\d{1,4})[-—–－_·\\s]*$");

    /**
     * A margin line that is a page number ("- 3 -", "第3页", "3/20"); a bare number ("3", "- 3 -") only when the bare
     * numbers of the document's margins follow its pages (the same offset from the page's position on at least two
     * pages), so a lone 类 amount at the top of a page is never dropped as a page number.
     */
    private static boolean isPageNumber(String text, int page, Integer offset) {
        if (!PAGE_NUMBER.matcher(text).matches()) {
            return false;
        }
        Matcher bare = LONE_NUMBER.matcher(text);
        if (!bare.matches()) {
            return true; // 第3页, 3/20, 共20页
        }
        return offset != null && Integer.parseInt(bare.group(1)) - page == offset;
    }

    /** The offset (printed number − page position) most bare margin numbers share, when two pages or more agree. */
    private static Integer pageNumberOffset(List<List<LaidLine>> pages, List<float[]> sizes) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            float height = sizes.get(p)[1];
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (LaidLine l : pages.get(p)) {
                Matcher m = LONE_NUMBER.matcher(l.text().strip());
                boolean inMargin = l.top() < height * MARGIN_ZONE || l.bottom() > height * (1 - MARGIN_ZONE);
                if (l.kind() == LaidLine.Kind.TEXT && inMargin && m.matches()
                        && seen.add(Integer.parseInt(m.group(1)) - (p + 1))) {
                    votes.merge(Integer.parseInt(m.group(1)) - (p + 1), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().filter(e -> e.getValue() >= Math.min(2, pages.size()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** How many pages each text of a margin line stands on (running heads repeat). */
    private static Map<String, Integer> marginTexts(List<List<LaidLine>> pages, List<float[]> sizes) {
        Map<String, Integer> counts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            float height = sizes.get(p)[1];
            pages.get(p).stream()
                    .filter(l -> l.kind() == LaidLine.Kind.TEXT
                            && (l.top() < height * MARGIN_ZONE || l.bottom() > height * (1 - MARGIN_ZONE)))
                    .map(DocumentLayout::key).distinct().forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts;
    }

    /** A margin line's text without digits: "— 3 —" and "— 4 —", or a head with the page in it, are one. */
    private static String key(LaidLine line) {
        return line.text().replaceAll("[\\d\\s]", "");
    }

    /** Each page's left and right text margin: where most of its text lines start and how far the longest reach. */
    private static float[][] margins(List<LaidLine> lines, int pages) {
        float[][] m = new float[pages + 1][];
        for (int p = 1; p <= pages; p++) {
            m[p] = new float[] {Float.MAX_VALUE, -Float.MAX_VALUE};
        }
        for (LaidLine l : lines) {
            if (l.kind() == LaidLine.Kind.TEXT) {
                float[] pm = m[l.page()];
                pm[0] = Math.min(pm[0], l.left());
                pm[1] = Math.max(pm[1], l.right());
            }
        }
        return m;
    }

    private static List<LaidLine> paragraphs(List<LaidLine> lines, float[][] margins) {
        List<LaidLine> out = new ArrayList<>();
        int open = -1; // index in out of the paragraph that may go on
        LaidLine tail = null; // its last physical line
        for (LaidLine line : lines) {
            if (line.kind() == LaidLine.Kind.ARTEFACT) {
                out.add(line);
                continue;
            }
            if (open >= 0 && line.kind() == LaidLine.Kind.TEXT
                    && (continues(tail, line, margins) || isTail(tail, line))) {
                LaidLine p = out.get(open);
                String next = line.text().strip();
                String joint = words(p.text(), next) ? " " : "";
                out.set(open, p.withText(p.text() + joint + next, Math.max(p.right(), line.right()),
                        line.page() == p.page() ? line.bottom() : p.bottom()));
                tail = line;
                continue;
            }
            out.add(line);
            open = line.kind() == LaidLine.Kind.TEXT ? out.size() - 1 : -1;
            tail = line;
        }
        return out;
    }

    /** Two Latin words meet at the break: they keep a space; Chinese and numbers join as they are. */
    private static boolean words(String before, String after) {
        return !before.isEmpty() && !after.isEmpty() && isLetter(before.charAt(before.length() - 1))
                && isLetter(after.charAt(0));
    }

    private static boolean isLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /**
     * A heading or title set on two lines with a word or two left over ("…支出预算" over "表"): a line of at most
     * {@link #TAIL} characters right under a line of at least twice its size that ends no sentence.
     */
    private static boolean isTail(LaidLine previous, LaidLine next) {
        String t = next.text().strip();
        float em = Math.max(1f, next.bottom() - next.top());
        return next.page() == previous.page() && t.length() <= TAIL && previous.text().strip().length() >= 2 * TAIL
                && next.top() - previous.bottom() < 0.8f * em && !ENDS.matcher(previous.text().strip()).find()
                && !PAGE_NUMBER.matcher(t).matches() && !OPENS_HEADING.matcher(t).find();
    }

    private static boolean continues(LaidLine previous, LaidLine next, float[][] margins) {
        float em = Math.max(1f, next.bottom() - next.top());
        float[] pm = margins[previous.page()];
        float[] nm = margins[next.page()];
        boolean full = previous.right() >= pm[1] - FULL * em;
        boolean indented = next.left() > nm[0] + INDENT * em;
        boolean near = next.page() != previous.page() || next.top() - previous.bottom() < 1.2f * em;
        return full && !indented && near && !ENDS.matcher(previous.text().strip()).find()
                && !OPENS_HEADING.matcher(next.text()).find() && !NEVER_A_HEAD.matcher(next.text().strip()).find();
    }
}
