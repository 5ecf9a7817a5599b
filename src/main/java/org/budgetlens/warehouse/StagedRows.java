package org.budgetlens.warehouse;

/**
 * A disclosure's rows rendered for the staging files of a load ({@link Loader#stage}), so that the rendering runs
 * in the threads that parse the files and the load only appends bytes: its line items, facts and table declarations
 * under the number of its file in the run's input order; the load gives them the disclosure's key.
 */
public record StagedRows(int fileNumber, byte[] lineItems, byte[] facts, byte[] tables, int lineItemCount,
        int factCount, int tableCount) {

    /** The records these rows load: figures and table declarations. */
    public long rowCount() {
        return (long) lineItemCount + factCount + tableCount;
    }
}
