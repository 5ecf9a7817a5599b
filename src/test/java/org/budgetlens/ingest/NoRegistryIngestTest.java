package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of published documents and nothing else: every disclosure loads under the region, level, scope, year and
 * kind the documents show, with no registry; a generated province loads whole, its answer key passed over.
 */
class NoRegistryIngestTest {

    @TempDir
    Path tmp;

    @Test
    void theSeedTextsInAnEmptyFolderLoadUnderTheirRegions() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> seeds = Files.list(RepoData.DATA.resolve("sources"))) {
            for (Path s : seeds.toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        Path db = tmp.resolve("w.duckdb");

        Cli.Result r = Cli.ingest(db, in);

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("+ 0 rejected");
        String rows = Cli.sqlValue(db, "SELECT string_agg(d.disclosure_id.split('/')[2] || '/' || d.disclosure_id"
                + ".split('/')[3] || ' ' || a.region_code || ' ' || a.admin_level || ' ' || a.scope || ' ' || a.sector,"
                + " '; ' ORDER BY a.region_code, d.fiscal_year, d.kind) FROM disclosures d JOIN agencies a USING "
                + "(agency_id)");
        assertThat(rows).isEqualTo("2024/final 630103 county 本级 医疗保障; 2022/budget 650100 city 汇总 医疗保障; "
                + "2023/performance 650104 county 本级 医疗保障; 2024/final 650104 county 本级 医疗保障");
        assertThat(Cli.sqlValue(db, "SELECT count(DISTINCT agency_id) FROM disclosures WHERE agency_id LIKE '650104-%'"))
                .as("one agency across its final account and its performance report").isEqualTo("1");
    }

    @Test
    void aGeneratedProvinceLoadsWholeAndItsAnswerKeyIsPassedOver() throws Exception {
        Path out = tmp.resolve("prov");
        Cli.Result g = Cli.run("generate", "--agencies", "4", "--years", "1", "--defect-rate", "1", "--out",
                out.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        Path db = tmp.resolve("w.duckdb");

        Cli.Result empty = Cli.run("--db", db.toString(), "ingest", out.resolve("agencies.csv").toString());
        assertThat(empty.exitCode()).as(empty.out() + empty.err()).isZero();
        Cli.Result none = Cli.run("--db", db.toString(), "score", "--answer-key",
                out.resolve("answer-key.csv").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("holds none of the answer key's");

        Cli.Result r = Cli.ingest(db, out);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("+ 0 rejected").contains("passed over: ").contains("answer-key.csv");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM disclosures")).isEqualTo("8");
    }

    @Test
    void rejectedRecordsExitThreeAndSayTheFixInOneLine() throws Exception {
        Path in = tmp.resolve("bad");
        Files.createDirectories(in);
        Files.copy(RepoData.DATA.resolve("agencies.csv"), in.resolve("agencies.csv"));
        Files.writeString(in.resolve("x.csv"), "# budgetlens-disclosure: 1\n# agency_id: 630103-ylbzj\n"
                + "# fiscal_year: 2024\n# kind: final\n# source_doc: x.txt\n"
                + "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,section,source_line,note\n"
                + "gpb_expenditure,2101103,公务员医疗补助,,total,,,404.66,万元,table,,1,\n"
                + "gpb_expenditure,2101103,公务员医疗补助,,total,,,12.5万,万元,table,,2,\n");
        Cli.Result r = Cli.ingest(tmp.resolve("w.duckdb"), in);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).containsPattern("exit 3: 1 record\\(s\\) rejected, listed with file, line and reason in "
                + ".*; fix them there and run the same command again");
    }
}
