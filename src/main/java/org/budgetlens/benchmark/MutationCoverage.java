package org.budgetlens.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.budgetlens.files.Folders;
import org.budgetlens.generate.Generator;
import org.budgetlens.ingest.IngestRunner;
import org.budgetlens.warehouse.Warehouse;

/**
 * What the audit misses, measured by mutation: clean generated disclosures (a 预算 and a 决算 of each agency), and
 * every figure of them perturbed one at a time (by a cent, one digit, × 10, its sign, two adjacent digits swapped),
 * each perturbation in a copy of its own disclosure under an agency id of its own (with that agency's clean
 * disclosures of the year before, which the cross-year rule compares with), all loaded and audited by the ingest
 * job in one warehouse. A perturbation is <em>named</em> when a finding on its copy cites the perturbed figure
 * (its table, line and measure, and detail if it has one, in the finding's subject or evidence). A figure is
 * <em>read by a rule</em> when some perturbation of it changed any audit check of its copy (status, figures read or
 * evidence) against the clean copy's: the set is the rules' own, derived from what they do, not a list.
 */
public final class MutationCoverage {

    /** How a figure is perturbed. */
    public enum Perturbation {
        CENT("a cent (one unit of the last stated digit)"),
        DIGIT("one digit ±1 (a position worth at least 0.1)"),
        TIMES_TEN("× 10"),
        SIGN("sign flipped"),
        SWAP("two adjacent digits swapped");

        private final String label;

        Perturbation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The id on the command line: cent, digit, times-ten, sign, swap. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Perturbation of(String id) {
            for (Perturbation p : values()) {
                if (p.id().equals(id)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown perturbation " + id + " (cent, digit, times-ten, sign, swap)");
        }

        /** The perturbed value as it would be published, or null when this perturbation leaves it unchanged. */
        String apply(String value, long salt) {
            BigDecimal v = new BigDecimal(value);
            int scale = Math.max(0, v.scale());
            v = v.setScale(scale);
            boolean zero = v.signum() == 0;
            return switch (this) {
                case CENT -> v.add(BigDecimal.ONE.movePointLeft(scale)).toPlainString();
                case TIMES_TEN -> zero ? null : v.multiply(BigDecimal.TEN).toPlainString();
                case SIGN -> zero ? null : v.negate().toPlainString();
                case DIGIT, SWAP -> digits(v, scale, salt);
            };
        }

        private String digits(BigDecimal v, int scale, long salt) {
            StringBuilder d = new StringBuilder(v.unscaledValue().abs().toString());
            while (d.length() < scale + 1) {
                d.insert(0, '0');
            }
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < d.length(); i++) {
                int place = d.length() - 1 - i - scale; // power of ten of position i
                if (this == DIGIT && (place >= -1 || scale == 0)) {
                    positions.add(i);
                } else if (this == SWAP && i + 1 < d.length() && d.charAt(i) != d.charAt(i + 1)) {
                    positions.add(i);
                }
            }
            if (positions.isEmpty()) {
                return null;
            }
            int i = positions.get(new SplittableRandom(salt).nextInt(positions.size()));
            if (this == DIGIT) {
                char c = d.charAt(i);
                d.setCharAt(i, c == '9' ? '8' : (char) (c + 1));
            } else {
                char c = d.charAt(i);
                d.setCharAt(i, d.charAt(i + 1));
                d.setCharAt(i + 1, c);
            }
            BigInteger unscaled = new BigInteger(d.toString());
            return new BigDecimal(v.signum() < 0 ? unscaled.negate() : unscaled, scale).toPlainString();
        }
    }

    /** A figure of a clean disclosure: one record of its file (a table cell, or a statement of its narrative). */
    public record Figure(String kind, String table, String line, String detail, String measure, String stat,
            String origin) {

        /** table.line.measure, with [detail], stat and (narrative) where they apply. */
        public String id() {
            return label(line);
        }

        /** The same with a classification code written as its kind (3-digit code), to group figures across agencies. */
        public String pattern() {
            return label(line.matches("\\d+") ? "<" + line.length() + "-digit code>" : line);
        }

        private String label(String l) {
            return table + "." + l + "." + measure + (detail.isEmpty() ? "" : " [detail]")
                    + (stat.isEmpty() ? "" : " " + stat) + ("narrative".equals(origin) ? " (narrative)" : "");
        }
    }

