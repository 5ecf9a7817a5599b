package org.budgetlens.report;

import java.util.Base64;
import java.util.List;

/**
 * The report's {@code index.html}: one self-contained page (styles and a subset of the bundled font inside it; charts
 * beside it in {@code charts/}, tables in {@code data/}). Every text from the warehouse is escaped.
 */
final class HtmlPage {

    /** Rows of a table shown on the page; the CSV and the workbook always hold all of them. */
    static final int ROWS_SHOWN = 200;

    private static final String STYLE = """
            body{font-family:'Report Sans',sans-serif;margin:24px auto;max-width:1060px;color:#222;line-height:1.55}
            h1{font-size:26px;margin-bottom:4px}h2{border-bottom:2px solid #4C78A8;padding-bottom:4px;margin-top:40px}
            .meta{color:#555;font-size:14px}nav a{margin-right:16px}
            figure{margin:24px 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}
            figcaption{font-size:13px;color:#444}
            table{border-collapse:collapse;font-size:12.5px;margin:12px 0 4px;display:block;overflow-x:auto}
            th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}th{background:#EEF3F8;text-align:left}
            td.n{text-align:right;white-space:nowrap}caption{text-align:left;font-weight:bold;padding:6px 0}
            .more{font-size:13px;color:#555}""";

    private HtmlPage() {
    }

    /** The page for the sections, with {@code header} lines (selection, sources) under the title. */
    static String render(String title, List<String> header, List<Section> sections) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(SafeOutput.html(title)).append("</h1>\n");
        for (String line : header) {
            body.append("<p class=\"meta\">").append(SafeOutput.html(line)).append("</p>\n");
        }
        body.append("<nav>");
        for (Section s : sections) {
            body.append("<a href=\"#").append(s.id()).append("\">").append(SafeOutput.html(s.title())).append("</a>");
        }
        body.append("</nav>\n");
        for (Section s : sections) {
            section(body, s);
        }
        String font = Base64.getEncoder().encodeToString(FontSubset.forText(body + title));
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + SafeOutput.html(title) + "</title>\n<style>\n@font-face{font-family:'Report Sans';"
                + "src:url(data:font/ttf;base64," + font + ") format('truetype')}\n" + STYLE + "\n</style>\n</head>\n"
                + "<body>\n" + body + "</body>\n</html>\n";
    }

    private static void section(StringBuilder b, Section s) {
        b.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(SafeOutput.html(s.title()))
                .append("</h2>\n");
        for (String p : s.paragraphs()) {
            b.append("<p>").append(SafeOutput.html(p)).append("</p>\n");
        }
        for (ChartSpec c : s.charts()) {
            String title = c.chart().getTitle() == null ? c.id() : c.chart().getTitle().getText();
            b.append("<figure><img src=\"charts/").append(c.id()).append(".png\" width=\"").append(c.width())
                    .append("\" alt=\"").append(SafeOutput.html(title)).append("\">\n<figcaption>")
                    .append("<a href=\"charts/").append(c.id())
                    .append(".svg\">SVG</a> · <a href=\"data/").append(c.data().id()).append(".csv\">数据 CSV</a>")
                    .append("</figcaption></figure>\n");
        }
        for (DataTable t : s.tables()) {
            table(b, t);
        }
        b.append("</section>\n");
    }

    private static void table(StringBuilder b, DataTable t) {
        b.append("<table><caption>").append(SafeOutput.html(t.title())).append("</caption>\n<tr>");
        for (String column : t.columns()) {
            b.append("<th>").append(SafeOutput.html(Labels.column(column))).append("</th>");
        }
        b.append("</tr>\n");
        int shown = Math.min(ROWS_SHOWN, t.rows().size());
        for (List<Object> row : t.rows().subList(0, shown)) {
            b.append("<tr>");
            for (Object value : row) {
                b.append(Cells.numeric(value) ? "<td class=\"n\">" : "<td>")
                        .append(SafeOutput.html(Cells.display(value))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<p class=\"more\">");
        if (t.rows().isEmpty()) {
            b.append("（无）");
        } else if (shown < t.rows().size()) {
            b.append("显示前 ").append(shown).append(" 行，共 ").append(t.rows().size()).append(" 行；");
        }
        b.append("全部数据：<a href=\"data/").append(t.id()).append(".csv\">data/").append(t.id())
                .append(".csv</a>，report.xlsx</p>\n");
    }
}
