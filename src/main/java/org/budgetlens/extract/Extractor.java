package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.budgetlens.model.Kind;

/**
 * Extracts one document: recognise what it is, read its tables by title and column headers, read its narrative by
 * the phrase catalogue. Never throws on a document: whatever cannot be read goes into the report.
 */
public final class Extractor {

    /** Tables every disclosure of a kind publishes (the MOF templates); the rest are optional. */
    private Extractor() {
    }

    public static Extraction extract(SourceText doc, Registry registry) {
        return extract(doc, recognise(doc, registry));
    }

    /** What the document is (agency, year, kind); never throws: a failure leaves everything undecided. */
    public static DocumentMeta recognise(SourceText doc, Registry registry) {
        try {
            return MetaDetector.detect(doc, registry);
        } catch (RuntimeException e) {
            return new DocumentMeta("", "", "", "", 0, "", 0, "", List.of("everything: document recognition failed: "
                    + e), null, "");
        }
    }

    /** Extracts a document whose meta is already decided (the files of one disclosure, read as one). */
    public static Extraction extract(SourceText doc, DocumentMeta meta) {
        List<String> problems = new ArrayList<>();
        List<Unused> unused = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Extraction.FoundTable> found = new ArrayList<>();
        Kind kind = Kind.fromId(meta.kind()).orElse(Kind.FINAL);
        FunctionCodes codes = new FunctionCodes();
        PageArtifacts artifacts = new PageArtifacts(doc);
        List<TableBlock> blocks = List.of();
        try {
            blocks = TableFinder.find(doc, artifacts);
        } catch (RuntimeException e) {
            problems.add("finding tables failed: " + e);
        }
        Set<String> projects = new HashSet<>();
        for (TableBlock block : blocks) {
            try {
                TableLayouts.Reading reading = TableLayouts.read(block, b -> readTable(b, kind, codes, doc));
                TableOutput out = reading.out();
                if (block.recognisedBy() == TableBlock.Recognition.CONTENT && !reading.passes()) {
                    notBookedByContentAlone(block, out, unused);
                    continue;
                }
                qualifyRepeatedProject(out, projects);
                String emptyNote = out.figures.isEmpty() ? block.note() : "";
                figures.add(Figure.table(block.tableId(), Numbers.compact(block.title()), block.number(),
                        block.unit(), block.titleLine(), emptyNote));
                figures.addAll(out.figures);
                unused.addAll(out.unused);
                String read = block.recognisedBy() == TableBlock.Recognition.CONTENT
                        ? "by what it holds (no title matched), proven; " + reading.layout() : reading.layout();
                found.add(new Extraction.FoundTable(block.tableId(), block.number(), block.title(),
                        block.titleLine(), block.unit(), out.figures.size(), emptyNote, read));
            } catch (RuntimeException e) {
                problems.add("table " + block.tableId() + " at line " + block.titleLine() + " could not be read: " + e);
            }
        }
        try {
            NarrativeReader.read(doc, kind, year(meta), codes, figures, unused, artifacts);
        } catch (RuntimeException e) {
            problems.add("reading the narrative failed: " + e);
        }
        Set<String> have = new LinkedHashSet<>();
        found.forEach(t -> have.add(t.tableId()));
        List<String> missing = new ArrayList<>();
        if (!found.isEmpty()) {
            // the tables of the template family the found ones belong to (extract/templates/families.csv)
            TemplateFamilies.of(meta.kind(), have).ifPresent(f -> missing.addAll(f.missing(have)));
        } else if (TemplateFamilies.ALL.stream().anyMatch(f -> f.kind().equals(meta.kind()))) {
            missing.add("all: no table is published (figures come from the narrative only)");
        }
        List<Figure> kept = dedupe(figures, unused);
        Extraction.Proof proof;
        try {
            proof = Proofs.prove(kept);
        } catch (RuntimeException e) {
            problems.add("proving the tables failed: " + e);
            proof = Extraction.Proof.none(kept.size());
        }
        return new Extraction(doc, meta, found, missing, kept, unused, problems, proof);
    }

    /**
     * Two 绩效 tables of one project name (the same project budgeted by two units) would collide on detail: the
     * second and later take the unit, 项目名（预算单位）.
     */
    private static void qualifyRepeatedProject(TableOutput out, Set<String> projects) {
        if (out.detail.isEmpty() || projects.add(out.detail) || out.agencyUnit.isEmpty()) {
            return;
        }
        String qualified = out.detail + "（" + out.agencyUnit + "）";
        out.figures.replaceAll(f -> f.detail().equals(out.detail) ? f.withDetail(qualified) : f);
    }

    private static TableOutput readTable(TableBlock block, Kind kind, FunctionCodes codes, SourceText doc) {
        return switch (block.tableId()) {
            case "summary", "fiscal_summary", "procurement" -> SummaryTableReader.read(block, codes);
            case "three_public" -> ThreePublicReader.read(block, kind, doc);
            case "perf_dept", "perf_project" -> PerfResultsReader.TITLE.matcher(Numbers.compact(block.title())).find()
                    ? PerfResultsReader.read(block) : PerformanceTableReader.read(block, doc);
            default -> CodedTableReader.read(block, codes);
        };
    }

    /**
     * Rule content-needs-proof: a table recognised only by what it holds is booked when its identities prove it;
     * else its cells are reported, none booked.
     */
    private static void notBookedByContentAlone(TableBlock block, TableOutput out, List<Unused> unused) {
        for (Figure f : out.figures) {
            if (f.origin().equals("table")) {
                unused.add(new Unused(f.sourceLine(), f.value(), "in a table that looks like " + block.tableId()
                        + " by what it holds (no title matched) but is not proven by its identities: not booked"));
            }
        }
    }

    /** The same figure twice (a number repeated on one line) is kept once; a conflicting one goes to the report. */
    private static List<Figure> dedupe(List<Figure> figures, List<Unused> unused) {
        Map<String, Figure> seen = new LinkedHashMap<>();
        List<Figure> result = new ArrayList<>();
        for (Figure f : figures) {
            if (f.isTable()) {
                result.add(f);
                continue;
            }
            Figure first = seen.putIfAbsent(f.identity(), f);
            if (first == null) {
                result.add(f);
            } else if (!Numbers.decimal(first.value()).equals(Numbers.decimal(f.value()))
                    || !first.unit().equals(f.unit())) {
                unused.add(new Unused(f.sourceLine(), f.value() + " " + f.unit(), "a second value for "
                        + f.tableId() + "." + f.lineCode() + "." + f.measure()
                        + (f.stat().isEmpty() ? "" : ":" + f.stat()) + " (first: " + first.value() + " at line "
                        + first.sourceLine() + ")"));
            }
        }
        return result;
    }

    private static int year(DocumentMeta meta) {
        return meta.fiscalYear().matches("\\d{4}") ? Integer.parseInt(meta.fiscalYear()) : 0;
    }
}
