package org.budgetlens.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page per agency of the report's selection ({@code agencies/NAME.html}), linked from every table that names it:
 * its figures across the years (budget against final), its metrics, the function lines and projects that explain its
 * under-execution (largest unspent first), 三公 by component, its audit findings with their evidence and file, and the
 * disclosures behind it all. Every table is read once for all agencies and split here.
 */
final class AgencyPages {

    /** One agency's page: anchor (for the printed annex), title, lines under it, its charts (images), tables. */
    record View(String anchor, String title, List<String> meta, List<PageView.Link> charts,
                List<PageView.Table> tables) {
    }

    /** Rows of the under-execution table per agency and kind (function lines, projects). */
    private static final int UNSPENT_ROWS = 10;

    /** Columns "2024 预算", "2024 决算", "2024 绩效自评": by year, then budget before final before self-evaluation. */
    private static final Comparator<String> BY_YEAR_AND_PHASE = Comparator
            .comparing((String c) -> c.substring(0, c.indexOf(' ')))
            .thenComparing(c -> List.of("预算", "决算", "绩效自评").indexOf(c.substring(c.indexOf(' ') + 1)));

    private final DataTable list;
    private final Map<String, String> fileOf = new HashMap<>();
    private final Map<String, List<Object>> rowOf = new HashMap<>();
    private final Map<String, String> agencyOfDisclosure = new HashMap<>();
    private final Map<String, Map<String, List<List<Object>>>> rows = new HashMap<>();
    private final Map<String, DataTable> tables = new LinkedHashMap<>();
    private final Integer year;

    private AgencyPages(DataTable list, Integer year) {
        this.list = list;
        this.year = year;
    }

    static AgencyPages load(Connection connection, ReportOptions o, Integer year) throws SQLException {
        Object[] selection = {o.regionPrefix(), o.sector(), o.scope()};
        AgencyPages pages = new AgencyPages(DataTable.query(connection, "agency_list.sql", "agencies", "各机构",
                selection), year);
        Set<String> used = new HashSet<>();
        for (List<Object> r : pages.list.rows()) {
            String id = (String) pages.list.value(r, "agency_id");
            String base = SafeOutput.fileName(id);
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            pages.fileOf.put(id, name + ".html");
            pages.rowOf.put(id, r);
        }
        pages.add(DataTable.query(connection, "agency_disclosures.sql", "disclosures", "公开文件", selection));
        for (List<Object> r : pages.tables.get("disclosures").rows()) {
            pages.agencyOfDisclosure.put((String) r.get(r.size() - 1), (String) r.get(0));
        }
        pages.add(DataTable.query(connection, "agency_figures.sql", "figures", "主要数据", selection));
        pages.add(DataTable.query(connection, "agency_metrics.sql", "metrics", "指标", selection));
        pages.add(DataTable.query(connection, "agency_three_public.sql", "three-public", "三公", selection));
        pages.add(DataTable.query(connection, "agency_findings.sql", "findings", "审核发现", selection));
        if (year != null) {
            pages.add(DataTable.query(connection, "agency_unspent.sql", "unspent", "未执行", o.regionPrefix(),
                    o.sector(), o.scope(), year, UNSPENT_ROWS));
        }
        return pages;
    }

    private void add(DataTable t) {
        tables.put(t.id(), t);
        Map<String, List<List<Object>>> byAgency = new HashMap<>();
        int agency = t.column("agency_id");
        for (List<Object> r : t.rows()) {
            byAgency.computeIfAbsent((String) r.get(agency), k -> new ArrayList<>()).add(r);
        }
        rows.put(t.id(), byAgency);
    }

    /** The agencies with a page, in page order. */
    List<String> agencyIds() {
        return list.rows().stream().map(r -> (String) list.value(r, "agency_id")).toList();
    }

    /** The page of the agency (or of a disclosure's agency), relative to a page in {@code from}; null: no page. */
    String link(String agencyOrDisclosure, String from) {
        String file = fileOf.get(agencyOrDisclosure);
        if (file == null) {
            String agency = agencyOfDisclosure.get(agencyOrDisclosure);
            file = agency == null ? null : fileOf.get(agency);
        }
        return file == null ? null : from + file;
    }

