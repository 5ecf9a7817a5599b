package org.budgetlens.generate;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.budgetlens.model.Kind;

/**
 * The figures a disclosure's text states, filed under their tables with origin narrative: totals restated, shares,
 * completion rates and changes against the previous year's disclosure of the same kind. Every one is computed from
 * the same cents as the tables, so a clean disclosure never contradicts itself.
 */
final class Narrative {

    private final Rows rows;
    private final Agency agency;
    private final Ledger l;
    private final Ledger plan;
    private final Ledger prior;
    private final boolean fin;

    /** prior is last year's ledger of the same kind (null in the first year). */
    Narrative(Rows rows, Agency agency, Ledger ledger, Ledger plan, Ledger prior, Kind kind) {
        this.rows = rows;
        this.agency = agency;
        this.l = ledger;
        this.plan = plan;
        this.prior = prior;
        this.fin = kind == Kind.FINAL;
    }

    void all(long gpbIncome) {
        org();
        String s1 = fin ? "一、收入支出决算总体情况说明" : "一、收支预算总体情况说明";
        long spent = l.sum(Ledger.GPB) + l.sum(Ledger.FUND) + l.sum(Ledger.NONFISCAL);
        long income = gpbIncome + l.sum(Ledger.FUND) + l.sum(Ledger.NONFISCAL);
        int src = rows.nextLine();
        rows.stated("summary", "income_grand_total", "收入总计", "total", "", income + (fin ? l.carryBegin : 0), s1,
                src, "");
        if (fin) {
            rows.stated("summary", "expenditure_grand_total", "支出总计", "total", "", spent + l.carryEnd, s1, src, "");
        }
        income(income, gpbIncome);
        expenditure(spent);
        fiscalSummary(gpbIncome);
        gpbExpenditure();
        gpbBasic();
        threePublic();
        if (fin && agency.reportsAdminRunning()) {
            adminRunning();
        }
        if (fin) {
            performance();
        }
        if (fin && l.procurement() != 0) {
            rows.stated("procurement", "total", "政府采购支出总额", "total", "", l.procurement(),
                    "十一、政府采购支出情况说明", rows.nextLine(), "");
        }
    }

    private void org() {
        String s = fin ? "二、机构设置情况" : "二、部门基本情况";
        int src = rows.nextLine();
        rows.fact("org", "staff_authorized", "编制数", "count", Integer.toString(l.staffAuthorized), "人",
                Row.NARRATIVE, s, src);
        rows.fact("org", "staff_actual", "实有人数", "count", Integer.toString(l.staffActual), "人", Row.NARRATIVE, s,
                src);
    }

    private void income(long income, long gpbIncome) {
        String s = fin ? "二、收入决算情况说明" : "二、收入预算情况说明";
        int src = rows.nextLine();
        rows.stated("income", "total", "本年收入合计", "total", "", income, s, src, "");
        String measure = fin ? "fiscal" : "gpb";
        long part = fin ? gpbIncome + l.sum(Ledger.FUND) : gpbIncome;
        rows.stated("income", "total", fin ? "财政拨款收入" : "一般公共预算拨款收入", measure, "", part, s, src, "");
        if (income != 0) {
            rows.percent("income", "total", "", measure, "pct", "total:total", Money.pct(part, income), s, src, "");
        }
    }

    private void expenditure(long spent) {
        String s = fin ? "三、支出决算情况说明" : "三、支出预算情况说明";
        long basic = l.sum(Ledger.GPB, false) + l.sum(Ledger.FUND, false) + l.sum(Ledger.NONFISCAL, false);
        long project = spent - basic;
        int src = rows.nextLine();
        rows.stated("expenditure", "total", "本年支出合计", "total", "", spent, s, src, "");
        rows.stated("expenditure", "total", "基本支出", "basic", "", basic, s, src, "");
        rows.percent("expenditure", "total", "基本支出", "basic", "pct", "total:total", Money.pct(basic, spent), s,
                src, "占本年支出合计的比例");
        if (project != 0) {
            rows.stated("expenditure", "total", "项目支出", "project", "", project, s, src, "");
            rows.percent("expenditure", "total", "项目支出", "project", "pct", "total:total",
                    Money.pct(project, spent), s, src, "");
        }
    }

    /** 财政拨款收入、支出总计 (the two sides balance). */
    private void fiscalSummary(long gpbIncome) {
        String s = fin ? "四、财政拨款收入支出决算总体情况说明" : "四、财政拨款收支预算总体情况说明";
        long total = gpbIncome + l.sum(Ledger.FUND) + (fin ? l.carryBegin : 0);
        int src = rows.nextLine();
        rows.stated("fiscal_summary", "income_grand_total", "财政拨款收入总计", "total", "", total, s, src, "");
        rows.stated("fiscal_summary", "expenditure_grand_total", "财政拨款支出总计", "total", "", total, s, src, "");
    }

