package org.budgetlens.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.budgetlens.model.Kind;

/**
 * Writes the synthetic province: the registry, every agency's 预算 and 决算 for each year, and the answer key of the
 * planted defects. Streams agency by agency (only the registry and the agencies in flight are in memory); agencies
 * are generated on all cores, the answer key is written in registry order, so the output depends only on the options.
 */
public final class Generator {

    /** What to generate. */
    public record Options(int agencies, int years, int firstYear, long seed, double defectRate, Path out) {
    }

    /** What was written. */
    public record Result(int agencies, long disclosures, long rows, long defects, double seconds) {
    }

    private record Planted(String file, Agency agency, int year, Kind kind, PlantedDefect defect) {
    }

    private record AgencyOutput(long disclosures, long rows, List<Planted> defects) {
    }

    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    private final Options options;

    public Generator(Options options) {
        this.options = options;
    }

    /** Generates everything; progress lines (for long runs) go to progress, null for none. */
    public Result run(PrintWriter progress) throws IOException {
        long start = System.nanoTime();
        List<Agency> agencies = Registry.first(options.agencies());
        Files.createDirectories(options.out());
        RegistryFile.write(options.out().resolve("agencies.csv"), agencies);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Futures.daemonPool("generate");
        long disclosures = 0;
        long rows = 0;
        long defects = 0;
        long lastReport = start;
        try (Writer key = Files.newBufferedWriter(options.out().resolve(AnswerKey.FILE), StandardCharsets.UTF_8)) {
            AnswerKey.writeHeader(key);
            ArrayDeque<Future<AgencyOutput>> inFlight = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < agencies.size(); done++) {
                while (next < agencies.size() && inFlight.size() < threads * 4) {
                    Agency a = agencies.get(next++);
                    inFlight.add(pool.submit(() -> agency(a)));
                }
                AgencyOutput o = Futures.take(inFlight.poll());
                disclosures += o.disclosures();
                rows += o.rows();
                for (Planted p : o.defects()) {
                    AnswerKey.write(key, p.file(), p.agency(), p.year(), p.kind().id(), p.defect());
                    defects++;
                }
                long now = System.nanoTime();
                if (progress != null && now - lastReport > REPORT_EVERY_NANOS) {
                    lastReport = now;
                    progress.printf(Locale.ROOT, "generate: %,d of %,d agencies, %,d files, %,d rows, %.1f s%n",
                            done + 1, agencies.size(), disclosures, rows, (System.nanoTime() - start) / 1e9);
                    progress.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(agencies.size(), disclosures, rows, defects, (System.nanoTime() - start) / 1e9);
    }


    /** All years of one agency: budget then final, each built, possibly given a defect, written. */
    private AgencyOutput agency(Agency agency) {
        try {
            Path dir = options.out().resolve(agency.folder());
            Files.createDirectories(dir);
            Economy economy = new Economy(agency, options.seed());
            SplittableRandom defectRng = new SplittableRandom(options.seed() * 0xD1B54A32D192ED03L
                    + agency.index() * 0x94D049BB133111EBL + 7);
            StringBuilder buffer = new StringBuilder(1 << 16);
            List<Planted> planted = new ArrayList<>();
            long rows = 0;
            Economy.Year prior = null;
            for (int y = 0; y < options.years(); y++) {
                Economy.Year year = economy.next(options.firstYear() + y);
                for (Kind kind : new Kind[] {Kind.BUDGET, Kind.FINAL}) {
                    Ledger ledger = kind == Kind.BUDGET ? year.budget() : year.fin();
                    Ledger last = prior == null ? null : kind == Kind.BUDGET ? prior.budget() : prior.fin();
                    Rows r = new Rows();
                    Tables tables = new Tables(r, agency, ledger, year.budget(), kind);
                    tables.all();
                    new Narrative(r, agency, ledger, year.budget(), last, kind).all(tables.gpbIncome());
                    String name = DisclosureFile.fileName(year.year(), kind);
                    if (defectRng.nextDouble() < options.defectRate()) {
                        PlantedDefect d = new Defects(r.list, kind, defectRng).plant();
                        planted.add(new Planted(agency.folder() + "/" + name, agency, year.year(), kind, d));
                    }
                    DisclosureFile.write(dir.resolve(name), agency, year.year(), kind, options.seed(), r.list, buffer);
                    rows += r.list.size();
                }
                prior = year;
            }
            return new AgencyOutput(2L * options.years(), rows, planted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
