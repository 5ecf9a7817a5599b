package org.budgetlens.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.budgetlens.model.Kind;

/**
 * Plants one defect into a clean disclosure. Each family changes figures so that one audit rule must fire (and, where
 * the tables make it unavoidable, a known few more), well beyond the rounding tolerance: amounts move by at least
 * 1.00 万元 (0.50 for a containment), stated rates by at least 5 points. A figure the narrative restates is changed
 * there too, so the narrative does not add a finding of its own; figures that next year's stated changes refer to are
 * never touched, so a defect stays in its own disclosure.
 */
final class Defects {

    /** The defect families; each disclosure draws one at random among those it allows. */
    enum Family {
        THREE_PUBLIC_TOTAL, THREE_PUBLIC_VEHICLES, BASIC_SPLIT, CLASS_ITEMS, ROW_SUM, NARRATIVE, STATED_SHARE,
        COMPLETION_RATE, GROWTH_RATE, PRIOR_YEAR, VEHICLE_CONTAINMENT, INCOME_SUMMARY, FISCAL_CARRYOVER,
        SUMMARY_CARRYOVER, PROCUREMENT, MISSING_TABLE, DIFF_RATE, NARRATIVE_COUNT, PROJECTS_SUM, MISSING_TOPIC;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Rounding of a published amount, 万元 (the audit's tolerance per addend). */
    private static final double ROUNDING = 0.005;
    /** A stated rate is only made wrong where rounding allows it to stray by at most this many points. */
    private static final double MAX_ALLOWANCE_POINTS = 0.5;

    private final List<Row> rows;
    private final Kind kind;
    private final SplittableRandom rng;

    Defects(List<Row> rows, Kind kind, SplittableRandom rng) {
        this.rows = rows;
        this.kind = kind;
        this.rng = rng;
    }

    /** Plants a defect of a family drawn at random among those the disclosure allows. */
    PlantedDefect plant() {
        Family[] families = Family.values();
        for (int i = families.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Family t = families[i];
            families[i] = families[j];
            families[j] = t;
        }
        for (Family f : families) {
            PlantedDefect d = plant(f);
            if (d != null) {
                return d;
            }
        }
        throw new IllegalStateException("no defect family applies");
    }

    /** Plants a defect of the given family, or returns null when the disclosure has nothing it could change. */
    PlantedDefect plant(Family f) {
        return switch (f) {
            case THREE_PUBLIC_TOTAL -> add(f, "SUM-3P-TOTAL", "", "three_public", "reception", "total");
            case THREE_PUBLIC_VEHICLES -> add(f, "SUM-3P-VEHICLES", "", "three_public", "vehicle_purchase", "total");
            case BASIC_SPLIT -> add(f, "SUM-BASIC-TOTAL", "SUM-BASIC-ROW", "gpb_basic", "total", "personnel");
            case CLASS_ITEMS -> classItems(f);
            case ROW_SUM -> rowSum(f);
            case NARRATIVE -> narrative(f);
            case STATED_SHARE -> rate(f, "NARR-PCT", "expenditure", "basic", "pct");
            case COMPLETION_RATE -> kind == Kind.FINAL ? rate(f, "NARR-PCT", "gpb_expenditure", "total", "pct") : null;
            case GROWTH_RATE -> rate(f, "NARR-CHANGE-PCT", "gpb_expenditure", "total", "change_pct");
            case PRIOR_YEAR -> priorYear(f);
            case VEHICLE_CONTAINMENT -> vehicleContainment(f);
            case INCOME_SUMMARY -> incomeSummary(f);
            case FISCAL_CARRYOVER -> kind == Kind.FINAL
                    ? add(f, "SUM-FISCAL-EXPENDITURE", "SUM-FISCAL-CARRYOVER-END", "fiscal_summary", "carryover_end",
                            "total") : null;
            case SUMMARY_CARRYOVER -> kind == Kind.FINAL
                    ? add(f, "SUM-SUMMARY-INCOME", "", "summary", "carryover_begin", "total") : null;
            case PROCUREMENT -> add(f, "SUM-PROCUREMENT", "", "procurement", "goods", "total");
            case MISSING_TABLE -> missingTable(f);
            case DIFF_RATE -> rate(f, "NARR-DIFF-PCT", "three_public", "total", "diff_pct");
            case NARRATIVE_COUNT -> narrativeCount(f);
            case PROJECTS_SUM -> projectsSum(f);
            case MISSING_TOPIC -> missingTopic(f);
        };
    }

    /** Adds an amount to a table cell (and to the narrative's restatements of it). */
    private PlantedDefect add(Family f, String rule, String also, String table, String line, String measure) {
        Row cell = find(r -> r.table.equals(table) && r.line.equals(line) && r.measure.equals(measure)
                && r.stat.isEmpty() && !r.isNarrative());
        if (cell == null) {
            return null;
        }
        long delta = delta(cell.cents);
        String before = cell.value();
        shift(table, line, measure, delta);
        return new PlantedDefect(f.id(), rule, also, table, line, measure, "",
                "added " + Money.text(delta) + " 万元 to the table cell", before, cell.value());
    }

    private void shift(String table, String line, String measure, long delta) {
        for (Row r : rows) {
            if (r.table.equals(table) && r.line.equals(line) && r.measure.equals(measure) && r.stat.isEmpty()
                    && r.detail.isEmpty() && r.isMoney()) {
                r.cents += delta;
            }
        }
    }

    /** A 款 row of the 支出表 no longer equals its 项 (nor its 类 the 款). */
    private PlantedDefect classItems(Family f) {
        Row cell = pick(r -> r.table.equals("expenditure") && isCode(r.line, 5) && r.measure.equals("total"));
        if (cell == null) {
            return null;
        }
        Row part = find(r -> r.table.equals("expenditure") && r.line.equals(cell.line) && !r.measure.equals("total"));
        long delta = delta(cell.cents);
        String before = cell.value();
        cell.cents += delta;
        part.cents += delta;
        return new PlantedDefect(f.id(), "HIER-EXP-ITEM", "HIER-EXP-CLASS", "expenditure", cell.line, "total", "",
                "added " + Money.text(delta) + " 万元 to the 款 row (total and " + part.measure + ")", before,
                cell.value());
    }

    /** A 项 row of the 支出表 whose basic (or project) column no longer adds up to its total. */
    private PlantedDefect rowSum(Family f) {
        Row part = pick(r -> r.table.equals("expenditure") && isCode(r.line, 7) && !r.measure.equals("total"));
        if (part == null) {
            return null;
        }
        long delta = delta(part.cents);
        String before = part.value();
        part.cents += delta;
        return new PlantedDefect(f.id(), "SUM-EXP-ROW", "HIER-EXP-ITEM;ITEM-EXP", "expenditure", part.line,
                part.measure, "", "added " + Money.text(delta) + " 万元 to one column of a 项 row", before,
                part.value());
    }

    /** The text states a 公用经费 the table does not have. */
    private PlantedDefect narrative(Family f) {
        Row stated = find(r -> r.table.equals("gpb_basic") && r.line.equals("total") && r.measure.equals("public")
                && r.isNarrative() && r.stat.isEmpty());
        if (stated == null || find(r -> r.table.equals("gpb_basic") && !r.isNarrative()) == null) {
            return null;
        }
        long delta = delta(stated.cents);
        String before = stated.value();
        stated.cents += delta;
        return new PlantedDefect(f.id(), "NARR-VS-TABLE", "", "gpb_basic", "total", "public", "",
                "the narrative states " + Money.text(delta) + " 万元 more than the table", before, stated.value());
    }

    /**
     * How far the audit lets a stated rate stray because its inputs are rounded to 0.01 万元 (docs/rules.md): on small
     * amounts (三公 of 0.08 万元) that is several points, and a planted error of 5 points would not be one.
     */
    private double allowance(Row rate) {
        if (rate.stat.equals("change_pct")) {
            long change = figure(rate.table, rate.line, rate.measure, "change").cents;
            long prior = figure(rate.table, rate.line, rate.measure, "").cents - change;
            return 100 * ROUNDING * 2 * (Math.abs(change) + Math.abs(prior)) / 100.0 / (prior / 100.0 * prior / 100.0);
        }
        String[] base = rate.base.split(":");
        long v = figure(rate.table, rate.line, rate.measure, "").cents;
        long b = figure(base.length == 3 ? base[0] : rate.table, base[base.length - 2], base[base.length - 1], "")
                .cents;
        return 100 * ROUNDING * (Math.abs(v) + Math.abs(b)) / 100.0 / (b / 100.0 * b / 100.0);
    }

    /** A money figure of the disclosure (the table cell if there is one). */
    private Row figure(String table, String line, String measure, String stat) {
        Row narrative = null;
        for (Row r : rows) {
            if (r.table.equals(table) && r.line.equals(line) && r.measure.equals(measure) && r.stat.equals(stat)
                    && r.detail.isEmpty() && r.isMoney()) {
                if (!r.isNarrative()) {
                    return r;
                }
                narrative = narrative == null ? r : narrative;
            }
        }
        return narrative;
    }

    /** The text states more official vehicles than the 三公 table. */
    private PlantedDefect narrativeCount(Family f) {
        Row stated = find(r -> r.table.equals("three_public") && r.measure.equals("held") && r.isNarrative());
        if (stated == null || find(r -> r.table.equals("three_public") && r.measure.equals("held")
                && !r.isNarrative()) == null) {
            return null;
        }
        String before = stated.text;
        stated.text = Integer.toString(Integer.parseInt(before) + 1 + rng.nextInt(3));
        return new PlantedDefect(f.id(), "NARR-VS-TABLE-FACTS", "", "three_public", "vehicles", "held", "",
                "the narrative states more vehicles than the table", before, stated.text);
    }

    /** The spending the text states for all evaluated projects is not the sum of the projects' tables. */
    private PlantedDefect projectsSum(Family f) {
        Row stated = find(r -> r.table.equals("perf_project") && r.line.equals("funds_total") && r.detail.isEmpty()
                && r.measure.equals("executed") && r.isNarrative());
        if (stated == null) {
            return null;
        }
        long delta = delta(stated.cents);
        String before = stated.value();
        stated.cents += delta;
        return new PlantedDefect(f.id(), "PERF-PROJECTS-SUM", "", "perf_project", "funds_total", "executed", "",
                "the narrative's 实际支出 of all projects raised by " + Money.text(delta) + " 万元", before,
                stated.value());
    }

    /** A stated percentage off by 5 to 15 points. */
    private PlantedDefect rate(Family f, String rule, String table, String measure, String stat) {
        Row r = find(x -> x.table.equals(table) && x.line.equals("total") && x.measure.equals(measure)
                && x.stat.equals(stat));
        if (r == null || allowance(r) > MAX_ALLOWANCE_POINTS) {
            return null;
        }
        String before = r.text;
        BigDecimal points = BigDecimal.valueOf(500 + rng.nextInt(1001), 2);
        r.text = new BigDecimal(before).add(points).toPlainString();
        // a falling rate raised past zero now says 增长 beside the stated 减少: the direction rule fires as well
        String also = stat.equals("change_pct") && new BigDecimal(before).signum() < 0
                && new BigDecimal(r.text).signum() > 0 ? "NARR-CHANGE-SIGN" : "";
        return new PlantedDefect(f.id(), rule, also, table, "total", measure, stat,
                "stated rate raised by " + points.toPlainString() + " points", before, r.text);
    }

    /** The stated change against last year implies a prior-year figure that last year's disclosure does not have. */
    private PlantedDefect priorYear(Family f) {
        Row change = find(r -> r.table.equals("gpb_expenditure") && r.line.equals("total") && r.stat.equals("change"));
        if (change == null) {
            return null;
        }
        Row current = find(r -> r.table.equals("gpb_expenditure") && r.line.equals("total")
                && r.measure.equals("total") && r.stat.isEmpty() && !r.isNarrative());
        long delta = delta(current.cents);
        String before = change.value();
        change.cents -= delta;
        Row pct = find(r -> r.table.equals("gpb_expenditure") && r.line.equals("total")
                && r.stat.equals("change_pct"));
        if (pct != null) {
            pct.text = Money.pct(change.cents, current.cents - change.cents).toPlainString();
        }
        return new PlantedDefect(f.id(), "XY-PRIOR-YEAR", "", "gpb_expenditure", "total", "total", "change",
                "stated change lowered by " + Money.text(delta) + " 万元 (its growth rate restated to match)", before,
                change.value());
    }

    /** 三公 公务用车运行费 below the 基本支出 30231 it must contain (the 公务用车 subtotal unchanged). */
    private PlantedDefect vehicleContainment(Family f) {
        Row running = find(r -> r.table.equals("three_public") && r.line.equals("vehicle_running")
                && r.measure.equals("total") && !r.isNarrative());
        Row purchase = find(r -> r.table.equals("three_public") && r.line.equals("vehicle_purchase")
                && r.measure.equals("total") && !r.isNarrative());
        Row basic = find(r -> r.table.equals("gpb_basic") && r.line.equals("30231"));
        if (running == null || purchase == null || basic == null) {
            return null;
        }
        long delta = Math.round(running.cents * (0.3 + 0.5 * rng.nextDouble()));
        if (delta < 50) {
            return null;
        }
        String before = running.value();
        running.cents -= delta;
        purchase.cents += delta;
        return new PlantedDefect(f.id(), "CONT-VEHICLE-RUNNING", "", "three_public", "vehicle_running", "total", "",
                "moved " + Money.text(delta) + " 万元 from 运行费 to 购置费", before, running.value());
    }

    /** The 收入表 合计 no longer equals the 收支总表 本年收入合计 (nor the sum of its 类 rows). */
    private PlantedDefect incomeSummary(Family f) {
        String part = kind == Kind.FINAL ? "fiscal" : "gpb";
        List<Row> total = new ArrayList<>();
        for (Row r : rows) {
            if (r.table.equals("income") && r.line.equals("total") && !r.isNarrative()) {
                total.add(r);
            }
        }
        if (total.size() != 2 || total.stream().noneMatch(r -> r.measure.equals(part))) {
            return null;
        }
        Row cell = total.get(0).measure.equals("total") ? total.get(0) : total.get(1);
        long delta = delta(cell.cents);
        String before = cell.value();
        shift("income", "total", "total", delta);
        shift("income", "total", part, delta);
        return new PlantedDefect(f.id(), "XT-INCOME-SUMMARY", "CLS-INCOME", "income", "total", "total", "",
                "added " + Money.text(delta) + " 万元 to the 合计 row (total and " + part + ")", before, cell.value());
    }

    /** A table the kind requires is left out (its narrative figures stay). */
    private PlantedDefect missingTable(Family f) {
        String[] tables = kind == Kind.FINAL ? new String[] {"gov_fund", "soe_capital", "three_public", "gpb_basic"}
                : new String[] {"gov_fund", "three_public", "gpb_basic"};
        String table = tables[rng.nextInt(tables.length)];
        if (!rows.removeIf(r -> r.table.equals(table) && !r.isNarrative())) {
            return null;
        }
        String rule = "REQ-" + kind.id().toUpperCase(Locale.ROOT) + "-"
                + table.toUpperCase(Locale.ROOT).replace('_', '-');
        return new PlantedDefect(f.id(), rule, "", table, "_table", "", "", "table left out", "", "");
    }

    /** A classification code (not a named line such as total) of the given length. */
    private static boolean isCode(String line, int length) {
        return line.length() == length && Character.isDigit(line.charAt(0));
    }

    /** The narrative leaves out a topic the template requires: none of its figures is stated. */
    private PlantedDefect missingTopic(Family f) {
        String[] tables = {"gpb_basic", "three_public", "org"};
        String table = tables[rng.nextInt(tables.length)];
        if (!rows.removeIf(r -> r.table.equals(table) && r.isNarrative())) {
            return null;
        }
        String rule = "NARR-" + kind.id().toUpperCase(Locale.ROOT) + "-"
                + table.toUpperCase(Locale.ROOT).replace('_', '-');
        return new PlantedDefect(f.id(), rule, "", table, "", "", "", "every narrative figure of the table left out",
                "", "");
    }

    /** At least 1.00 万元, else 5 to 30 % of the amount. */
    private long delta(long cents) {
        return Math.max(100, Math.round(Math.abs(cents) * (0.05 + 0.25 * rng.nextDouble())));
    }

    private Row find(Predicate<Row> p) {
        for (Row r : rows) {
            if (p.test(r)) {
                return r;
            }
        }
        return null;
    }

    private Row pick(Predicate<Row> p) {
        List<Row> candidates = new ArrayList<>();
        for (Row r : rows) {
            if (p.test(r)) {
                candidates.add(r);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(rng.nextInt(candidates.size()));
    }
}
