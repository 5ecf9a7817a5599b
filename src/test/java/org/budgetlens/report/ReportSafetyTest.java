package org.budgetlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile agency names in the registry reach the report escaped, neutralised and unable to move a file. */
class ReportSafetyTest {

    static final String SCRIPT = "<script>alert('x')</script>西宁";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"点击\")";
    static final String TRAVERSAL = "../../../../tmp/逃逸/agency";

    @TempDir
    Path work;

    @Test
    void hostileNamesAreEscapedNeutralisedAndKeptInsideTheFolder() throws IOException {
        Path data = RepoData.copyTo(work.resolve("data"));
        RepoData.rewrite(data.resolve("agencies.csv"), text -> text
                .replace("\n630103-ylbzj,西宁市城中区医疗保障局,", "\n630103-ylbzj,\"" + SCRIPT + FORMULA.replace("\"", "\"\"")
                        + "\",")
                .replace("\n650104-ylbzj,乌鲁木齐高新技术产业开发区(乌鲁木齐市新市区)医疗保障局,", "\n650104-ylbzj,"
                        + TRAVERSAL + ","));
        Path db = work.resolve("w.duckdb");
        assertEquals(0, Cli.ingest(db, data).exitCode());
        Path folder = work.resolve("out/report");
        List<Path> before = files(work);
        Cli.Result run = Cli.run("--db", db.toString(), "report", "--out", folder.toString());
        assertEquals(0, run.exitCode(), run.err());

        String html = ReportFiles.text(folder.resolve("index.html"));
        assertFalse(html.contains("<script"), "the name's script tag must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;西宁"), "escaped, still readable");
        String page = ReportFiles.text(folder.resolve("agencies/630103-ylbzj.html"));
        assertFalse(page.contains("<script"), "the agency page escapes the name too");
        assertTrue(page.contains("<h2 id=\"agency-630103-ylbzj\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;西宁"),
                "the page is titled with the name, escaped");

        var rows = ReportFiles.csv(folder, "review-key-figures");
        String name = ReportFiles.row(rows, "区划代码", "630103").get("机构");
        assertEquals(SCRIPT + FORMULA, name, "a name that does not start with a formula character stays as it is");
        var ranking = ReportFiles.csv(folder, "review-execution_rate_pct");
        assertEquals(TRAVERSAL, ReportFiles.row(ranking, "区划代码", "650104").get("机构"), "kept as text");

        List<Path> outside = files(work).stream().filter(p -> !before.contains(p) && !p.startsWith(folder)).toList();
        assertEquals(List.of(), outside, "the report writes nothing outside its folder");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void formulaCellsAreNeutralisedInCsvAndWorkbook() throws IOException {
        Path data = RepoData.copyTo(work.resolve("data"));
        RepoData.rewrite(data.resolve("agencies.csv"), text -> text
                .replace("\n630103-ylbzj,西宁市城中区医疗保障局,", "\n630103-ylbzj,\"" + FORMULA.replace("\"", "\"\"")
                        + "\","));
        Path db = work.resolve("w.duckdb");
        assertEquals(0, Cli.ingest(db, data).exitCode());
        Path folder = work.resolve("report");
        assertEquals(0, Cli.run("--db", db.toString(), "report", "--out", folder.toString()).exitCode());

        var rows = ReportFiles.csv(folder, "review-key-figures");
        assertEquals("'" + FORMULA, ReportFiles.row(rows, "区划代码", "630103").get("机构"));
        try (InputStream in = Files.newInputStream(folder.resolve("report.xlsx"));
                ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getSheets().filter(s -> s.getName().equals("各机构主要数据")).findFirst()
                    .orElseThrow();
            Row row = sheet.read().stream().filter(r -> "630103".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertEquals(FORMULA, row.getCellText(0), "a text cell shows the name as written, no apostrophe");
            assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, row.getCell(0).getType(), "text, not a formula");
        }
    }

    @Test
    void cellsThatLookLikeFormulasGetAnApostropheAndNumbersStayNumbers() {
        for (String risky : List.of("=1+1", "+1+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1")) {
            assertEquals("'" + risky, Cells.csv(risky));
        }
        assertEquals("西宁", Cells.csv("西宁"));
        assertEquals("-12.34", Cells.csv(new java.math.BigDecimal("-12.34")), "a negative amount is a number");
        assertEquals("-12.34", Cells.csv("-12.34"), "text that is a plain number is not a formula either");
    }

    @Test
    void fileNamesFromNamesCannotLeaveTheFolder() {
        assertEquals("_tmp_逃逸_agency", SafeOutput.fileName("../../../../tmp/逃逸/agency"));
        assertFalse(SafeOutput.fileName("..\\..\\x").contains("."));
        assertEquals("unnamed", SafeOutput.fileName("../"));
        Path folder = work.resolve("report");
        assertThrows(IllegalArgumentException.class, () -> SafeOutput.inside(folder, "../x.csv"));
        assertThrows(IllegalArgumentException.class, () -> SafeOutput.inside(folder, "/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> SafeOutput.inside(folder, "."));
        assertEquals(folder.toAbsolutePath().resolve("a.csv"), SafeOutput.inside(folder, "a.csv"));
    }

    @Test
    void aFolderTheReportDidNotWriteIsNeverCleared() throws IOException {
        Path db = work.resolve("w.duckdb");
        assertEquals(0, Cli.ingest(db, RepoData.DATA).exitCode());
        Path foreign = work.resolve("mine");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "keep me");
        Cli.Result refused = Cli.run("--db", db.toString(), "report", "--out", foreign.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("not empty and was not written by 'budgetlens report'"), refused.err());
        assertEquals("keep me", Files.readString(foreign.resolve("notes.txt")));

        Path own = work.resolve("own");
        assertEquals(0, Cli.run("--db", db.toString(), "report", "--out", own.toString()).exitCode());
        Files.writeString(own.resolve("charts/stale.png"), "from an older report");
        assertEquals(0, Cli.run("--db", db.toString(), "report", "--out", own.toString()).exitCode());
        assertFalse(Files.exists(own.resolve("charts/stale.png")), "a rerun replaces its own files");
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksInChartLabelsOnly() {
        String name = "测试\uD83D\uDE00局\u0007";
        assertTrue(ReportFont.cannotDisplayFrom(name) >= 0, "the emoji is not in the font");
        assertEquals("测试?局?", BarLabels.drawable(name));
        assertEquals("测试?局?", new BarLabels().next(name, false));
        assertEquals("西宁市城中区医疗保障局", BarLabels.drawable("西宁市城中区医疗保障局"));
    }
}
