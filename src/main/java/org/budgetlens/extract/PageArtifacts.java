package org.budgetlens.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines a PDF conversion leaves between the rows of a table or inside a paragraph that belong to neither: page
 * numbers ("— 5 —", "第 3 页 共 20 页", "3/20"), a running head (a short line the document repeats on three pages or
 * more, such as its title), and noise: no two Chinese characters in a row, and marks no text has or scattered
 * tokens ("■■ □ 8 ' ,", "~ - _ 一 丨 0 ,", ". . 3 ,"; not "元。" ending a sentence, not "665." before "38万元", a
 * broken number). A table goes on past them and a sentence is joined across them; everything else still ends a
 * table.
 */
final class PageArtifacts {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－_·\\s]*\\d{1,4}[-—–－_·\\s]*$|^第\\s*\\d{1,4}\\s*页\\s*([,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$"
                    + "|^\\d{1,4}\\s*/\\s*\\d{1,4}$|^共\\s*\\d{1,4}\\s*页.{0,12}$");
    /** Two Chinese characters in a row: a word; OCR noise has at most a stray one ("~ - _ 一 丨 0 ,"). */
    private static final Pattern WORD = Pattern.compile("\\p{IsHan}{2}");
    /** Marks no text has (■ □ ~ _ | 丨 ' *): OCR noise; "元。" left over from a sentence has none. */
    private static final Pattern NOISE_MARK = Pattern.compile("[■□▲△◆◇●○★☆~_|丨'‘’*#@^`]");
    private static final int NOISE_TOKENS = 3;
    /** A number with decimals: "200.00 200.00 0.00" is a row that lost its TABs, not noise. */
    private static final Pattern AMOUNTS = Pattern.compile("\\d\\.\\d{2}");
    /** "665." before "38万元" on the next line: one number the conversion broke, not noise. */
    private static final Pattern NUMBER_PART = Pattern.compile("-?[\\d,，]*[.．]?\\d*[%％]?");
    /** The document's own title as a page head ("X局2023年度部门决算"), even when it appears once. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "^[\\p{IsHan}()（）]{0,30}(19|20)\\d{2}\\s*年度?\\s*(部门|单位)?(决算|预算)(公开)?$");
    private static final int RUNNING_HEAD_MIN = 3;
    private static final int LONG_HEAD = 10;
    /** A running head reads like a title: words, a year, brackets; no clause punctuation, not a 万元 left over. */
    private static final Pattern TITLE_LIKE = Pattern.compile("(?![万元])[\\p{IsHan}\\d（）()“”\"\\s]{4,}");
    private static final int SHORT = 40;

    private final Set<String> runningHeads = new HashSet<>();

    PageArtifacts(SourceText doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 1; i <= doc.lineCount(); i++) {
            String line = doc.line(i).strip();
            if (!line.isEmpty() && line.indexOf('\t') < 0 && line.length() <= SHORT && !line.contains("。")) {
                counts.merge(line, 1, Integer::sum);
            }
        }
        counts.forEach((line, n) -> {
            boolean titleLike = TITLE_LIKE.matcher(line).matches() && TableTitles.match(line).isEmpty();
            if (titleLike && (n >= RUNNING_HEAD_MIN || n >= 2 && line.length() >= LONG_HEAD)) {
                runningHeads.add(line); // a long title line repeated once is a running head too
            }
        });
    }

    boolean isArtifact(String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.indexOf('\t') >= 0) {
            return false;
        }
        return PAGE_NUMBER.matcher(line).matches() || runningHeads.contains(line) || DOCUMENT_TITLE.matcher(line).matches()
                || line.length() <= SHORT && !WORD.matcher(line).find() && !NUMBER_PART.matcher(line).matches()
                && (NOISE_MARK.matcher(line).find() || line.split("\\s+").length >= NOISE_TOKENS && !AMOUNTS.matcher(line).find());
    }
}
