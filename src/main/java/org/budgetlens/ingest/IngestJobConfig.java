package org.budgetlens.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;

import org.budgetlens.progress.ProgressListener;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: raw documents no CSV cites are extracted ({@link RawDisclosures}), then agency registries, then
 * disclosure files (item = one file; a chunk of files is loaded into DuckDB in one transaction), then the stored
 * metrics are rebuilt and the audit is run if the data changed since they were computed ({@link FinishStep}), and the
 * run is recorded. Job parameters:
 * {@code inputs} (folders, joined with the path separator), {@code db}, {@code chunkSize}, {@code rejects} (report
 * file), {@code force}, {@code prune}.
 */
@Configuration
public class IngestJobConfig {

    public static final String JOB_NAME = "ingest";

    /** Keys of the results left in the job's execution context. */
    public static final String RUN_ID = "runId";
    public static final String COUNTS = "counts";
    /** Whether the run rebuilt the stored metrics and ran the audit ({@link IngestRunner.Derived}). */
    public static final String DERIVED = "derived";
    /** The disclosures kept, gone or moved ({@link IngestRunner.FileReport}). */
    public static final String FILES = "files";
    public static final String METRICS_MILLIS = "metricsMillis";
    public static final String AUDIT_MILLIS = "auditMillis";
    public static final String CHECKPOINT_MILLIS = "checkpointMillis";
    /** The wait for the last chunk's load, which runs on after the disclosure step: part of the load phase. */
    public static final String LAST_LOAD_MILLIS = "lastLoadMillis";
    /** The inputs that could not be read, and those passed over (read under another path): see DroppedInputs. */
    public static final String DROPPED = "dropped";
    public static final String PASSED_OVER = "passedOver";

    /**
     * The job's chunk transactions hold no resource: each chunk's DuckDB writes are one transaction of the
     * {@link org.budgetlens.warehouse.Loader}, committed in the writer, so a chunk is in the warehouse whole or not
     * at all.
     */
    @Bean
    public PlatformTransactionManager transactionManager() {
        return new ResourcelessTransactionManager();
    }

    @Bean
    public IngestSessions ingestSessions() {
        return new IngestSessions();
    }

    @Bean
    public Job ingestJob(JobRepository jobRepository, Step extractStep, Step registryStep, Step disclosureStep,
            Step finishStep, JobExecutionListener ingestRunListener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(extractStep)
                .next(registryStep)
                .next(disclosureStep)
                .next(finishStep)
                .listener(ingestRunListener)
                .build();
    }

    /** Raw *.txt disclosures no CSV cites are extracted first; their CSVs join the inputs (RawDisclosures). */
    @Bean
    public Step extractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestSessions ingestSessions, ObjectProvider<IngestConsole> console) {
        return new StepBuilder("extract", jobRepository)
                .tasklet((contribution, context) -> {
                    IngestConsole out = console.getIfAvailable(IngestConsole::stderr);
                    ingestSessions.current().extractRawDisclosures(out.err(), out.progress());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    @JobScope
    public Step registryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestSessions ingestSessions) {
        IngestSession session = ingestSessions.current();
        return new StepBuilder("registries", jobRepository)
                .<Path, ParsedRegistry>chunk(1)
                .reader(new ListItemReader<>(session.inputs().registries()))
                .processor(RegistryStep.processor(session))
                .writer(RegistryStep.writer(session))
                .transactionManager(transactionManager)
                .build();
    }

    @Bean
    @JobScope
    public Step disclosureStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestSessions ingestSessions, @Value("#{jobParameters['chunkSize'] ?: 200}") Long chunkSize,
            ObjectProvider<IngestConsole> console, ThreadPoolTaskExecutor ingestExecutor) {
        IngestConsole out = console.getIfAvailable(IngestConsole::stderr);
        IngestSession session = ingestSessions.current();
        Progress progress = new Progress(session, out.err(), out.verbose(), out.progress());
        return new StepBuilder("disclosures", jobRepository)
                .<Path, ParsedDisclosure>chunk(chunkSize.intValue())
                .reader(new ListItemReader<>(session.inputs().csvFiles()))
                .processor(new DisclosureProcessor(session, session.inputs().csvFiles()))
                .writer(new DisclosureWriter(session, progress))
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        progress.started();
                    }
                })
                .taskExecutor(ingestExecutor)
                .transactionManager(transactionManager)
                .build();
    }

    /** Parses the files of a chunk in parallel, one thread per core; results keep the files' order. */
    @Bean
    public ThreadPoolTaskExecutor ingestExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(Runtime.getRuntime().availableProcessors());
        executor.setThreadNamePrefix("ingest-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    public Step finishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestSessions ingestSessions, ObjectProvider<IngestConsole> console) {
        return new StepBuilder("finish", jobRepository)
                .tasklet((contribution, context) -> {
                    IngestSession ingestSession = ingestSessions.current();
                    FinishStep.Finished finished = FinishStep.run(ingestSession,
                            console.getIfAvailable(IngestConsole::stderr).progress());
                    var jobContext = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
                    jobContext.put(RUN_ID, ingestSession.runId());
                    jobContext.put(COUNTS, ingestSession.counts());
                    jobContext.put(DERIVED, finished.derived());
                    jobContext.put(FILES, finished.files());
                    jobContext.putLong(LAST_LOAD_MILLIS, finished.lastLoadMillis());
                    jobContext.putLong(METRICS_MILLIS, finished.metricsMillis());
                    jobContext.putLong(AUDIT_MILLIS, finished.auditMillis());
                    jobContext.putLong(CHECKPOINT_MILLIS, finished.checkpointMillis());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** Opens the run's session; afterwards marks a failed run as such and closes the warehouse whatever happened. */
    @Bean
    public JobExecutionListener ingestRunListener(IngestSessions ingestSessions) {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution jobExecution) {
                ingestSessions.open(jobExecution.getJobParameters());
            }

            @Override
            public void afterJob(JobExecution jobExecution) {
                if (!ingestSessions.isOpen()) {
                    return;
                }
                IngestSession ingestSession = ingestSessions.current();
                jobExecution.getExecutionContext().put(DROPPED,
                        new java.util.ArrayList<>(ingestSession.inputs().dropped().dropped()));
                jobExecution.getExecutionContext().put(PASSED_OVER,
                        new java.util.ArrayList<>(ingestSession.inputs().dropped().passedOver()));
                try {
                    if (!jobExecution.getExecutionContext().containsKey(COUNTS)) {
                        Exception loadFailure = ingestSession.loads().awaitUninterruptibly();
                        if (loadFailure != null) {
                            jobExecution.addFailureException(loadFailure);
                        }
                        ingestSession.loader().finishRun(ingestSession.runId(), "failed", ingestSession.counts());
                        jobExecution.getExecutionContext().put(RUN_ID, ingestSession.runId());
                        jobExecution.getExecutionContext().put(COUNTS, ingestSession.counts());
                    }
                } catch (SQLException | RuntimeException e) {
                    jobExecution.addFailureException(e);
                } finally {
                    ingestSessions.close();
                }
            }
        };
    }

    /**
     * Where the job reports: its messages to {@code err} (a line per chunk when {@code verbose}), how its phases
     * advance (extract, load, metrics, audit, checkpoint) to {@code progress}. The CLI registers its own, tests may
     * too.
     */
    public record IngestConsole(PrintWriter err, boolean verbose, ProgressListener progress) {

        public IngestConsole(PrintWriter err, boolean verbose) {
            this(err, verbose, ProgressListener.NONE);
        }

        static IngestConsole stderr() {
            return new IngestConsole(new PrintWriter(System.err, true), false);
        }
    }
}
