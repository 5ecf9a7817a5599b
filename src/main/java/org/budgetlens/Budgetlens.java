package org.budgetlens;

import java.io.PrintWriter;
import java.time.Instant;

import org.budgetlens.cli.RootCommand;
import org.budgetlens.files.TempFiles;
import org.budgetlens.warehouse.NativeLibrary;

/** Entry point: {@code java -jar target/budgetlens.jar [--db FILE] COMMAND ...}. */
public final class Budgetlens {

    private Budgetlens() {
    }

    public static void main(String[] args) {
        // what killed runs left in the temp dir: their temp folders, DuckDB's unpacked native library
        TempFiles.removeStale();
        NativeLibrary.removeStaleCopies(TempFiles.systemTempDir(), Instant.now());
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = RootCommand.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
