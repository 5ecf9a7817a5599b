package org.budgetlens.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.budgetlens.model.Kind;

/** Lays a {@link Ledger} out as the tables of a 预算 or 决算 disclosure (2024 layout: 决算 公开01-11表, 预算 表一-表八). */
final class Tables {

    private static final String EMPTY = "空表。本单位本年度没有发生此项收入支出，故本表无数据。";

    private final Rows rows;
    private final Agency agency;
    private final Ledger l;
    private final Ledger plan;
    private final boolean fin;

    /** plan is the same year's budget (for a final account's 预算数 columns), or the ledger itself for a budget. */
    Tables(Rows rows, Agency agency, Ledger ledger, Ledger plan, Kind kind) {
        this.rows = rows;
        this.agency = agency;
        this.l = ledger;
        this.plan = plan;
        this.fin = kind == Kind.FINAL;
    }

    void all() {
        summary();
        income();
        expenditure();
        fiscalSummary();
        gpbExpenditure();
        gpbBasic();
        govFund();
        if (fin) {
            rows.declare("soe_capital", "国有资本经营预算财政拨款收入支出决算表", "公开08表", EMPTY);
        }
        threePublic();
        if (fin) {
            adminRunning();
            procurement();
            performance();
        }
    }

    /** The projects a final account evaluates: its budgeted 一般公共预算 projects, at most three. */
    static List<String> evaluatedProjects(Ledger ledger, Ledger plan) {
        List<String> codes = new ArrayList<>();
        for (var e : ledger.items.entrySet()) {
            long[] budgeted = plan.items.get(e.getKey());
            if (codes.size() < 3 && e.getValue()[Ledger.PROJECT] == 1 && e.getValue()[Ledger.GPB] != 0
                    && budgeted != null && budgeted[Ledger.GPB] != 0) {
                codes.add(e.getKey());
            }
        }
        return codes;
    }

    /** The project's name in the 绩效 tables (its 项 is unique within a disclosure). */
    static String projectName(String code) {
        return CodeNames.function(code) + "项目";
    }

    /** A self-evaluation score between 80 and 99.5 (in half points), fixed by the amounts. */
    static String projectScore(Ledger ledger, String code) {
        long a = ledger.items.get(code)[Ledger.GPB];
        int halves = 160 + (int) Math.floorMod(a * 31 + code.hashCode(), 40L);
        return halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + ".5";
    }

    /** One 项目支出绩效自评表 per evaluated project: funds budgeted and executed, 执行率, 总分. */
    void performance() {
        for (String code : evaluatedProjects(l, plan)) {
            String name = projectName(code);
            rows.declare("perf_project", "项目支出绩效自评表", "", name);
            long budgeted = plan.items.get(code)[Ledger.GPB];
            long executed = l.items.get(code)[Ledger.GPB];
            for (String line : new String[] {"funds_total", "funds_fiscal"}) {
                int src = rows.nextLine();
                String title = line.equals("funds_total") ? "年度资金总额" : "其中：当年财政拨款";
                rows.detailCell("perf_project", line, title, name, "budget_initial", budgeted, src);
                rows.detailCell("perf_project", line, title, name, "budget_full_year", budgeted, src);
                rows.detailCell("perf_project", line, title, name, "executed", executed, src);
                rows.detailPercent("perf_project", line, title, name, "executed", line + ":budget_full_year",
                        Money.pct(executed, budgeted), src);
            }
            int src = rows.nextLine();
            rows.detailFact("perf_project", "overall", "总分", name, "weight", "100", "分", Row.TABLE, "", src);
            rows.detailFact("perf_project", "overall", "总分", name, "score", projectScore(l, code), "分", Row.TABLE,
                    "", src);
        }
    }

    long gpbIncome() {
        return l.sum(Ledger.GPB) + l.sum(Ledger.INCOME_DELTA);
    }

