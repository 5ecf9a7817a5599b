package org.budgetlens.generate.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.budgetlens.generate.pdf.Grid.Cell;
import org.budgetlens.generate.pdf.Grid.Kind;

/**
 * Each table of a disclosure as a department lays it out (the 2024 MOF templates): coded tables as code | name | one
 * amount column per measure, the two summaries two-sided (收入 | 支出), the 三公 table down or across, 政府采购 and the
 * 绩效自评表 by their labels.
 */
final class Layouts {

    private static final Set<String> INCOME_SIDE = Set.of("fiscal", "gpb", "gov_fund", "soe", "special_account",
            "superior", "business", "operating", "affiliated", "other", "income_total", "use_nonfiscal_balance",
            "carryover_begin", "carryover_begin_gpb", "carryover_begin_gov_fund", "carryover_begin_soe",
            "income_grand_total");
    private static final Set<String> FUNCTION_TABLES = Set.of("income", "expenditure", "gpb_expenditure",
            "gov_fund", "soe_capital");

    private final boolean fin;
    private final Variant variant;
    private final String agencyName;

    Layouts(boolean fin, Variant variant, String agencyName) {
        this.fin = fin;
        this.variant = variant;
        this.agencyName = agencyName;
    }

    Grid build(Block b) {
        return switch (b.tableId()) {
            case "summary" -> twoSided(b, List.of("total"));
            case "fiscal_summary" -> twoSided(b, measures(b, List.of("total", "gpb", "gov_fund", "soe")));
            case "three_public" -> variant.threePublicAcross() && across(b) ? threePublicAcross(b) : threePublicDown(b);
            case "procurement" -> labelled(b);
            case "perf_project" -> performance(b);
            case "gpb_basic" -> variant.sideBySide() && !b.rows().isEmpty() ? sideBySide(b) : coded(b);
            default -> coded(b);
        };
    }

    private String money(String value) {
        return Amounts.money(value, variant.yuan());
    }