    /**
     * One perturbation and what came of it.
     *
     * @param changed the audit of its copy differs from the clean copy's in some check (a rule read the figure)
     * @param named   a finding on its copy cites the figure
     * @param flagged its copy has findings at all
     * @param refused ingest refused the perturbed record (validation caught it before the audit)
     */
    public record Outcome(String source, Figure figure, Perturbation perturbation, String original, String mutated,
            boolean changed, boolean named, boolean flagged, boolean refused) {

        public boolean found() {
            return named || refused;
        }
    }

    /**
     * The run.
     *
     * @param sources          clean disclosures perturbed
     * @param figures          their figures
     * @param disclosures      disclosure files loaded (copies and their years before)
     * @param cleanFindings    findings on the disclosures nothing was done to (clean copies, years before)
     * @param read             ids (source disclosure + figure id) of the figures some rule reads
     */
    public record Result(String description, List<Perturbation> perturbations, int sources, int figures,
            int disclosures, long records, double seconds, long cleanFindings, int cleanDisclosures,
            List<Outcome> outcomes, Set<String> read) {

        public boolean isRead(Outcome o) {
            return read.contains(o.source() + " " + o.figure().id());
        }
    }

    private record Source(String agencyId, String kind, List<String> lines, List<Integer> figureLines,
            List<Figure> figures, List<String> values) {
    }

    private record Mutation(Source source, int figure, Perturbation perturbation, String value) {
    }

    private static final String AGENCY = "# agency_id: ";

    private MutationCoverage() {
    }