    private void summary() {
        rows.declare("summary", fin ? "收入支出决算总表" : "部门收支总体情况表", fin ? "公开01表" : "表一", "");
        long fund = l.sum(Ledger.FUND);
        long nf = l.sum(Ledger.NONFISCAL);
        long incomeTotal = gpbIncome() + fund + nf;
        line("summary", "fiscal", "财政拨款收入", gpbIncome() + fund);
        line("summary", "gpb", "一般公共预算财政拨款收入", gpbIncome());
        if (fund != 0) {
            line("summary", "gov_fund", "政府性基金预算财政拨款收入", fund);
        }
        if (nf != 0) {
            line("summary", l.business ? "business" : "other", l.business ? "事业收入" : "其他收入", nf);
        }
        line("summary", "income_total", "本年收入合计", incomeTotal);
        if (fin) {
            line("summary", "carryover_begin", "年初结转和结余", l.carryBegin);
        }
        line("summary", "income_grand_total", "收入总计", incomeTotal + l.carryBegin * (fin ? 1 : 0));
        Map<String, long[]> leaves = new LinkedHashMap<>();
        l.items.forEach((code, a) -> leaves.put(code, new long[] {a[Ledger.GPB] + a[Ledger.FUND]
            + a[Ledger.NONFISCAL]}));
        TreeMap<String, long[]> tree = Rows.tree(leaves, 1);
        tree.keySet().removeIf(c -> c.length() != 3);
        rows.coded("summary", tree, new String[] {"total"}, CodeNames::function);
        long spent = l.sum(Ledger.GPB) + fund + nf;
        line("summary", "expenditure_total", "本年支出合计", spent);
        if (fin) {
            line("summary", "carryover_end", "年末结转和结余", l.carryEnd);
        }
        line("summary", "expenditure_grand_total", "支出总计", spent + (fin ? l.carryEnd : 0));
    }

    private void line(String table, String code, String name, long cents) {
        rows.cell(table, code, name, "total", cents, rows.nextLine());
    }

    private void income() {
        rows.declare("income", fin ? "收入决算表" : "部门收入总体情况表", fin ? "公开02表" : "表二", "");
        String other = l.business ? "business" : "other";
        String[] measures = fin ? new String[] {"total", "fiscal", other}
                : new String[] {"total", "gpb", "gov_fund", other};
        Map<String, long[]> leaves = new LinkedHashMap<>();
        l.items.forEach((code, a) -> {
            long gpb = a[Ledger.GPB] + a[Ledger.INCOME_DELTA];
            long total = gpb + a[Ledger.FUND] + a[Ledger.NONFISCAL];
            if (total != 0) {
                leaves.put(code, fin ? new long[] {total, gpb + a[Ledger.FUND], a[Ledger.NONFISCAL]}
                        : new long[] {total, gpb, a[Ledger.FUND], a[Ledger.NONFISCAL]});
            }
        });
        TreeMap<String, long[]> tree = Rows.tree(leaves, measures.length);
        rows.total("income", "合计", tree, measures);
        rows.coded("income", tree, measures, CodeNames::function);
    }

    private void expenditure() {
        rows.declare("expenditure", fin ? "支出决算表" : "部门支出总体情况表", fin ? "公开03表" : "表三", "");
        String[] measures = {"total", "basic", "project"};
        Map<String, long[]> leaves = new LinkedHashMap<>();
        l.items.forEach((code, a) -> {
            long t = a[Ledger.GPB] + a[Ledger.FUND] + a[Ledger.NONFISCAL];
            leaves.put(code, a[Ledger.PROJECT] == 1 ? new long[] {t, 0, t} : new long[] {t, t, 0});
        });
        TreeMap<String, long[]> tree = Rows.tree(leaves, 3);
        rows.total("expenditure", "合计", tree, measures);
        rows.coded("expenditure", tree, measures, CodeNames::function);
    }