    /** The measures of the table in their column order, those the rows have (or the defaults of an empty table). */
    private static List<String> measures(Block b, List<String> order) {
        Set<String> have = new LinkedHashSet<>();
        for (Block.Printed r : b.rows()) {
            have.addAll(r.cells().keySet());
        }
        if (have.isEmpty()) {
            // an empty table keeps its template's columns: all of a fund table's, the first three of the others'
            boolean fund = order.contains("carryover_begin");
            return order.subList(0, fund ? order.size() : Math.min(order.size(), 3));
        }
        List<String> out = new ArrayList<>();
        for (String m : order) {
            if (have.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static List<String> order(String table) {
        return switch (table) {
            case "income" -> List.of("total", "fiscal", "gpb", "gov_fund", "soe", "special_account", "superior",
                    "business", "operating", "affiliated", "other");
            case "expenditure" -> List.of("total", "basic", "project", "reserve", "to_superior", "operating",
                    "to_affiliated");
            case "gov_fund", "soe_capital" -> List.of("carryover_begin", "income", "total", "basic", "project",
                    "carryover_end");
            case "gpb_basic" -> List.of("total", "personnel", "public");
            case "admin_running" -> List.of("total");
            default -> List.of("total", "basic", "project");
        };
    }

    /** The header of an amount column: {group, label} (group null when the label heads the column alone). */
    private String[] header(String table, String measure, boolean grouped) {
        String label = switch (measure) {
            case "total" -> switch (table) {
                case "income" -> fin ? "本年收入合计" : "合计";
                case "expenditure" -> fin ? "本年支出合计" : "合计";
                case "gov_fund", "soe_capital" -> grouped ? "小计" : "本年支出合计";
                case "gpb_expenditure" -> grouped ? "小计" : "合计";
                case "admin_running" -> fin ? "决算数" : "预算数";
                default -> "合计";
            };
            case "fiscal" -> "财政拨款收入";
            case "gpb" -> "一般公共预算拨款收入";
            case "gov_fund" -> "政府性基金预算拨款收入";
            case "soe" -> "国有资本经营预算拨款收入";
            case "special_account" -> "财政专户管理资金收入";
            case "superior" -> "上级补助收入";
            case "business" -> "事业收入";
            case "operating" -> table.equals("income") ? "经营收入" : "经营支出";
            case "affiliated" -> "附属单位上缴收入";
            case "other" -> "其他收入";
            case "basic" -> "基本支出";
            case "project" -> "项目支出";
            case "reserve" -> "单位预留机动经费";
            case "to_superior" -> "上缴上级支出";
            case "to_affiliated" -> "对附属单位补助支出";
            case "income" -> "本年收入";
            case "carryover_begin" -> "年初结转和结余";
            case "carryover_end" -> "年末结转和结余";
            case "personnel" -> "人员经费";
            case "public" -> "公用经费";
            default -> measure;
        };
        boolean spending = measure.equals("total") || measure.equals("basic") || measure.equals("project");
        return new String[] {grouped && spending ? "本年支出" : null, label};
    }

    /** code | name | amounts; function codes in one column or split over 类 | 款 | 项. */
    private Grid coded(Block b) {
        String table = b.tableId();
        List<String> measures = measures(b, order(table));
        boolean split = variant.splitCodes() && FUNCTION_TABLES.contains(table);
        boolean grouped = fin && (table.equals("gpb_expenditure") || table.equals("gov_fund")
                || table.equals("soe_capital")) && measures.contains("total") && measures.size() >= 2;
        List<String[]> heads = new ArrayList<>();
        for (String m : measures) {
            heads.add(header(table, m, grouped));
        }
        boolean anyGroup = heads.stream().anyMatch(h -> h[0] != null);
        int headerRows = split || anyGroup ? 2 : 1;
        Grid g = new Grid();
        int codeColumns = split ? 3 : 1;
        for (int c = 0; c < codeColumns; c++) {
            g.columns(Kind.CODE);
        }
        g.columns(Kind.NAME);
        for (int c = 0; c < measures.size(); c++) {
            g.columns(Kind.AMOUNT);
        }
        List<Cell> first = new ArrayList<>();
        List<Cell> second = new ArrayList<>();
        if (split) {
            first.add(Cell.center("科目编码").span(3, 1));
            second.add(Cell.center("类"));
            second.add(Cell.center("款"));
            second.add(Cell.center("项"));
        } else {
            first.add(Cell.center("科目编码").span(1, headerRows));
        }
        first.add(Cell.center("科目名称").span(1, headerRows));
        for (int c = 0; c < heads.size(); c++) {
            String[] h = heads.get(c);
            if (h[0] == null) {
                first.add(Cell.center(h[1]).span(1, headerRows));
                continue;
            }
            int k = c;
            while (k < heads.size() && h[0].equals(heads.get(k)[0])) {
                second.add(Cell.center(heads.get(k)[1]));
                k++;
            }
            first.add(Cell.center(h[0]).span(k - c, 1));
            c = k - 1;
        }
        g.headerRow(first.toArray(Cell[]::new));
        if (headerRows == 2) {
            g.headerRow(second.toArray(Cell[]::new));
        }
        for (Block.Printed r : b.rows()) {
            List<Cell> cells = new ArrayList<>();
            if (r.code().equals("total")) {
                if (split) {
                    cells.add(Cell.blank());
                    cells.add(Cell.blank());
                    cells.add(Cell.blank());
                    cells.add(Cell.center("合计"));
                } else {
                    cells.add(Cell.center("合计").span(2, 1));
                }
            } else if (split) {
                String code = r.code();
                cells.add(Cell.left(code.length() == 3 ? code : ""));
                cells.add(Cell.left(code.length() == 5 ? code.substring(3) : ""));
                cells.add(Cell.left(code.length() == 7 ? code.substring(5) : ""));
                cells.add(Cell.left(r.name()));
            } else {
                cells.add(Cell.left(r.code()));
                cells.add(Cell.left(r.name()));
            }
            for (String m : measures) {
                cells.add(Cell.right(money(r.value(m))));
            }
            g.row(cells);
        }
        blankRowIfEmpty(g, b);
        return g;
    }

    private static void blankRowIfEmpty(Grid g, Block b) {
        if (b.rows().isEmpty()) {
            List<Cell> blank = new ArrayList<>();
            for (int c = 0; c < g.columnCount(); c++) {
                blank.add(Cell.blank());
            }
            g.row(blank);
        }
    }

    /**
     * The basic-expenditure table in halves: 人员经费 (301, 303) code | name | amount on the left, 公用经费 (302, 310)
     * on the right of the same rows, then the two subtotals and the 合计.
     */
    private Grid sideBySide(Block b) {
        Grid g = new Grid().columns(Kind.CODE, Kind.NAME, Kind.AMOUNT, Kind.CODE, Kind.NAME, Kind.AMOUNT);
        String amount = fin ? "决算数" : "预算数";
        g.headerRow(Cell.center("人员经费").span(3, 1), Cell.center("公用经费").span(3, 1));
        g.headerRow(Cell.center("科目编码"), Cell.center("科目名称"), Cell.center(amount), Cell.center("科目编码"),
                Cell.center("科目名称"), Cell.center(amount));
        List<Block.Printed> left = new ArrayList<>();
        List<Block.Printed> right = new ArrayList<>();
        Block.Printed total = null;
        for (Block.Printed r : b.rows()) {
            if (r.code().equals("total")) {
                total = r;
            } else if (r.code().startsWith("301") || r.code().startsWith("303")) {
                left.add(r);
            } else {
                right.add(r);
            }
        }
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<Cell> cells = new ArrayList<>();
            for (List<Block.Printed> side : List.of(left, right)) {
                if (i < side.size()) {
                    Block.Printed r = side.get(i);
                    cells.add(Cell.left(r.code()));
                    cells.add(Cell.left(r.name()));
                    cells.add(Cell.right(money(r.value("total"))));
                } else {
                    cells.add(Cell.blank());
                    cells.add(Cell.blank());
                    cells.add(Cell.blank());
                }
            }
            g.row(cells);
        }
        if (total != null) {
            g.row(List.of(Cell.center("人员经费合计").span(2, 1), Cell.right(money(total.value("personnel"))),
                    Cell.center("公用经费合计").span(2, 1), Cell.right(money(total.value("public")))));
            g.row(List.of(Cell.center("合计").span(2, 1), Cell.right(money(total.value("total"))),
                    Cell.blank().span(3, 1)));
        }
        return g;
    }

    /**
     * 收入 | amount | 支出 | amounts: the income lines against the 类 rows, then 本年收入合计 against 本年支出合计, the
     * carry-overs against each other and 收入总计 against 支出总计.
     */
    private Grid twoSided(Block b, List<String> rightMeasures) {
        List<Block.Printed> leftItems = new ArrayList<>();
        List<Block.Printed> leftAfter = new ArrayList<>();
        List<Block.Printed> rightItems = new ArrayList<>();
        List<Block.Printed> rightAfter = new ArrayList<>();
        Block.Printed incomeTotal = null;
        Block.Printed incomeGrand = null;
        Block.Printed spentTotal = null;
        Block.Printed spentGrand = null;
        for (Block.Printed r : b.rows()) {
            switch (r.code()) {
                case "income_total" -> incomeTotal = r;
                case "income_grand_total" -> incomeGrand = r;
                case "expenditure_total" -> spentTotal = r;
                case "expenditure_grand_total" -> spentGrand = r;
                default -> {
                    boolean income = INCOME_SIDE.contains(r.code());
                    if (income) {
                        (incomeTotal == null ? leftItems : leftAfter).add(r);
                    } else {
                        (spentTotal == null ? rightItems : rightAfter).add(r);
                    }
                }
            }
        }
        Grid g = new Grid().columns(Kind.NAME, Kind.AMOUNT, Kind.NAME);
        for (int c = 0; c < rightMeasures.size(); c++) {
            g.columns(Kind.AMOUNT);
        }
        String amount = fin ? "决算数" : "预算数";
        g.headerRow(Cell.center("收入").span(2, 1), Cell.center("支出").span(1 + rightMeasures.size(), 1));
        List<Cell> second = new ArrayList<>(List.of(Cell.center("项目"), Cell.center(amount), Cell.center("项目")));
        for (String m : rightMeasures) {
            second.add(Cell.center(switch (m) {
                case "gpb" -> "一般公共预算财政拨款";
                case "gov_fund" -> "政府性基金预算财政拨款";
                case "soe" -> "国有资本经营预算财政拨款";
                default -> rightMeasures.size() == 1 ? amount : "合计";
            }));
        }
        g.headerRow(second.toArray(Cell[]::new));
        pairs(g, leftItems, rightItems, rightMeasures);
        pairs(g, single(incomeTotal), single(spentTotal), rightMeasures);
        pairs(g, leftAfter, rightAfter, rightMeasures);
        pairs(g, single(incomeGrand), single(spentGrand), rightMeasures);
        return g;
    }

    private static List<Block.Printed> single(Block.Printed r) {
        return r == null ? List.of() : List.of(r);
    }

    private void pairs(Grid g, List<Block.Printed> left, List<Block.Printed> right, List<String> rightMeasures) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<Cell> cells = new ArrayList<>();
            if (i < left.size()) {
                cells.add(Cell.left(left.get(i).name()));
                cells.add(Cell.right(money(left.get(i).value("total"))));
            } else {
                cells.add(Cell.blank());
                cells.add(Cell.blank());
            }
            if (i < right.size()) {
                cells.add(Cell.left(right.get(i).name()));
                for (String m : rightMeasures) {
                    cells.add(Cell.right(money(right.get(i).value(m))));
                }
            } else {
                cells.add(Cell.blank());
                for (int c = 0; c < rightMeasures.size(); c++) {
                    cells.add(Cell.blank());
                }
            }
            g.row(cells);
        }
    }

