package org.budgetlens.extract;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the name a document publishes its agency under, in the order of how much it can be trusted: the
 * 部门／单位 line above the tables (部门：中共江苏省委办公厅, 编制部门：…, 预算单位：…; the most frequent one), the
 * title on the cover (江苏省委办公厅2019年度部门预算公开, 2017年度江苏省高级人民法院部门预算), and only as a last clue
 * the name of the folder the file is in.
 */
final class AgencyNameFinder {

    /** A name and where it was read. */
    record Found(String name, String evidence, String scopeWord) {
    }

    private static final Pattern LABEL = Pattern.compile(
            "^(部门|单位|预算单位|预算部门|编制部门|编制单位|填报单位|单位名称|部门名称)(名称)?[:：]\\s*(.*)$");
    private static final Pattern UNIT_TAIL = Pattern.compile("\\s*(金额)?单位[:：].*$");
    /** A title: name, year, (部门|单位) 预算/决算, or year, name, (部门|单位) 预算/决算. */
    private static final Pattern TITLE = Pattern.compile(
            "^(?<pre>.*?)((19|20)\\d{2})\\s*年度?(?<mid>.*?)(?<scope>部门|单位)?(预算|决算)");
    private static final Pattern HAN4 = Pattern.compile("\\p{IsHan}.*\\p{IsHan}.*\\p{IsHan}.*\\p{IsHan}");
    private static final Pattern NOT_A_NAME = Pattern.compile("^(万元|元|千元|亿元)$|表$");
    private static final int COVER_LINES = 20;
    /** A part's or section's heading before the year ("第二部分 2019年度部门预算表"): not a name. */
    private static final Pattern SECTION = Pattern.compile("^(第[一二三四五六七八九十]+部分|目录|[一二三四五六七八九十]+、)+");

    private AgencyNameFinder() {
    }

    static Optional<Found> find(SourceText doc) {
        String scope = scopeWord(doc);
        Optional<Found> labelled = labelled(doc, scope);
        if (labelled.isPresent()) {
            return labelled;
        }
        Optional<Found> title = title(doc);
        if (title.isPresent()) {
            return title;
        }
        return folder(doc.path(), scope);
    }

    /** The most frequent name after a 部门／单位 label, in a line or in the cell after it. */
    private static Optional<Found> labelled(SourceText doc, String scope) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (int i = 1; i <= doc.lineCount(); i++) {
            String[] cells = doc.line(i).split("\t");
            for (int c = 0; c < cells.length; c++) {
                Matcher m = LABEL.matcher(cells[c].strip());
                if (!m.matches()) {
                    continue;
                }
                String name = UNIT_TAIL.matcher(m.group(3)).replaceFirst("").strip();
                if (name.isEmpty() && c + 1 < cells.length) {
                    name = UNIT_TAIL.matcher(cells[c + 1]).replaceFirst("").strip();
                }
                name = Numbers.compact(name);
                if (HAN4.matcher(name).find() && !NOT_A_NAME.matcher(name).find()) {
                    counts.merge(name, 1, Integer::sum);
                    firstLine.putIfAbsent(name, i);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> new Found(e.getKey(), "line " + firstLine.get(e.getKey()) + " (" + e.getValue()
                        + " table heading" + (e.getValue() > 1 ? "s" : "") + " name it)", scope));
    }

    private static Optional<Found> title(SourceText doc) {
        int seen = 0;
        for (int i = 1; i <= doc.lineCount() && seen < COVER_LINES; i++) {
            String text = Numbers.compact(doc.line(i));
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = TITLE.matcher(text);
            if (m.find()) {
                String pre = SECTION.matcher(m.group("pre")).replaceFirst("");
                String name = HAN4.matcher(pre).find() ? pre : SECTION.matcher(m.group("mid")).replaceFirst("");
                name = name.replaceFirst("(部门|单位)$", "");
                if (HAN4.matcher(name).find()) {
                    return Optional.of(new Found(name, "line " + i + " (the title)",
                            m.group("scope") == null ? "" : m.group("scope")));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> folder(Path path, String scope) {
        Path parent = path == null ? null : path.toAbsolutePath().getParent();
        if (parent == null || parent.getFileName() == null) {
            return Optional.empty();
        }
        String name = parent.getFileName().toString();
        return HAN4.matcher(name).find() ? Optional.of(new Found(name, "the folder name (no name in the document)",
                scope)) : Optional.empty();
    }

    /** 部门 or 单位, as the document's title calls the disclosure (部门预算 / 单位决算), or "". */
    private static String scopeWord(SourceText doc) {
        int seen = 0;
        for (int i = 1; i <= doc.lineCount() && seen < COVER_LINES; i++) {
            String text = Numbers.compact(doc.line(i));
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = TITLE.matcher(text);
            if (m.find() && m.group("scope") != null) {
                return m.group("scope");
            }
        }
        return "";
    }
}
