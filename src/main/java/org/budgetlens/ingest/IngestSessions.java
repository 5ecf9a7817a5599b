package org.budgetlens.ingest;

import java.io.File;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.budgetlens.warehouse.WarehouseException;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Holds the session of the ingest run in progress: opened before the job from its parameters ({@code inputs},
 * {@code db}, {@code force}, {@code prune}), closed after it. Steps take the session object itself (not a scoped
 * proxy), so the worker threads that parse a chunk's files in parallel can use it.
 */
public class IngestSessions {

    private volatile IngestSession current;

    void open(JobParameters parameters) {
        List<Path> roots = Arrays.stream(parameters.getString("inputs").split(File.pathSeparator)).map(Path::of)
                .toList();
        try {
            current = new IngestSession(Path.of(parameters.getString("db")), roots,
                    Boolean.parseBoolean(parameters.getString("force", "false")),
                    Boolean.parseBoolean(parameters.getString("prune", "false")), FaultInjection.inChunk(),
                    parameters.getLong("maxFileBytes", InputScanner.DEFAULT_MAX_FILE_BYTES));
        } catch (SQLException e) {
            throw new WarehouseException("cannot start the ingest run: " + e.getMessage(), e);
        }
    }

    /** The session of the run in progress. */
    public IngestSession current() {
        IngestSession session = current;
        if (session == null) {
            throw new IllegalStateException("no ingest run in progress");
        }
        return session;
    }

    boolean isOpen() {
        return current != null;
    }

    void close() {
        IngestSession session = current;
        current = null;
        if (session != null) {
            session.close();
        }
    }
}
