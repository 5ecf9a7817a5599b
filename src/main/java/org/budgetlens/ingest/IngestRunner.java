package org.budgetlens.ingest;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.budgetlens.BatchApplication;
import org.budgetlens.progress.ProgressListener;
import org.budgetlens.warehouse.RunCounts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring Boot application and runs the ingest job once, with its inputs as job parameters. */
public final class IngestRunner {

    /** What a run did: its id, counts and how long its phases took, or why it failed. */
    public record Outcome(BatchStatus status, int runId, RunCounts counts, List<String> failures, Phases phases,
            Derived derived, FileReport files, List<DroppedInputs.Dropped> dropped,
            List<DroppedInputs.Dropped> passedOver) {

        public boolean completed() {
            return status == BatchStatus.COMPLETED && counts != null;
        }
    }

    /**
     * Whether the run rebuilt the stored metrics and ran the audit (each only when the warehouse's generations said
     * it was behind the data), and the generation of the data they are now computed from.
     */
    public record Derived(boolean metricsRebuilt, boolean audited, long dataGeneration) {
    }

    /** A disclosure and the input file it came from (its CSV, or the document its CSV was extracted from). */
    public record FileDisclosure(String file, String disclosureId) {
    }

    /**
     * The disclosures of the inputs that are not simply loaded or unchanged: kept at their previous version because
     * their file was rejected this time; whose file is gone (removed by this run when {@code goneRemoved}, with
     * --prune); and the files found renamed, whose bookkeeping moved instead of loading them again.
     */
    public record FileReport(List<FileDisclosure> kept, List<FileDisclosure> gone, boolean goneRemoved,
            List<org.budgetlens.warehouse.Loader.Move> moved) {
    }

    /**
     * Wall time of a run's phases: reading, validating and loading the files (the registry and disclosure steps;
     * extracting raw text documents, when there are any, is not counted),
     * rebuilding the stored metrics, the audit, and writing the loaded data from DuckDB's log into its file.
     */
    public record Phases(long loadMillis, long metricsMillis, long auditMillis, long checkpointMillis) {
    }

    private IngestRunner() {
    }

    /**
     * Runs the ingest job: {@code force} reads every file again, {@code prune} removes the disclosures whose file is
     * gone from the given folders.
     */
    public static Outcome run(Path db, List<Path> inputs, int chunkSize, boolean force, boolean prune,
            boolean verbose, PrintWriter err) throws Exception {
        return run(db, inputs, chunkSize, force, prune, verbose, InputScanner.DEFAULT_MAX_FILE_BYTES, err);
    }

    /**
     * As {@link #run(Path, List, int, boolean, boolean, boolean, PrintWriter)}; input files over {@code maxFileBytes}
     * are dropped.
     */
    public static Outcome run(Path db, List<Path> inputs, int chunkSize, boolean force, boolean prune,
            boolean verbose, long maxFileBytes, PrintWriter err) throws Exception {
        return run(db, inputs, chunkSize, force, prune, verbose, maxFileBytes, err, ProgressListener.NONE);
    }

    /**
     * As {@link #run(Path, List, int, boolean, boolean, boolean, long, PrintWriter)}, telling {@code progress} how each
     * phase advances: extract (documents), load (files), metrics (scripts), audit (rules), checkpoint.
     */
    @SuppressWarnings("unchecked")
    public static Outcome run(Path db, List<Path> inputs, int chunkSize, boolean force, boolean prune,
            boolean verbose, long maxFileBytes, PrintWriter err, ProgressListener progress) throws Exception {
        SpringApplicationBuilder app = new SpringApplicationBuilder(BatchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.batch.job.enabled=false", "logging.level.root=ERROR",
                        "logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.boot.diagnostics=OFF",
                        "logging.level.org.springframework.batch=OFF",
                        "spring.main.register-shutdown-hook=false")
                .initializers(context -> context.getBeanFactory().registerSingleton("ingestConsole",
                        new IngestJobConfig.IngestConsole(err, verbose, progress)));
        try (ConfigurableApplicationContext context = app.run()) {
            JobOperator operator = context.getBean(JobOperator.class);
            Job job = context.getBean(IngestJobConfig.JOB_NAME + "Job", Job.class);
            JobParameters parameters = new JobParametersBuilder()
                    .addString("inputs", String.join(File.pathSeparator, inputs.stream().map(Path::toString).toList()))
                    .addString("db", db.toString())
                    .addLong("chunkSize", (long) chunkSize)
                    .addString("force", Boolean.toString(force))
                    .addString("prune", Boolean.toString(prune))
                    .addLong("maxFileBytes", maxFileBytes)
                    .addLong("launched", System.nanoTime())
                    .toJobParameters();
            JobExecution execution = operator.start(job, parameters);
            var results = execution.getExecutionContext();
            return new Outcome(execution.getStatus(), results.getInt(IngestJobConfig.RUN_ID, 0),
                    (RunCounts) results.get(IngestJobConfig.COUNTS),
                    execution.getAllFailureExceptions().stream().map(IngestRunner::message).toList(),
                    phases(execution), (Derived) results.get(IngestJobConfig.DERIVED),
                    (FileReport) results.get(IngestJobConfig.FILES),
                    (List<DroppedInputs.Dropped>) results.get(IngestJobConfig.DROPPED, List.class, List.of()),
                    (List<DroppedInputs.Dropped>) results.get(IngestJobConfig.PASSED_OVER, List.class, List.of()));
        }
    }

    /**
     * A failure with the messages of its causes: Spring Batch wraps what failed in a chunk as "Unable to process
     * chunk", which alone says nothing (a full disk, say, is in the cause).
     */
    static String message(Throwable failure) {
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
        for (Throwable t = failure; t != null && parts.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && parts.stream().noneMatch(p -> p.contains(m))) {
                parts.add(m);
            }
        }
        return parts.isEmpty() ? failure.toString() : String.join(": ", parts);
    }

    private static Phases phases(JobExecution execution) {
        long load = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            boolean loading = !step.getStepName().equals("finish") && !step.getStepName().equals("extract");
            if (loading && step.getStartTime() != null && step.getEndTime() != null) {
                load += Duration.between(step.getStartTime(), step.getEndTime()).toMillis();
            }
        }
        var results = execution.getExecutionContext();
        load += results.getLong(IngestJobConfig.LAST_LOAD_MILLIS, 0);
        return new Phases(load, results.getLong(IngestJobConfig.METRICS_MILLIS, 0),
                results.getLong(IngestJobConfig.AUDIT_MILLIS, 0), results.getLong(IngestJobConfig.CHECKPOINT_MILLIS, 0));
    }
}
