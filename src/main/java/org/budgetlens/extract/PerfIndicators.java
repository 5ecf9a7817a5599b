package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The indicator rows of a 绩效 table (一级 | 二级 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因), read by
 * what the cells hold, since the conversion shifts them: cells with a comparator or a unit (≥95%, =12次, 470万元)
 * are the 指标值 then the 实际完成值; plain numbers after them are 分值 then 得分 (four plain numbers: 指标值,
 * 实际完成值, 分值, 得分, the unit read from the name: …率 %, …人数 人, …次数 次, as data in
 * {@code extract/vocabulary/perf_indicator_units.csv}, each unit checked against the catalogue). The name is the
 * 三级指标 cell: the text before the first value (a word split over two cells joined), or the first text of a
 * qualitative row.
 * Level cells (…指标, one or two characters, split fragments such as 度绩 / 成情况) are not names. Every row with a
 * name and a value (a qualitative row with a 指标值 text too) takes the next number: ind1, ind2 …
 */
final class PerfIndicators {

    private final TableBlock block;
    private final TableOutput out;
    private String detail = "";
    private int count;

    PerfIndicators(TableBlock block, TableOutput out) {
        this.block = block;
        this.out = out;
    }

    void detail(String project) {
        detail = project;
    }

    static boolean isHeader(TableBlock.Row row) {
        return row.cells().stream().map(Numbers::compact).anyMatch(c -> c.contains("一级指标") || c.contains("三级指标"));
    }

    void read(TableBlock.Row row) {
        List<String> cells = joinSplitValues(row.cells().stream().map(Numbers::compact).toList());
        List<Integer> measured = new ArrayList<>();
        List<Integer> plain = new ArrayList<>();
        List<Integer> texts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            PerfValue.Measured m = PerfValue.measured(c);
            if (Numbers.blank(c)) {
                continue;
            } else if (m != null && !m.plain()) {
                measured.add(i);
            } else if (PerfValue.score(c) != null) {
                plain.add(i);
            } else if (!isLevel(c) && (measured.isEmpty() && plain.isEmpty())) {
                texts.add(i);
            }
        }
        String name = name(cells, texts, measured);
        if (name.isEmpty()) {
            plain.forEach(i -> out.unused(row, cells.get(i), "a number in a 绩效 indicator row without a name"));
            measured.forEach(i -> out.unused(row, cells.get(i), "a value in a 绩效 indicator row without a name"));
            return;
        }
        if (measured.isEmpty() && plain.isEmpty() && texts.size() < 2) {
            return;
        }
        String code = "ind" + (++count);
        List<String> scores = new ArrayList<>(plain.stream().map(i -> PerfValue.score(cells.get(i))).toList());
        if (measured.isEmpty() && scores.size() == 4) {
            String unit = unitOf(name);
            if (unit.isEmpty()) {
                out.unused(row, scores.get(0), "a 绩效 指标值 without a unit");
                out.unused(row, scores.get(1), "a 绩效 实际完成值 without a unit");
            } else {
                add(code, name, "target", scores.get(0), unit, row);
                add(code, name, "actual", scores.get(1), unit, row);
            }
            scores = scores.subList(2, 4);
        }
        if (measured.size() == 1 && scores.size() == 3) {
            // ≥30个 | 30 | 10 | 9: the 实际完成值 written without its unit, then 分值 and 得分
            PerfValue.Measured target = PerfValue.measured(cells.get(measured.get(0)));
            add(code, name, "target", target.value(), target.unit(), row);
            add(code, name, "actual", scores.get(0), target.unit(), row);
            scores = scores.subList(1, 3);
            measured = List.of();
        }
        String[] valueMeasures = {"target", "actual"};
        for (int k = 0; k < measured.size(); k++) {
            PerfValue.Measured m = PerfValue.measured(cells.get(measured.get(k)));
            if (k < valueMeasures.length) {
                add(code, name, valueMeasures[k], m.value(), m.unit(), row);
            } else {
                out.unused(row, cells.get(measured.get(k)), "a third value in a 绩效 indicator row");
            }
        }
        String[] scoreMeasures = {"weight", "score"};
        for (int k = 0; k < scores.size(); k++) {
            if (k < scoreMeasures.length) {
                add(code, name, scoreMeasures[k], scores.get(k), "分", row);
            } else {
                out.unused(row, scores.get(k), "a third score in a 绩效 indicator row");
            }
        }
    }

    /**
     * A comparator or a unit in a cell of its own (指标性质 | 指标值 | 度量单位: ≥ | 90 | %) joined to the number it
     * belongs to, so the row reads as ≥90% | 92.3 …; the cells it took are left blank, in place.
     */
    static List<String> joinSplitValues(List<String> cells) {
        List<String> joined = new ArrayList<>(cells);
        for (int i = 0; i + 1 < joined.size(); i++) {
            if (COMPARATOR.matcher(joined.get(i)).matches() && PerfValue.score(joined.get(i + 1)) != null) {
                joined.set(i + 1, joined.get(i) + joined.get(i + 1));
                joined.set(i, "");
            }
        }
        for (int i = 1; i < joined.size(); i++) {
            PerfValue.Measured before = PerfValue.measured(joined.get(i - 1));
            if (!joined.get(i).isEmpty() && before != null && before.unit().isEmpty()
                    && PerfValue.measured("1" + joined.get(i)) != null && !PerfValue.measured("1" + joined.get(i))
                    .unit().isEmpty()) {
                joined.set(i - 1, joined.get(i - 1) + joined.get(i));
                joined.set(i, "");
            }
        }
        return joined;
    }

    private static final Pattern COMPARATOR = Pattern.compile("≥|≤|>=|<=|=|＝|>|<|＞|＜");

    /** The vocabulary file (extract/vocabulary/): name endings and their units, the first that ends a name wins. */
    static final String RESOURCE = "perf_indicator_units.csv";
    private static final List<NameUnit> UNITS = Vocabulary.read(RESOURCE).stream()
            .map(r -> new NameUnit(r.get("suffix"), r.get("unit"))).toList();

    /** An indicator whose name ends in {@code suffix} is stated in {@code unit}. */
    private record NameUnit(String suffix, String unit) {
    }

    private static String name(List<String> cells, List<Integer> texts, List<Integer> measured) {
        if (texts.isEmpty()) {
            return "";
        }
        if (measured.isEmpty()) {
            return cells.get(texts.get(0));
        }
        int last = texts.get(texts.size() - 1);
        String name = cells.get(last);
        if (texts.size() > 1 && texts.get(texts.size() - 2) == last - 1 && cells.get(last - 1).matches("\\p{IsHan}+")) {
            name = cells.get(last - 1) + name;
        }
        return name;
    }

    /** A level cell (一级/二级指标) or a fragment the conversion split off one. */
    static boolean isLevel(String cell) {
        return cell.length() <= 2 || cell.contains("指标") || cell.matches(".*(指|绩|标|完|完成|情况)$");
    }

    /** The unit of an indicator stated without one, by the end of its name; "" when the name says none. */
    private static String unitOf(String name) {
        for (NameUnit u : UNITS) {
            if (name.endsWith(u.suffix())) {
                return u.unit();
            }
        }
        return "";
    }

    private void add(String code, String name, String measure, String value, String unit, TableBlock.Row row) {
        out.figures.add(PerfValue.figure(block, code, name, detail, measure, value, unit, row));
    }
}
