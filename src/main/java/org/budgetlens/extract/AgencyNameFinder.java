package org.budgetlens.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetlens.region.Divisions;

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
            "^(部门|单位|预算单位|预算部门|编制部门|编制单位|填报单位|部门单位)(名称)?(\\(公章\\))?[:：]\\s*(.*)$");
    private static final Pattern UNIT_TAIL = Pattern.compile("\\s*(金额)?单位[:：].*$");
    /** A title: name, year, (部门|单位) 预算/决算, or year, name, (部门|单位) 预算/决算. */
    private static final Pattern TITLE = Pattern.compile(
            "^(?<pre>.*?)((19|20)\\d{2})\\s*年度?(?<mid>.*?)(?<scope>部门|单位)?(预算|决算)");
    private static final Pattern HAN4 = Pattern.compile("\\p{IsHan}.*\\p{IsHan}.*\\p{IsHan}.*\\p{IsHan}");
    private static final Pattern NOT_A_NAME = Pattern.compile("^(万元|元|千元|亿元)$|表$");
    private static final int COVER_LINES = 20;
    /** …医疗保障局无下属预算单位: the disclosure is the agency's own. */
    private static final Pattern NO_UNITS = Pattern.compile("无下属(预算|事业|二级预算)?单位");
    /** 纳入2024年度决算编制范围的预算单位共计1个: how many units the disclosure covers. */
    private static final Pattern UNITS_COVERED = Pattern.compile(
            "编制范围的(?:预算|二级预算|决算)?单位(?:共计|共|包括)?(\\d+|[一二三四五六七八九十]+)(?:个|家)");
    private static final int FULL_NAME_LINES = 80;
    private static final Pattern NAME_CHAR = Pattern.compile("[\\p{IsHan}()]");
    /** A sentence, not a title: clause punctuation, or an amount (digits other than the year's). */
    private static final Pattern NOT_A_TITLE = Pattern.compile("[。，,；;：:]|\\d[\\d.,]*\\s*(万元|元|%)|^.{61,}$");
    /** A cover line that is a name: words and brackets only, four characters or more. */
    private static final Pattern COVER_NAME = Pattern.compile("[\\p{IsHan}()（）]{4,40}");
    /** A part's or section's heading before the year ("第二部分 2019年度部门预算表"): not a name. */
    private static final Pattern SECTION = Pattern.compile("^(第[一二三四五六七八九十]+部分|目录|[一二三四五六七八九十]+、)+");

    private AgencyNameFinder() {
    }

    static Optional<Found> find(SourceText doc) {
        String scope = scopeWord(doc);
        Optional<Found> found = labelled(doc, scope);
        if (found.isEmpty()) {
            found = title(doc);
        }
        if (found.isEmpty()) {
            found = folder(doc.path(), scope);
        }
        return found.map(f -> fullName(doc, scope.isEmpty() ? f : new Found(f.name(), f.evidence(), scope)));
    }

    /**
     * A name without its region (医疗保障局, as a form's 部门单位名称 gives it) is the longer name the document's first
     * paragraphs give it, when exactly that name ends a run of words that starts with a division
     * (乌鲁木齐高新技术产业开发区（乌鲁木齐市新市区）医疗保障局（以下简称区医疗保障局）).
     */
    private static Found fullName(SourceText doc, Found f) {
        if (Divisions.get().resolve(f.name()).isPresent()) {
            return f;
        }
        for (int i = 1; i <= Math.min(doc.lineCount(), FULL_NAME_LINES); i++) {
            String line = TableTitles.normalize(doc.line(i));
            for (int at = line.indexOf(f.name()); at > 0; at = line.indexOf(f.name(), at + 1)) {
                int start = at;
                while (start > 0 && NAME_CHAR.matcher(line.substring(start - 1, start)).matches()) {
                    start--;
                }
                for (int s = start; s < at; s++) {
                    String candidate = line.substring(s, at + f.name().length());
                    Optional<Divisions.Resolved> r = Divisions.get().resolve(candidate);
                    if (r.isPresent() && candidate.startsWith(r.get().matchedText())) {
                        return new Found(candidate, f.evidence() + "; the full name on line " + i, f.scopeWord());
                    }
                }
            }
        }
        return f;
    }

    /** The most frequent name after a 部门／单位 label, in a line or in the cell after it. */
    private static Optional<Found> labelled(SourceText doc, String scope) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (int i = 1; i <= doc.lineCount(); i++) {
            String[] cells = doc.line(i).split("\t");
            for (int c = 0; c < cells.length; c++) {
                Matcher m = LABEL.matcher(TableTitles.normalize(cells[c]));
                if (!m.matches()) {
                    continue;
                }
                String name = UNIT_TAIL.matcher(m.group(4)).replaceFirst("").strip();
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

    /** The cover: the first {@link #COVER_LINES} lines that are not blank, with their line numbers, spaces out. */
    private static List<Map.Entry<Integer, String>> cover(SourceText doc) {
        List<Map.Entry<Integer, String>> lines = new ArrayList<>();
        for (int i = 1; i <= doc.lineCount() && lines.size() < COVER_LINES; i++) {
            String text = Numbers.compact(doc.line(i));
            if (!text.isEmpty()) {
                lines.add(Map.entry(i, text));
            }
        }
        return lines;
    }

    private static Optional<Found> title(SourceText doc) {
        int previous = 0;
        String previousText = "";
        for (Map.Entry<Integer, String> line : cover(doc)) {
            int i = line.getKey();
            String text = line.getValue();
            Matcher m = TITLE.matcher(text);
            if (!NOT_A_TITLE.matcher(text).find() && m.find()) {
                String pre = SECTION.matcher(m.group("pre")).replaceFirst("");
                String name = HAN4.matcher(pre).find() ? pre : SECTION.matcher(m.group("mid")).replaceFirst("");
                name = name.replaceFirst("(部门|单位)$", "");
                String scope = m.group("scope") == null ? "" : m.group("scope");
                if (HAN4.matcher(name).find()) {
                    return Optional.of(new Found(name, "line " + i + " (the title)", scope));
                }
                if (name.isEmpty() && previous > 0 && COVER_NAME.matcher(previousText).matches()) {
                    // 西宁市城中区医疗保障局 over 2024年度部门决算: the title set on two lines
                    return Optional.of(new Found(previousText, "line " + previous + " (the title, above the year)",
                            scope));
                }
            }
            previous = i;
            previousText = text;
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

    /**
     * 本级 when the document says its disclosure covers one unit (纳入…编制范围的预算单位共计1个), 汇总 when it says
     * several; else 部门 or 单位, as the title calls the disclosure (部门预算 / 单位决算), or "".
     */
    private static String scopeWord(SourceText doc) {
        for (int i = 1; i <= doc.lineCount(); i++) {
            String line = TableTitles.normalize(doc.line(i));
            if (NO_UNITS.matcher(line).find()) {
                return "本级";
            }
            Matcher m = UNITS_COVERED.matcher(line);
            if (m.find()) {
                String n = m.group(1);
                return n.equals("1") || n.equals("一") ? "本级" : "汇总";
            }
        }
        return titleScope(doc);
    }

    /** 部门 or 单位, as the document's title calls the disclosure (部门预算 / 单位决算), or "" when no title says. */
    static String titleScope(SourceText doc) {
        for (Map.Entry<Integer, String> line : cover(doc)) {
            Matcher m = TITLE.matcher(line.getValue());
            if (m.find() && m.group("scope") != null) {
                return m.group("scope");
            }
        }
        return "";
    }
}