    /**
     * Generates {@code agencies} agencies × two years (no defects), perturbs every figure of each agency's second-year
     * 预算 and 决算, loads and audits every copy in {@code work}/mutation.duckdb, and judges each perturbation.
     */
    public static Result run(Path work, int agencies, long seed, List<Perturbation> perturbations, PrintWriter log)
            throws Exception {
        long t0 = System.nanoTime();
        Path generated = work.resolve("mutation-generated");
        Folders.deleteTree(generated);
        int year = 2024;
        log.printf(Locale.ROOT, "mutation: generating %d agencies × 2 years (seed %d, no defects) ...%n", agencies,
                seed);
        log.flush();
        new Generator(new Generator.Options(agencies, 2, year - 1, seed, 0.0, generated)).run(null);
        List<Path> agencyDirs;
        try (Stream<Path> walk = Files.walk(generated.resolve("qinghai"))) {
            agencyDirs = walk.filter(p -> Files.isRegularFile(p.resolve(year + "-final.csv"))).sorted().toList();
        }
        Path copies = work.resolve("mutation-copies");
        Folders.deleteTree(copies);
        Path disclosuresDir = copies.resolve("d");
        Files.createDirectories(disclosuresDir);
        Map<String, CSVRecord> registry = registry(generated.resolve("agencies.csv"));
        List<String> registryHeader = registryHeader(generated.resolve("agencies.csv"));
        Map<String, Mutation> byDisclosure = new HashMap<>();
        Map<String, String> cleanOf = new HashMap<>();
        Set<String> clean = new HashSet<>();
        int sources = 0;
        int figures = 0;
        int files = 0;
        try (Writer out = Files.newBufferedWriter(copies.resolve("agencies.csv"), StandardCharsets.UTF_8);
                CSVPrinter reg = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                        .setHeader(registryHeader.toArray(String[]::new)).setRecordSeparator('\n').get())) {
            for (Path dir : agencyDirs) {
                String agency = dir.getFileName().toString();
                Map<String, Source> current = new LinkedHashMap<>();
                Map<String, List<String>> prior = new LinkedHashMap<>();
                Map<String, List<Mutation>> mutations = new LinkedHashMap<>();
                for (String kind : new String[] {"budget", "final"}) {
                    Source s = source(agency, kind, Files.readAllLines(dir.resolve(year + "-" + kind + ".csv")));
                    current.put(kind, s);
                    prior.put(kind, Files.readAllLines(dir.resolve((year - 1) + "-" + kind + ".csv")));
                    mutations.put(kind, mutations(s, perturbations));
                    sources++;
                    figures += s.figures().size();
                }
                int copiesOfAgency = mutations.values().stream().mapToInt(List::size).max().orElse(0);
                for (int k = 0; k <= copiesOfAgency; k++) {
                    String id = agency + String.format(Locale.ROOT, "-m%05d", k);
                    List<String> values = new ArrayList<>(registry.get(agency).toList());
                    values.set(registryHeader.indexOf("agency_id"), id);
                    reg.printRecord(values);
                    Path target = disclosuresDir.resolve(id);
                    Files.createDirectories(target);
                    for (String kind : current.keySet()) {
                        List<Mutation> m = mutations.get(kind);
                        if (k > 0 && k > m.size()) {
                            continue;
                        }
                        Source s = current.get(kind);
                        String disclosure = id + "/" + year + "/" + kind;
                        List<String> lines = new ArrayList<>(s.lines());
                        if (k == 0) {
                            clean.add(disclosure);
                        } else {
                            Mutation mutation = m.get(k - 1);
                            int at = s.figureLines().get(mutation.figure());
                            lines.set(at, withValue(lines.get(at), mutation.value()));
                            byDisclosure.put(disclosure, mutation);
                            cleanOf.put(disclosure, agency + "-m00000/" + year + "/" + kind);
                        }
                        write(target.resolve(year + "-" + kind + ".csv"), lines, agency, id);
                        write(target.resolve((year - 1) + "-" + kind + ".csv"), prior.get(kind), agency, id);
                        clean.add(id + "/" + (year - 1) + "/" + kind);
                        files += 2;
                    }
                }
            }
        }
        log.printf(Locale.ROOT, "mutation: %,d perturbations of %,d figures in %d disclosures; ingest and audit of "
                + "%,d files ...%n", byDisclosure.size(), figures, sources, files);
        log.flush();
        Path db = work.resolve("mutation.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        IngestRunner.Outcome ingest = IngestRunner.run(db, List.of(copies.resolve("agencies.csv"), disclosuresDir),
                200, false, false, false, new PrintWriter(new StringWriter()));
        if (!ingest.completed()) {
            throw new IllegalStateException("the mutation run's ingest did not complete: " + ingest);
        }
        Map<String, String> fingerprints = new HashMap<>();
        Map<String, List<String[]>> findings = new HashMap<>();
        Set<String> refused = new HashSet<>();
        try (Warehouse w = Warehouse.openReadOnly(db)) {
            for (String[] r : w.query("benchmark/mutation_fingerprints.sql",
                    r -> new String[] {r.getString(1), r.getString(2)})) {
                fingerprints.put(r[0], r[1]);
            }
            for (String[] r : w.query("benchmark/mutation_findings.sql",
                    r -> new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)})) {
                findings.computeIfAbsent(r[0], d -> new ArrayList<>()).add(r);
            }
            refused.addAll(w.query("benchmark/mutation_rejects.sql", r -> r.getString(1)));
        }
        long cleanFindings = clean.stream().mapToLong(d -> findings.getOrDefault(d, List.of()).size()).sum();
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (var e : byDisclosure.entrySet()) {
            Mutation m = e.getValue();
            Figure f = m.source().figures().get(m.figure());
            String sourceId = m.source().agencyId() + "/" + year + "/" + m.source().kind();
            List<String[]> found = findings.getOrDefault(e.getKey(), List.of());
            boolean changed = !java.util.Objects.equals(fingerprints.get(e.getKey()),
                    fingerprints.get(cleanOf.get(e.getKey())));
            boolean named = found.stream().anyMatch(r -> cites(r[2], r[3], f));
            boolean isRefused = refused.contains(e.getKey());
            outcomes.add(new Outcome(sourceId, f, m.perturbation(), m.source().values().get(m.figure()), m.value(),
                    changed && !isRefused, named, !found.isEmpty(), isRefused));
            if (changed && !isRefused) {
                read.add(sourceId + " " + f.id());
            }
        }
        outcomes.sort(java.util.Comparator.comparing(Outcome::source)
                .thenComparing((Outcome o) -> o.figure().id()).thenComparing(Outcome::perturbation));
        String description = String.format(Locale.ROOT, "generated 青海省, the first %d agencies' %d 预算 and 决算 "
                + "(seed %d)", agencies, year, seed);
        return new Result(description, List.copyOf(perturbations), sources, figures, files,
                ingest.counts().recordsRead(), (System.nanoTime() - t0) / 1e9, cleanFindings, clean.size(),
                List.copyOf(outcomes), Set.copyOf(read));
    }

    /**
     * Whether a finding cites a figure: its subject or evidence (the figures' own source references left out)
     * names the figure's table, line and measure, and its detail where it has one.
     */
    static boolean cites(String subject, String evidence, Figure f) {
        String text = (subject + " " + evidence).replaceAll("\\(line \\d+[^)]*\\)", " ");
        Set<String> tokens = new HashSet<>(Arrays.asList(text.split("[\\s.:+÷=<>,\\[\\]()]+")));
        return tokens.contains(f.table()) && tokens.contains(f.line()) && tokens.contains(f.measure())
                && (f.detail().isEmpty() || text.contains(f.detail()));
    }

    private static Source source(String agency, String kind, List<String> lines) throws IOException {
        List<Integer> at = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<String> values = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            CSVRecord r = parse(line);
            String value = r.get(7);
            if (r.get(1).equals("_table") || value.isBlank() || !value.matches("-?\\d+(\\.\\d+)?")) {
                continue;
            }
            at.add(i);
            figures.add(new Figure(kind, r.get(0), r.get(1), r.get(3), r.get(4), r.get(5), r.get(9)));
            values.add(value);
        }
        return new Source(agency, kind, List.copyOf(lines), at, figures, values);
    }

    private static List<Mutation> mutations(Source s, List<Perturbation> perturbations) {
        List<Mutation> list = new ArrayList<>();
        for (int i = 0; i < s.figures().size(); i++) {
            for (Perturbation p : perturbations) {
                String key = s.kind() + " " + s.figures().get(i).id() + " " + p.id();
                String mutated = p.apply(s.values().get(i), key.hashCode() * 0x9E3779B97F4A7C15L);
                if (mutated != null && new BigDecimal(mutated).compareTo(new BigDecimal(s.values().get(i))) != 0) {
                    list.add(new Mutation(s, i, p, mutated));
                }
            }
        }
        return list;
    }

    private static CSVRecord parse(String line) throws IOException {
        try (Reader r = new StringReader(line)) {
            return CSVFormat.RFC4180.parse(r).getRecords().get(0);
        }
    }

    private static String withValue(String line, String value) {
        try {
            List<String> fields = new ArrayList<>(parse(line).toList());
            fields.set(7, value);
            return CSVFormat.RFC4180.format(fields.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> lines, String agency, String id) throws IOException {
        StringBuilder b = new StringBuilder(lines.size() * 64);
        for (String line : lines) {
            b.append(line.equals(AGENCY + agency) ? AGENCY + id : line).append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    private static Map<String, CSVRecord> registry(Path file) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(r.get("agency_id"), r);
            }
        }
        return rows;
    }

    private static List<String> registryHeader(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getHeaderNames();
        }
    }

    /** Counts of a group of outcomes. */
    record Tally(int perturbations, int named, int refused) {

        static Tally of(List<Outcome> outcomes) {
            return new Tally(outcomes.size(), (int) outcomes.stream().filter(Outcome::named).count(),
                    (int) outcomes.stream().filter(o -> o.refused() && !o.named()).count());
        }

        int found() {
            return named + refused;
        }

        String share() {
            return perturbations == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * found() / perturbations);
        }
    }

    /** The perturbations beyond rounding (every kind but the cent, which rounding tolerance may rightly absorb). */
    public static List<Outcome> beyondRounding(Result r) {
        return r.outcomes().stream().filter(o -> o.perturbation() != Perturbation.CENT).toList();
    }

    /** Share found of the perturbations beyond rounding of the figures some rule reads. */
    public static double coverageOfRead(Result r) {
        List<Outcome> read = beyondRounding(r).stream().filter(r::isRead).toList();
        return read.isEmpty() ? 1.0 : (double) Tally.of(read).found() / read.size();
    }

    /** Share found of the perturbations beyond rounding of every figure. */
    public static double coverageOfAll(Result r) {
        List<Outcome> all = beyondRounding(r);
        return all.isEmpty() ? 1.0 : (double) Tally.of(all).found() / all.size();
    }

    /** The figure patterns (table.line.measure, codes grouped) no rule reads, in order. */
    public static List<String> unread(Result r) {
        TreeMap<String, Boolean> patterns = new TreeMap<>();
        for (Outcome o : r.outcomes()) {
            patterns.merge(o.figure().pattern(), r.isRead(o), Boolean::logicalOr);
        }
        return patterns.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    /** The summary in Markdown: headline, per perturbation, per table and measure, the figures left uncovered. */
    public static String markdown(Result r) {
        StringBuilder b = new StringBuilder();
        List<Outcome> beyond = beyondRounding(r);
        List<Outcome> beyondRead = beyond.stream().filter(r::isRead).toList();
        b.append(String.format(Locale.ROOT, "Disclosures: %s; %d disclosures, %,d figures, %,d perturbations "
                + "(%s), each in a copy of its own; %,d files loaded (%,d records) and audited in %.0f s.%n%n",
                r.description(), r.sources(), r.figures(), r.outcomes().size(),
                String.join(", ", r.perturbations().stream().map(Perturbation::id).toList()), r.disclosures(),
                r.records(), r.seconds()));
        b.append(String.format(Locale.ROOT, "Findings on the %,d unperturbed disclosures (clean copies and their "
                + "years before): **%d**.%n%n", r.cleanDisclosures(), r.cleanFindings()));
        b.append(String.format(Locale.ROOT, "Perturbations beyond rounding (all but the cent) of figures some rule "
                + "reads: %,d, found **%.1f%%**; of every figure: %,d, found **%.1f%%** (found: a finding cites "
                + "the figure, or ingest refused it).%n%n", beyondRead.size(), 100 * coverageOfRead(r),
                beyond.size(), 100 * coverageOfAll(r)));
        b.append("| perturbation | of figures a rule reads | found | share | of every figure | found | share |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (Perturbation p : r.perturbations()) {
            List<Outcome> all = r.outcomes().stream().filter(o -> o.perturbation() == p).toList();
            Tally a = Tally.of(all);
            Tally rd = Tally.of(all.stream().filter(r::isRead).toList());
            b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %,d | %,d | %s |%n", p.label(),
                    rd.perturbations(), rd.found(), rd.share(), a.perturbations(), a.found(), a.share()));
        }
        b.append("\nPer table and measure (perturbations beyond rounding; the cent on its own):\n\n");
        b.append("| table | measure | figures | read by a rule | perturbations | found | share | cent: found |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        TreeMap<String, List<Outcome>> groups = new TreeMap<>();
        for (Outcome o : r.outcomes()) {
            groups.computeIfAbsent(o.figure().table() + "|" + o.figure().measure()
                    + (o.figure().stat().isEmpty() ? "" : " (" + o.figure().stat() + ")"), g -> new ArrayList<>()).add(o);
        }
        for (var e : groups.entrySet()) {
            List<Outcome> g = e.getValue();
            long figs = g.stream().map(o -> o.source() + " " + o.figure().id()).distinct().count();
            long readFigs = g.stream().filter(r::isRead).map(o -> o.source() + " " + o.figure().id()).distinct()
                    .count();
            Tally t = Tally.of(g.stream().filter(o -> o.perturbation() != Perturbation.CENT).toList());
            Tally cent = Tally.of(g.stream().filter(o -> o.perturbation() == Perturbation.CENT).toList());
            String[] k = e.getKey().split("\\|");
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %,d | %,d | %s | %s |%n", k[0], k[1], figs,
                    readFigs, t.perturbations(), t.found(), t.share(),
                    cent.perturbations() == 0 ? "–" : cent.found() + " of " + cent.perturbations()));
        }
        List<String> unread = unread(r);
        b.append("\nFigures no rule reads (no perturbation of them changed any audit check): ")
                .append(unread.isEmpty() ? "none" : "`" + String.join("`, `", unread) + "`").append(".\n");
        TreeMap<String, TreeMap<String, Integer>> missed = new TreeMap<>();
        for (Outcome o : beyondRead) {
            if (!o.found()) {
                missed.computeIfAbsent(o.figure().pattern(), p -> new TreeMap<>()).merge(o.perturbation().id(), 1,
                        Integer::sum);
            }
        }
        b.append("\nFigures a rule reads with perturbations beyond rounding that no finding cites: ");
        if (missed.isEmpty()) {
            b.append("none.\n");
        } else {
            List<String> items = new ArrayList<>();
            missed.forEach((p, kinds) -> items.add("`" + p + "` (" + String.join(", ", kinds.entrySet().stream()
                    .map(k -> k.getKey() + " " + k.getValue()).toList()) + ")"));
            b.append(String.join("; ", items)).append(".\n");
        }
        return b.toString();
    }

    /** The perturbations given on the command line (comma-separated ids), or all five. */
    public static List<Perturbation> perturbations(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of(Perturbation.values());
        }
        EnumSet<Perturbation> set = EnumSet.noneOf(Perturbation.class);
        for (String id : ids.split(",")) {
            set.add(Perturbation.of(id.strip()));
        }
        return List.copyOf(set);
    }
}