    /** The agencies of the ids (agencies or their disclosures) that have a page, each once, in the order named. */
    List<String> named(List<String> ids) {
        java.util.LinkedHashSet<String> agencies = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            String agency = fileOf.containsKey(id) ? id : agencyOfDisclosure.get(id);
            if (agency != null && fileOf.containsKey(agency)) {
                agencies.add(agency);
            }
        }
        return List.copyOf(agencies);
    }

    String file(String agencyId) {
        return fileOf.get(agencyId);
    }

    /** The list page: every agency with its region, sector and disclosures, linked. */
    PageView.Table listTable() {
        return PageView.table(new DataTable(list.id(), "各机构（" + list.rows().size() + "个）", list.columns(),
                list.rows()), null, id -> link(id, ""), Integer.MAX_VALUE);
    }

    /** The agency's page; {@code charts}: the images of the report's charts of this agency alone (may be empty). */
    View view(String agencyId, List<PageView.Link> charts) {
        List<Object> row = rowOf.get(agencyId);
        String name = (String) list.value(row, "agency_name");
        List<String> meta = List.of("区划代码 " + list.value(row, "region_code") + " · 行业 " + list.value(row, "sector")
                + " · " + list.value(row, "scope") + " · 机构编号 " + agencyId,
                "金额单位：万元；空白 = 公开文件未列出，不是零。数字的出处见各表“出处”列与文末的公开文件。");
        List<PageView.Table> shown = new ArrayList<>();
        shown.add(pivot(agencyId, "figures", "item_zh", "ord", "amount", "主要数据：预算与决算（万元）"));
        shown.add(metrics(agencyId));
        if (year != null) {
            shown.add(unspent(agencyId));
        }
        shown.add(pivot(agencyId, "three-public", "component_zh", null, "amount", "“三公”经费构成（万元）"));
        shown.add(own(agencyId, "findings", "审核发现（错误在前）", List.of("fiscal_year", "kind", "severity", "rule_id",
                "description", "subject", "expected", "actual", "difference", "evidence", "source_file")));
        shown.add(own(agencyId, "disclosures", "公开文件", List.of("fiscal_year", "kind", "title", "source_file",
                "disclosure_id")));
        return new View("agency-" + fileOf.get(agencyId).replace(".html", ""), name, meta, charts, shown);
    }

    private PageView.Table unspent(String agencyId) {
        return own(agencyId, "unspent", year + "年决算：未执行的预算，最多的在前（功能科目最明细一级；项目来自绩效自评）",
                List.of("level", "line_code", "line_name", "detail", "budget", "executed", "unspent", "rate_pct",
                        "executed_source", "budget_source"));
    }

    /** The agency's rows of a table, only the columns named, in that order. */
    private PageView.Table own(String agencyId, String table, String title, List<String> columns) {
        DataTable t = tables.get(table);
        List<List<Object>> kept = new ArrayList<>();
        for (List<Object> r : rows.get(table).getOrDefault(agencyId, List.of())) {
            List<Object> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(t.value(r, c));
            }
            kept.add(cells);
        }
        return PageView.table(new DataTable(table, title, columns, kept), null, id -> null, Integer.MAX_VALUE);
    }

    /** One line per metric, one column per year and disclosure kind. */
    private PageView.Table metrics(String agencyId) {
        DataTable t = tables.get("metrics");
        Map<String, Map<String, Object>> byMetric = new LinkedHashMap<>();
        Set<String> columns = new TreeSet<>(BY_YEAR_AND_PHASE);
        for (List<Object> r : rows.get("metrics").getOrDefault(agencyId, List.of())) {
            String column = t.value(r, "fiscal_year") + " " + DistrictReview.kindZh((String) t.value(r, "kind"));
            columns.add(column);
            byMetric.computeIfAbsent(Labels.column((String) t.value(r, "metric")), k -> new HashMap<>())
                    .put(column, t.value(r, "value"));
        }
        return grid("metrics", "指标（定义见 docs/metrics.md）", "指标", byMetric, columns);
    }

    /** One line per item, one column per year and phase (预算, 决算), amounts as stated. */
    private PageView.Table pivot(String agencyId, String table, String item, String order, String amount,
                                 String title) {
        DataTable t = tables.get(table);
        Map<String, Map<String, Object>> byItem = new LinkedHashMap<>();
        Set<String> columns = new TreeSet<>(BY_YEAR_AND_PHASE);
        for (List<Object> r : rows.get(table).getOrDefault(agencyId, List.of())) {
            String column = t.value(r, "fiscal_year") + " " + AnnualTrend.phaseZh((String) t.value(r, "phase"));
            columns.add(column);
            byItem.computeIfAbsent((String) t.value(r, item), k -> new HashMap<>()).put(column,
                    t.value(r, amount));
        }
        return grid(table, title, "项目", byItem, columns);
    }

    private static PageView.Table grid(String id, String title, String first, Map<String, Map<String, Object>> lines,
                                       Set<String> columns) {
        List<String> headings = new ArrayList<>(List.of(first));
        headings.addAll(columns);
        List<List<Object>> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : lines.entrySet()) {
            List<Object> r = new ArrayList<>(List.of(e.getKey()));
            for (String c : columns) {
                r.add(e.getValue().get(c));
            }
            out.add(r);
        }
        return PageView.table(new DataTable(id, title, headings, out), null, x -> null, Integer.MAX_VALUE);
    }
}
