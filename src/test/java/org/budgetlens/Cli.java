package org.budgetlens;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.budgetlens.cli.RootCommand;

/** Runs the real command line in-process, capturing what it prints. */
public final class Cli {

    /** What a command printed and returned. */
    public record Result(int exitCode, String out, String err) {

        /** The lines of a {@code --format csv} result, header first. */
        public List<String> lines() {
            return out.lines().toList();
        }
    }

    private Cli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = RootCommand.run(args, o, e);
        }
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code budgetlens --db DB ingest INPUTS...}. */
    public static Result ingest(Path db, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "ingest"));
        for (Path p : inputs) {
            args.add(p.toString());
        }
        return run(args.toArray(String[]::new));
    }

    /** {@code budgetlens --db DB sql --format csv STATEMENT}; fails the test if the statement fails. */
    public static List<String> sqlCsv(Path db, String statement) {
        Result r = run("--db", db.toString(), "sql", "--format", "csv", statement);
        if (r.exitCode() != 0) {
            throw new AssertionError("sql failed (" + r.exitCode() + "): " + r.err());
        }
        return r.lines();
    }

    /** The single value of a one-row, one-column query. */
    public static String sqlValue(Path db, String statement) {
        List<String> lines = sqlCsv(db, statement);
        if (lines.size() != 2) {
            throw new AssertionError("expected one row from " + statement + " but got " + lines);
        }
        try {
            List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180
                    .parse(new java.io.StringReader(lines.get(1))).getRecords();
            if (records.size() != 1 || records.get(0).size() != 1) {
                throw new AssertionError("expected one column from " + statement + " but got " + lines.get(1));
            }
            return records.get(0).get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