    private void fiscalSummary() {
        rows.declare("fiscal_summary", fin ? "财政拨款收入支出决算总表" : "财政拨款收支总体情况表",
                fin ? "公开04表" : "表四", "");
        long fund = l.sum(Ledger.FUND);
        line("fiscal_summary", "gpb", "一般公共预算财政拨款", gpbIncome());
        if (fund != 0) {
            line("fiscal_summary", "gov_fund", "政府性基金预算财政拨款", fund);
        }
        line("fiscal_summary", "income_total", "本年收入合计", gpbIncome() + fund);
        if (fin) {
            line("fiscal_summary", "carryover_begin", "年初财政拨款结转和结余", l.carryBegin);
            line("fiscal_summary", "carryover_begin_gpb", "一般公共预算财政拨款", l.carryBegin);
        }
        line("fiscal_summary", "income_grand_total", "收入总计", gpbIncome() + fund + (fin ? l.carryBegin : 0));
        String[] measures = {"total", "gpb", "gov_fund"};
        Map<String, long[]> leaves = new LinkedHashMap<>();
        l.items.forEach((code, a) -> {
            if (a[Ledger.GPB] + a[Ledger.FUND] != 0) {
                leaves.put(code, new long[] {a[Ledger.GPB] + a[Ledger.FUND], a[Ledger.GPB], a[Ledger.FUND]});
            }
        });
        TreeMap<String, long[]> tree = Rows.tree(leaves, 3);
        tree.keySet().removeIf(c -> c.length() != 3);
        rows.coded("fiscal_summary", tree, measures, CodeNames::function);
        long gpb = l.sum(Ledger.GPB);
        int src = rows.nextLine();
        rows.cell("fiscal_summary", "expenditure_total", "本年支出合计", "total", gpb + fund, src);
        rows.cell("fiscal_summary", "expenditure_total", "本年支出合计", "gpb", gpb, src);
        if (fund != 0) {
            rows.cell("fiscal_summary", "expenditure_total", "本年支出合计", "gov_fund", fund, src);
        }
        if (fin) {
            line("fiscal_summary", "carryover_end", "年末财政拨款结转和结余", l.carryEnd);
            line("fiscal_summary", "carryover_end_gpb", "一般公共预算财政拨款", l.carryEnd);
        }
        line("fiscal_summary", "expenditure_grand_total", "支出总计", gpb + fund + (fin ? l.carryEnd : 0));
    }

    private void gpbExpenditure() {
        rows.declare("gpb_expenditure", fin ? "一般公共预算财政拨款支出决算表" : "一般公共预算支出情况表",
                fin ? "公开05表" : "表五", "");
        String[] measures = {"total", "basic", "project"};
        TreeMap<String, long[]> tree = Rows.tree(gpbLeaves(l), 3);
        rows.total("gpb_expenditure", "合计", tree, measures);
        rows.coded("gpb_expenditure", tree, measures, CodeNames::function);
    }

    /** 项 with 一般公共预算 spending: total, basic, project. */
    static Map<String, long[]> gpbLeaves(Ledger ledger) {
        Map<String, long[]> leaves = new LinkedHashMap<>();
        ledger.items.forEach((code, a) -> {
            long g = a[Ledger.GPB];
            if (g != 0) {
                leaves.put(code, a[Ledger.PROJECT] == 1 ? new long[] {g, 0, g} : new long[] {g, g, 0});
            }
        });
        return leaves;
    }

    private void gpbBasic() {
        rows.declare("gpb_basic", fin ? "一般公共预算财政拨款基本支出决算表" : "一般公共预算基本支出情况表",
                fin ? "公开06表" : "表六", "");
        long personnel = l.econClass("301", "303");
        long pub = l.econClass("302", "310");
        int src = rows.nextLine();
        rows.cell("gpb_basic", "total", "合计", "total", personnel + pub, src);
        rows.cell("gpb_basic", "total", "人员经费合计", "personnel", personnel, src);
        rows.cell("gpb_basic", "total", "公用经费合计", "public", pub, src);
        economic("gpb_basic", "301", "302", "303", "310");
    }