    /** The amounts of the 三公 table, without the statistics (公务用车保有量), which are printed under it. */
    static List<Block.Printed> threePublicMoney(Block b) {
        return b.rows().stream().filter(Block.Printed::isMoney).toList();
    }

    private static final List<String> ACROSS = List.of("total", "abroad", "vehicles", "vehicle_purchase",
            "vehicle_running", "reception");

    private static boolean across(Block b) {
        Set<String> codes = new LinkedHashSet<>();
        threePublicMoney(b).forEach(r -> codes.add(r.code()));
        return codes.equals(new LinkedHashSet<>(ACROSS));
    }

    /** 项目 | 预算数 | 决算数, one row per item. */
    private Grid threePublicDown(Block b) {
        List<String> measures = measures(b, List.of("budget_full_year", "total"));
        measures.retainAll(List.of("budget_full_year", "total"));
        Grid g = new Grid().columns(Kind.NAME);
        List<Cell> head = new ArrayList<>(List.of(Cell.center("项目")));
        for (String m : measures) {
            g.columns(Kind.AMOUNT);
            head.add(Cell.center(m.equals("total") && fin ? "决算数" : "预算数"));
        }
        g.headerRow(head.toArray(Cell[]::new));
        for (Block.Printed r : threePublicMoney(b)) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.left(r.name())));
            for (String m : measures) {
                cells.add(Cell.right(money(r.value(m))));
            }
            g.row(cells);
        }
        blankRowIfEmpty(g, b);
        return g;
    }

    /** One column per item (合计, 因公出国（境）费, 公务用车 小计 / 购置费 / 运行费, 公务接待费), 预算数 and 决算数. */
    private Grid threePublicAcross(Block b) {
        Map<String, Block.Printed> byCode = new java.util.HashMap<>();
        threePublicMoney(b).forEach(r -> byCode.put(r.code(), r));
        List<String> measures = fin ? List.of("budget_full_year", "total") : List.of("total");
        Grid g = new Grid();
        for (int c = 0; c < ACROSS.size() * measures.size(); c++) {
            g.columns(Kind.AMOUNT);
        }
        List<Cell> items = new ArrayList<>();
        List<Cell> subs = new ArrayList<>();
        for (int k = 0; k < measures.size(); k++) {
            items.add(Cell.center("合计").span(1, 2));
            items.add(Cell.center("因公出国（境）费").span(1, 2));
            items.add(Cell.center("公务用车购置及运行费").span(3, 1));
            items.add(Cell.center("公务接待费").span(1, 2));
            subs.add(Cell.center("小计"));
            subs.add(Cell.center("公务用车购置费"));
            subs.add(Cell.center("公务用车运行费"));
        }
        if (fin) {
            g.headerRow(Cell.center("预算数").span(ACROSS.size(), 1), Cell.center("决算数").span(ACROSS.size(), 1));
        }
        g.headerRow(items.toArray(Cell[]::new));
        g.headerRow(subs.toArray(Cell[]::new));
        List<Cell> row = new ArrayList<>();
        for (String m : measures) {
            for (String code : ACROSS) {
                row.add(Cell.right(money(byCode.get(code).value(m))));
            }
        }
        g.row(row);
        return g;
    }

    /** 项目 | 金额, one labelled row per line (政府采购). */
    private Grid labelled(Block b) {
        Grid g = new Grid().columns(Kind.NAME, Kind.AMOUNT);
        g.headerRow(Cell.center("项目"), Cell.center("金额"));
        for (Block.Printed r : b.rows()) {
            g.row(List.of(Cell.left(r.name()), Cell.right(money(r.value("total")))));
        }
        blankRowIfEmpty(g, b);
        return g;
    }

    /**
     * The MOF 项目支出绩效自评表 (its funds part and 总分): 项目名称, 主管部门 / 实施单位, then 项目资金 with 年初预算数 |
     * 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 per funds line.
     */
    private Grid performance(Block b) {
        String project = b.declaration().note();
        Grid g = new Grid().columns(Kind.NAME, Kind.NAME, Kind.AMOUNT, Kind.AMOUNT, Kind.AMOUNT, Kind.AMOUNT,
                Kind.AMOUNT, Kind.AMOUNT);
        g.keepTogether = true;
        List<Block.Printed> funds = new ArrayList<>();
        Block.Printed overall = null;
        for (Block.Printed r : b.rows()) {
            if (r.code().equals("overall")) {
                overall = r;
            } else {
                funds.add(r);
                if (project.isEmpty()) {
                    project = r.detail();
                }
            }
        }
        g.row(List.of(Cell.center("项目名称"), Cell.left(project).span(7, 1)));
        g.row(List.of(Cell.center("主管部门"), Cell.left(agencyName).span(3, 1), Cell.center("实施单位"),
                Cell.left(agencyName).span(3, 1)));
        g.row(List.of(Cell.center("项目资金（" + variant.unitText() + "）").span(1, 1 + funds.size()), Cell.blank(),
                Cell.center("年初预算数"), Cell.center("全年预算数"), Cell.center("全年执行数"), Cell.center("分值"),
                Cell.center("执行率"), Cell.center("得分")));
        for (Block.Printed r : funds) {
            String pct = r.value("executed:pct");
            g.row(List.of(Cell.left(r.name()), Cell.right(money(r.value("budget_initial"))),
                    Cell.right(money(r.value("budget_full_year"))), Cell.right(money(r.value("executed"))),
                    Cell.right(r.value("weight")), Cell.right(pct.isEmpty() ? "" : pct + "%"),
                    Cell.right(r.value("score"))));
        }
        if (overall != null) {
            g.row(List.of(Cell.center("总分").span(5, 1), Cell.right(overall.value("weight")), Cell.blank(),
                    Cell.right(overall.value("score"))));
        }
        return g;
    }
}
