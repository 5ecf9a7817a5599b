package org.budgetlens.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetlens.RepoData;
import org.budgetlens.audit.Audit;
import org.budgetlens.extract.ExtractRun;
import org.budgetlens.extract.Registry;
import org.budgetlens.ingest.IngestRunner;
import org.budgetlens.report.ReportOptions;
import org.budgetlens.report.ReportWriter;
import org.budgetlens.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phases of the real ingest job, extraction and report tell their progress: each phase, its total, its steps. */
class PhaseProgressTest {

    @TempDir
    Path tmp;

    /** Records each phase as "name total/steps", in order. */
    static final class Recorded implements ProgressListener {
        final Map<String, long[]> phases = new LinkedHashMap<>();
        final List<String> order = new ArrayList<>();
        private long[] current;

        @Override
        public synchronized void start(String phase, long total) {
            current = new long[] {total, 0, 0};
            phases.put(phase, current);
            order.add(phase);
        }

        @Override
        public synchronized void advance(long steps) {
            current[1] += steps;
        }

        @Override
        public synchronized void done() {
            if (current != null) {
                current[2]++;
            }
            current = null;
        }

        String of(String phase) {
            long[] p = phases.get(phase);
            return p == null ? null : p[0] + " total, " + p[1] + " done, ended " + p[2];
        }
    }

    @Test
    void ingestTellsLoadMetricsAuditAndCheckpoint() throws Exception {
        Recorded progress = new Recorded();
        IngestRunner.Outcome outcome = IngestRunner.run(tmp.resolve("w.duckdb"), List.of(RepoData.DATA), 200, false,
                false, false, 256L << 20, new PrintWriter(new StringWriter()), progress);

        assertThat(outcome.completed()).isTrue();
        assertThat(progress.order).containsExactly("load", "metrics", "audit", "checkpoint");
        assertThat(progress.of("load")).isEqualTo("4 total, 4 done, ended 1");
        assertThat(progress.of("metrics")).isEqualTo("14 total, 14 done, ended 1");
        int rules = Audit.rules().size();
        assertThat(progress.of("audit")).isEqualTo(rules + " total, " + (rules - 1) + " done, ended 1");
        assertThat(progress.of("checkpoint")).isEqualTo("0 total, 0 done, ended 1");
    }

    @Test
    void ingestOfPublishedDocumentsTellsTheExtractionPerDocument() throws Exception {
        Recorded progress = new Recorded();
        IngestRunner.Outcome outcome = IngestRunner.run(tmp.resolve("w.duckdb"),
                List.of(RepoData.DATA.resolve("sources")), 200, false, false, false, 256L << 20,
                new PrintWriter(new StringWriter()), progress);

        assertThat(outcome.completed()).isTrue();
        assertThat(progress.order).startsWith("extract", "load");
        assertThat(progress.of("extract")).isEqualTo("4 total, 4 done, ended 1");
    }

    @Test
    void extractAdvancesByDocument() throws Exception {
        Recorded progress = new Recorded();
        List<Path> docs = ExtractRun.documents(List.of(RepoData.DATA.resolve("sources")));
        progress.start("extract", docs.size());
        new ExtractRun(Registry.empty(), tmp.resolve("out"), null).run(docs, progress);
        progress.done();

        assertThat(progress.of("extract")).isEqualTo("4 total, 4 done, ended 1");
    }

    @Test
    void theReportTellsEveryChartDrawnAndEveryAgencyPageWritten() throws Exception {
        Path db = tmp.resolve("w.duckdb");
        assertThat(IngestRunner.run(db, List.of(RepoData.DATA), 200, false, false, false,
                new PrintWriter(new StringWriter())).completed()).isTrue();
        Recorded progress = new Recorded();
        ReportWriter.Result result;
        try (Warehouse w = Warehouse.openReadOnly(db)) {
            result = ReportWriter.write(w.connection(), new ReportOptions(null, null, null, "final", "本级", 20,
                    tmp.resolve("report")), List.of(), progress);
        }

        assertThat(result.charts()).isEqualTo(13);
        assertThat(progress.of("report: charts")).isEqualTo("13 total, 13 done, ended 1");
        assertThat(progress.of("report: agency pages")).isEqualTo("2 total, 2 done, ended 1");
    }
}
