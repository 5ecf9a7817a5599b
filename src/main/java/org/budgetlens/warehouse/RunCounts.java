package org.budgetlens.warehouse;

/** The counts of one ingest run. records_read = records_loaded + records_rejected. */
public record RunCounts(long filesFound, long filesLoaded, long filesUnchanged, long filesRejected, long recordsRead,
        long recordsLoaded, long recordsRejected) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0);

    public RunCounts plus(RunCounts o) {
        return new RunCounts(filesFound + o.filesFound, filesLoaded + o.filesLoaded, filesUnchanged + o.filesUnchanged,
                filesRejected + o.filesRejected, recordsRead + o.recordsRead, recordsLoaded + o.recordsLoaded,
                recordsRejected + o.recordsRejected);
    }
}
