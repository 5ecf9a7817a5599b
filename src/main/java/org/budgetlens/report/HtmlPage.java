package org.budgetlens.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.budgetlens.progress.ProgressListener;

/**
 * The report's pages, from the templates in {@code report/templates/}: {@code index.html} (the summary first, then
 * the sections; self-contained, a subset of the bundled font inside it), {@code agencies/NAME.html} per agency with
 * {@code agencies/index.html} listing them (one font subset beside them for all), and the print page the PDF is laid
 * out from (the same content, long tables cut to their first rows, the named agencies' pages as an annex).
 */
final class HtmlPage {

    static final String TITLE = "预算公开分析报告";
    private static final String FONT_SLOT = "\u0000font\u0000";
    static final String AGENCY_FONT = "report-sans.ttf";

    private HtmlPage() {
    }

    /** The report's index page (screen: every table up to its shown rows, links to the agency pages). */
    static String index(List<String> header, Summary.View summary, List<PageView.Part> parts, boolean agencies) {
        String page = Templates.render("index", variables(header, summary, parts, false, agencies, List.of(),
                Templates.style(FONT_SLOT)));
        String font = Base64.getEncoder().encodeToString(FontSubset.forText(page));
        return page.replace(FONT_SLOT, "data:font/ttf;base64," + font);
    }

    /** The page the PDF is laid out from: no font rule (the PDF renderer embeds the font itself). */
    static String print(List<String> header, Summary.View summary, List<PageView.Part> parts,
                        List<AgencyPages.View> annex, String annexNote) {
        Map<String, Object> v = variables(header, summary, parts, true, false, annex, Templates.style(null));
        v.put("annexTitle", "附录：摘要所列机构");
        v.put("annexNote", annexNote);
        return Templates.render("index", v);
    }

    /** Writes {@code agencies/}: one page per agency, the list, and the font subset they share. */
    static int agencies(Path folder, AgencyPages pages, Map<String, List<String>> charts, ProgressListener progress)
            throws IOException {
        Files.createDirectories(folder);
        progress.start("report: agency pages", pages.agencyIds().size());
        try {
            return writeAgencies(folder, pages, charts, progress);
        } finally {
            progress.done();
        }
    }

    /**
     * Each page is written as soon as it is rendered (a province's pages need not sit in memory together); the font
     * subset they share, which they name by file, is cut last from the characters they used.
     */
    private static int writeAgencies(Path folder, AgencyPages pages, Map<String, List<String>> charts,
                                     ProgressListener progress) throws IOException {
        String style = Templates.style(AGENCY_FONT);
        BitSet used = new BitSet();
        int written = 0;
        for (String id : pages.agencyIds()) {
            String page = Templates.render("agency", Map.of("agency", pages.view(id, chartLinks(charts, id, "../")),
                    "style", style));
            page.codePoints().forEach(used::set);
            Files.writeString(SafeOutput.inside(folder, pages.file(id)), page, StandardCharsets.UTF_8);
            written++;
            progress.advance(1);
        }
        String list = Templates.render("agencies", Map.of("list", pages.listTable(), "style", style,
                "note", "每个机构一页：逐年预算与决算、指标、未执行的预算、“三公”经费构成、审核发现及其出处、公开文件。"));
        list.codePoints().forEach(used::set);
        Files.writeString(SafeOutput.inside(folder, "index.html"), list, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        used.stream().forEach(text::appendCodePoint);
        Files.write(SafeOutput.inside(folder, AGENCY_FONT), FontSubset.forText(text));
        return written;
    }

    /** The images of the agency's own charts, relative to a page in {@code up} (the report folder: ""). */
    static List<PageView.Link> chartLinks(Map<String, List<String>> charts, String agencyId, String up) {
        return charts.getOrDefault(agencyId, List.of()).stream()
                .map(id -> new PageView.Link(id, up + "charts/" + id + ".png")).toList();
    }

    private static Map<String, Object> variables(List<String> header, Summary.View summary, List<PageView.Part> parts,
                                                 boolean print, boolean agencies, List<AgencyPages.View> annex,
                                                 String style) {
        Map<String, Object> v = new HashMap<>();
        v.put("title", TITLE);
        v.put("header", header);
        v.put("summary", summary);
        v.put("parts", parts);
        v.put("print", print);
        v.put("agencies", agencies);
        v.put("annex", annex);
        v.put("style", style);
        return v;
    }
}
