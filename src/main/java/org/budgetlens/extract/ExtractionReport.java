package org.budgetlens.extract;

import java.util.Locale;

import org.budgetlens.identity.AgencyIdentity;

/** The extraction report of one document, in Markdown: decisions, tables, figures, unused figures, problems. */
public final class ExtractionReport {

    private ExtractionReport() {
    }

    public static String render(Extraction x) {
        StringBuilder b = new StringBuilder();
        DocumentMeta m = x.meta();
        b.append("# Extraction report: ").append(x.doc().sourceDoc()).append("\n\n");
        b.append("| decided | value | evidence |\n|---|---|---|\n");
        row(b, "agency", m.agencyId(), m.agencyEvidence());
        if (m.recognised()) {
            AgencyIdentity a = m.identity();
            row(b, "agency name", a.canonicalName(), "as published: " + a.name());
            row(b, "region", a.regionCode(), String.join("; ", a.evidence().stream()
                    .filter(s -> s.startsWith("region")).toList()));
            row(b, "level", a.level(), a.regionKnown() ? "the region's code" : "");
            row(b, "scope", a.scope(), String.join("; ", a.evidence().stream().filter(s -> s.startsWith("scope"))
                    .toList()));
            row(b, "sector", a.sector(), String.join("; ", a.evidence().stream()
                    .filter(s -> s.startsWith("sector")).toList()));
        } else {
            row(b, "region", m.regionCode(), m.agencyId().isEmpty() ? "" : "registry entry of the agency");
        }
        row(b, "fiscal year", m.fiscalYear(), m.yearEvidence());
        row(b, "kind", m.kind(), m.kindLine() > 0 ? "line " + m.kindLine() : "");
        row(b, "title", m.title(), "");
        b.append('\n');
        java.util.List<String> undecided = new java.util.ArrayList<>(m.undecided());
        if (m.recognised()) {
            undecided.addAll(m.identity().undecided());
        }
        if (!undecided.isEmpty()) {
            b.append("## Not decided\n\n");
            undecided.forEach(u -> b.append("- ").append(u).append('\n'));
            b.append('\n');
        }
        b.append("## Tables found (").append(x.tables().size()).append(")\n\n");
        b.append("| table_id | number | title line | line | unit | figures | read | 空表说明 |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (Extraction.FoundTable t : x.tables()) {
            String read = t.layout().equals(TableLayouts.AS_PRINTED) ? t.layout()
                    : t.layout().endsWith(TableLayouts.AS_PRINTED) ? "**" + t.layout() + "**"
                    : "**" + t.layout() + "** (the reading as printed failed an identity, gave nothing or proved less)";
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %d | %s | %s |%n", t.tableId(),
                    t.number(), cell(t.title()), t.line(), t.unit(), t.figures(), read, cell(t.emptyNote())));
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        x.tables().forEach(t -> ids.add(t.tableId()));
        TemplateFamilies.of(x.meta().kind(), ids).ifPresent(f -> b.append("\nTemplate family: **").append(f.name())
                .append("** (").append(f.description()).append("; extract/templates/families.csv): ")
                .append(f.holds(ids)).append(" of its ").append(f.tables().size()).append(" tables found.\n"));
        b.append("\n## Required tables missing (").append(x.missingTables().size()).append(")\n\n");
        x.missingTables().forEach(t -> b.append("- ").append(t).append('\n'));
        long count = x.figures().stream().filter(f -> !f.isTable()).count();
        b.append("\n## Figures (").append(count).append(")\n\n");
        b.append("| source_line | place | table_id | line_code | detail | measure | stat | base | value | unit | origin |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Figure f : x.figures()) {
            if (f.isTable()) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    f.sourceLine(), x.doc().place(f.sourceLine()), f.tableId(), f.lineCode(), cell(f.detail()), f.measure(), f.stat(), f.base(),
                    f.value(), f.unit(), f.origin()));
        }
        b.append("\n## Looked like a figure, not used (").append(x.unused().size()).append(")\n\n");
        b.append("| line | place | text | reason |\n|---|---|---|---|\n");
        for (Unused u : x.unused()) {
            b.append("| ").append(u.line()).append(" | ").append(x.doc().place(u.line())).append(" | ").append(cell(shorten(u.text()))).append(" | ")
                    .append(cell(u.reason())).append(" |\n");
        }
        proof(b, x);
        pages(b, x);
        if (!x.problems().isEmpty()) {
            b.append("\n## Problems\n\n");
            x.problems().forEach(p -> b.append("- ").append(p).append('\n'));
        }
        return b.toString();
    }

    /**
     * Per table: figures proven by an identity of their table, unproven, failed, and each failed identity with by
     * how much; the document's confidence (the share proven) first.
     */
    private static void proof(StringBuilder b, Extraction x) {
        Extraction.Proof p = x.proof();
        b.append(String.format(Locale.ROOT, "%n## Proof by the tables' identities: %.1f %% of table figures proven%n%n",
                100 * p.confidence()));
        b.append("| table_id | figures | proven | unproven | failed | identities checked |\n|---|---|---|---|---|---|\n");
        java.util.Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < x.figures().size(); i++) {
            String v = p.verified().get(i);
            if (v.isEmpty()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(x.figures().get(i).tableId(), k -> new int[3]);
            c[v.equals("proven") ? 0 : v.equals("unproven") ? 1 : 2]++;
        }
        counts.forEach((t, c) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", t,
                c[0] + c[1] + c[2], c[0], c[1], c[2], p.byTable().containsKey(t) ? p.byTable().get(t).checked() : 0)));
        java.util.List<String> failed = new java.util.ArrayList<>();
        p.byTable().forEach((t, r) -> r.failed().forEach(f -> failed.add(t + ": " + f)));
        p.across().failed().forEach(f -> failed.add("across tables: " + f));
        b.append(String.format(Locale.ROOT, "%nFigures two tables both publish: %d pairs compared, %d disagree%n",
                p.across().checked(), p.across().failed().size()));
        if (!failed.isEmpty()) {
            b.append("\nFailed identities (the figures in them are booked marked `failed`: a publisher's error in one "
                    + "cell, or a misreading when a whole group fails):\n\n");
            failed.forEach(f -> b.append("- ").append(cell(f)).append('\n'));
        }
    }

    /** Per page of a PDF: how many figures were read there and how many numbers were not, the reasons counted. */
    private static void pages(StringBuilder b, Extraction x) {
        if (!x.doc().hasPlaces()) {
            return;
        }
        java.util.Map<String, int[]> read = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Map<String, Integer>> why = new java.util.TreeMap<>();
        for (Figure f : x.figures()) {
            if (!f.isTable()) {
                read.computeIfAbsent(page(x, f.sourceLine()), k -> new int[1])[0]++;
            }
        }
        for (Unused u : x.unused()) {
            String reason = u.reason().replaceAll("\\(.*", "").strip();
            why.computeIfAbsent(page(x, u.line()), k -> new java.util.TreeMap<>()).merge(reason, 1, Integer::sum);
        }
        java.util.Set<String> all = new java.util.TreeSet<>(java.util.Comparator.comparing(ExtractionReport::pageOrder));
        all.addAll(read.keySet());
        all.addAll(why.keySet());
        b.append("\n## Pages\n\n| page | figures read | not used (reason: count) |\n|---|---|---|\n");
        for (String page : all) {
            int n = read.containsKey(page) ? read.get(page)[0] : 0;
            StringBuilder r = new StringBuilder();
            why.getOrDefault(page, java.util.Map.of()).forEach((k, v) -> r.append(r.length() > 0 ? "; " : "")
                    .append(k).append(": ").append(v));
            b.append("| ").append(page).append(" | ").append(n).append(" | ").append(cell(r.toString()))
                    .append(" |\n");
        }
    }

    /** The page part of a line's place ("p. 3", or "x.pdf p. 3" in joined files). */
    private static String page(Extraction x, int line) {
        String place = x.doc().place(line);
        int comma = place.indexOf(',');
        return comma > 0 ? place.substring(0, comma) : place.isEmpty() ? "?" : place;
    }

    private static String pageOrder(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)$").matcher(page);
        return m.find() ? page.substring(0, m.start()) + String.format(Locale.ROOT, "%06d", Integer.parseInt(m.group(1)))
                : page;
    }

    private static void row(StringBuilder b, String what, String value, String evidence) {
        b.append("| ").append(what).append(" | ").append(value.isEmpty() ? "(not decided)" : cell(value))
                .append(" | ").append(cell(evidence)).append(" |\n");
    }

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n\\t]+");

    private static String cell(String s) {
        return LINE_BREAKS.matcher(s.replace("|", "\\|")).replaceAll(" ");
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