    private void gpbExpenditure() {
        String s = fin ? "五、一般公共预算财政拨款支出决算情况说明" : "五、一般公共预算支出预算情况说明";
        long gpb = l.sum(Ledger.GPB);
        int src = rows.nextLine();
        rows.stated("gpb_expenditure", "total", "一般公共预算财政拨款支出", "total", "", gpb, s, src, "");
        if (prior != null) {
            change("gpb_expenditure", "一般公共预算财政拨款支出", gpb, prior.sum(Ledger.GPB), s, src);
        }
        if (!fin) {
            return;
        }
        long budgeted = plan.sum(Ledger.GPB);
        src = rows.nextLine();
        rows.stated("gpb_expenditure", "total", "一般公共预算财政拨款支出", "budget_initial", "", budgeted, s, src,
                "年初预算");
        if (budgeted != 0) {
            rows.percent("gpb_expenditure", "total", "一般公共预算财政拨款支出", "total", "pct",
                    "total:budget_initial", Money.pct(gpb, budgeted), s, src, "完成年初预算的比例");
        }
        Map<String, long[]> actual = Tables.gpbLeaves(l);
        Map<String, long[]> budget = Tables.gpbLeaves(plan);
        TreeSet<String> codes = new TreeSet<>(actual.keySet());
        codes.addAll(budget.keySet());
        for (String code : codes) {
            long b = budget.containsKey(code) ? budget.get(code)[0] : 0;
            long a = actual.containsKey(code) ? actual.get(code)[0] : 0;
            String name = CodeNames.function(code) + "（项）";
            src = rows.nextLine();
            if (b != 0) {
                rows.stated("gpb_expenditure", code, name, "budget_initial", "", b, s, src, "");
            }
            if (a != 0) {
                rows.stated("gpb_expenditure", code, name, "total", "", a, s, src, "");
            }
            if (a != 0 && b != 0) {
                rows.percent("gpb_expenditure", code, name, "total", "pct", code + ":budget_initial",
                        Money.pct(a, b), s, src, "");
            }
        }
    }

    private void gpbBasic() {
        String s = fin ? "六、一般公共预算财政拨款基本支出决算情况说明" : "六、一般公共预算基本支出预算情况说明";
        long personnel = l.econClass("301", "303");
        long pub = l.econClass("302", "310");
        int src = rows.nextLine();
        rows.stated("gpb_basic", "total", "一般公共预算财政拨款基本支出", "total", "", personnel + pub, s, src, "");
        rows.stated("gpb_basic", "total", "人员经费", "personnel", "", personnel, s, src, "");
        rows.stated("gpb_basic", "total", "公用经费", "public", "", pub, s, src, "");
    }

    private void threePublic() {
        String s = fin ? "九、财政拨款“三公”经费支出决算情况说明" : "八、“三公”经费支出预算情况说明";
        long total = l.threePublic();
        int src = rows.nextLine();
        if (fin) {
            rows.stated("three_public", "total", "“三公”经费", "budget_full_year", "", plan.threePublic(), s, src,
                    "支出预算");
        }
        rows.stated("three_public", "total", "“三公”经费", "total", "", total, s, src, "");
        if (fin && plan.threePublic() != 0) {
            rows.percent("three_public", "total", "“三公”经费", "total", "pct", "total:budget_full_year",
                    Money.pct(total, plan.threePublic()), s, src, "完成预算的比例");
            rows.percent("three_public", "total", "“三公”经费", "total", "diff_pct", "total:budget_full_year",
                    Money.pct(total - plan.threePublic(), plan.threePublic()), s, src, "预决算差异率");
        }
        rows.fact("three_public", "vehicles", "公务用车保有量", "held", Integer.toString(l.vehiclesHeld), "辆",
                Row.NARRATIVE, s, rows.nextLine());
        if (prior != null) {
            change("three_public", "“三公”经费", total, prior.threePublic(), s, src);
        }
    }

    private void adminRunning() {
        String s = "十、机关运行经费支出情况说明";
        long total = l.econClass("302", "310");
        int src = rows.nextLine();
        rows.stated("admin_running", "total", "机关运行经费", "total", "", total, s, src, "");
        if (prior != null) {
            change("admin_running", "机关运行经费", total, prior.econClass("302", "310"), s, src);
        }
    }

    /** The projects' self-evaluation (its tables are in {@link Tables#performance()}): all projects together. */
    private void performance() {
        List<String> projects = Tables.evaluatedProjects(l, plan);
        if (projects.isEmpty()) {
            return;
        }
        String s = "十二、绩效评价情况说明";
        long budgeted = 0;
        long executed = 0;
        for (String code : projects) {
            budgeted += plan.items.get(code)[Ledger.GPB];
            executed += l.items.get(code)[Ledger.GPB];
        }
        int src = rows.nextLine();
        rows.fact("perf_project", "projects", "项目", "count", Integer.toString(projects.size()), "个",
                Row.NARRATIVE, s, src);
        for (String line : new String[] {"funds_total", "funds_fiscal"}) {
            rows.stated("perf_project", line, "共涉及资金", "budget_full_year", "", budgeted, s, src, "");
            rows.stated("perf_project", line, "实际支出", "executed", "", executed, s, src, "");
        }
        for (String code : projects) {
            rows.detailFact("perf_project", "overall", "项目自评得分", Tables.projectName(code), "score",
                    Tables.projectScore(l, code), "分", Row.NARRATIVE, s, rows.nextLine());
        }
    }

    /** 比上年增加/减少 …万元, 增长/下降 …% (the rate only on a prior year that is not zero). */
    private void change(String table, String name, long current, long last, String section, int src) {
        long change = current - last;
        rows.stated(table, "total", name, "total", "change", change, section, src,
                change == 0 ? "与上年持平" : change > 0 ? "比上年增加" : "比上年减少");
        if (last != 0) {
            rows.percent(table, "total", name, "total", "change_pct", "", Money.pct(change, last), section, src, "");
        }
    }
}