    private void economic(String table, String... classes) {
        for (String c : classes) {
            long sum = l.econClass(c);
            if (sum == 0) {
                continue;
            }
            rows.cell(table, c, CodeNames.economic(c), "total", sum, rows.nextLine());
            for (var e : l.econ.entrySet()) {
                if (e.getKey().startsWith(c)) {
                    rows.cell(table, e.getKey(), CodeNames.economic(e.getKey()), "total", e.getValue(),
                            rows.nextLine());
                }
            }
        }
    }

    private void govFund() {
        String title = fin ? "政府性基金预算财政拨款收入支出决算表" : "政府性基金预算支出情况表";
        Map<String, long[]> leaves = new LinkedHashMap<>();
        l.items.forEach((code, a) -> {
            if (a[Ledger.FUND] != 0) {
                leaves.put(code, new long[] {a[Ledger.FUND], a[Ledger.FUND], a[Ledger.FUND]});
            }
        });
        rows.declare("gov_fund", title, fin ? "公开07表" : "表七", leaves.isEmpty() ? EMPTY : "");
        if (!leaves.isEmpty()) {
            String[] measures = {"total", "income", "project"};
            TreeMap<String, long[]> tree = Rows.tree(leaves, 3);
            rows.total("gov_fund", "合计", tree, measures);
            rows.coded("gov_fund", tree, measures, CodeNames::function);
        }
    }

    private void threePublic() {
        rows.declare("three_public", fin ? "财政拨款“三公”经费支出决算表" : "一般公共预算“三公”经费支出情况表",
                fin ? "公开09表" : "表八", "");
        threePublicLine("total", "“三公”经费合计", l.threePublic(), plan.threePublic());
        threePublicLine("abroad", "因公出国（境）费", l.abroad, plan.abroad);
        threePublicLine("vehicles", "公务用车购置及运行费", l.vehiclePurchase + l.vehicleRunning,
                plan.vehiclePurchase + plan.vehicleRunning);
        threePublicLine("vehicle_purchase", "公务用车购置费", l.vehiclePurchase, plan.vehiclePurchase);
        threePublicLine("vehicle_running", "公务用车运行费", l.vehicleRunning, plan.vehicleRunning);
        threePublicLine("reception", "公务接待费", l.reception, plan.reception);
        rows.fact("three_public", "vehicles", "公务用车保有量", "held", Integer.toString(l.vehiclesHeld), "辆",
                Row.TABLE, "", rows.nextLine());
    }

    private void threePublicLine(String code, String name, long actual, long budgeted) {
        int src = rows.nextLine();
        if (fin) {
            rows.cell("three_public", code, name, "budget_full_year", budgeted, src);
        }
        rows.cell("three_public", code, name, "total", actual, src);
    }

    private void adminRunning() {
        if (!agency.reportsAdminRunning()) {
            rows.declare("admin_running", "机关运行经费支出情况表", "公开10表",
                    "空表。本单位为事业单位，不涉及机关运行经费。");
            return;
        }
        rows.declare("admin_running", "机关运行经费支出情况表", "公开10表", "");
        rows.cell("admin_running", "total", "合计", "total", l.econClass("302", "310"), rows.nextLine());
        economic("admin_running", "302", "310");
    }

    private void procurement() {
        long total = l.procurement();
        rows.declare("procurement", "政府采购支出情况表", "公开11表",
                total == 0 ? "空表。本单位本年度没有发生政府采购支出，故本表无数据。" : "");
        if (total == 0) {
            return;
        }
        line("procurement", "total", "政府采购支出合计", total);
        line("procurement", "goods", "政府采购货物支出", l.procurementGoods);
        if (l.procurementWorks != 0) {
            line("procurement", "works", "政府采购工程支出", l.procurementWorks);
        }
        line("procurement", "services", "政府采购服务支出", l.procurementServices);
        line("procurement", "sme", "授予中小企业合同金额", l.sme);
        line("procurement", "small_micro", "其中：授予小微企业合同金额", l.smallMicro);
    }
}
