package org.budgetlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.budgetlens.files.Folders;
import org.budgetlens.extract.ExtractRun;
import org.budgetlens.extract.Registry;
import org.budgetlens.progress.ProgressListener;

/**
 * Raw disclosures in the input folders: {@code *.txt} documents that no normalized CSV of the inputs cites as its
 * {@code # source_doc} are extracted before the load into {@code <warehouse>.extracted/} (one sub-folder per input
 * folder, by its position), and the CSVs written there are ingested with the rest, citing the .txt (its path
 * relative to its input folder). A document a CSV cites (data/sources/*.txt) is not extracted again. The folder is
 * rewritten on every run, so a rerun gives the same files and the ingest finds them unchanged.
 */
public final class RawDisclosures {

    private static final int FRONT_MATTER_BYTES = 8192;

    private RawDisclosures() {
    }

    /**
     * What an extraction wrote: the CSV files (and the registry of agencies recognised, when there is one), and the
     * document each CSV was extracted from (the first, when a disclosure was published in two documents).
     */
    record Extracted(List<Path> files, Map<Path, Path> documents) {

        static final Extracted NONE = new Extracted(List.of(), Map.of());
    }

    /** Where the documents of the warehouse {@code db} are extracted to. */
    public static Path folder(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".extracted");
    }

    /**
     * Extracts the uncited documents of {@code roots} and returns the CSV files written (none when there is no
     * such document); prints one line per document.
     */
    static Extracted extract(Path db, List<Path> roots, InputScanner.Inputs inputs, PrintWriter err,
            ProgressListener progress) throws IOException {
        Path out = folder(db);
        List<List<Path>> texts = new ArrayList<>();
        boolean anyText = false;
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            // the scanner found them (links followed once, unreadable ones dropped, this folder left out)
            List<Path> found = inputs.documents().stream().filter(p -> p.startsWith(r) && !p.startsWith(out))
                    .toList();
            texts.add(found);
            anyText |= !found.isEmpty();
        }
        // Reading every CSV's front matter for its source_doc costs a pass over all inputs: only when there is text.
        Set<String> cited = anyText ? cited(inputs.csvFiles()) : Set.of();
        List<List<Path>> raw = new ArrayList<>();
        int count = 0;
        for (int k = 0; k < roots.size(); k++) {
            List<Path> docs = uncited(roots.get(k).toAbsolutePath().normalize(), texts.get(k), cited, err);
            raw.add(docs);
            count += docs.size();
        }
        Folders.deleteTree(out);
        if (count == 0) {
            return Extracted.NONE;
        }
        Registry registry = registry(inputs.registries());
        progress.start("extract", count);
        List<Path> written = new ArrayList<>();
        Map<Path, Path> documents = new LinkedHashMap<>();
        for (int k = 0; k < roots.size(); k++) {
            if (raw.get(k).isEmpty()) {
                continue;
            }
            Path root = roots.get(k).toAbsolutePath().normalize();
            ExtractRun run = new ExtractRun(registry, out.resolve(Integer.toString(k + 1)),
                    Files.isDirectory(root) ? root : root.getParent());
            ExtractRun.Summary s = run.run(raw.get(k), progress);
            for (int d = 0; d < raw.get(k).size(); d++) {
                Path file = s.written().get(d);
                boolean csv = file.getFileName().toString().endsWith(".csv");
                String unread = s.unread().get(d);
                if (unread != null) {
                    // nothing of it was read: dropped, so the run says so and ends with exit 3
                    inputs.dropped().drop(raw.get(k).get(d), unread + " (its extraction report: " + file + ")");
                }
                err.println("extract: " + raw.get(k).get(d) + " -> " + file + (csv ? "" : unread != null
                        ? " (not read: dropped)" : " (no figure)"));
                if (csv && !written.contains(file)) {
                    written.add(file);
                    documents.put(file.toAbsolutePath().normalize(), raw.get(k).get(d));
                }
            }
            if (s.registry() != null) {
                written.add(s.registry()); // the agencies recognised from the documents: a registry for this run
            }
        }
        return new Extracted(written, documents);
    }

    /** The {@code # source_doc} values of the CSV files (the front matter, before the header row). */
    static Set<String> cited(List<Path> csvFiles) {
        Set<String> cited = new HashSet<>();
        for (Path csv : csvFiles) {
            String head;
            try (InputStream in = Files.newInputStream(csv)) {
                head = new String(in.readNBytes(FRONT_MATTER_BYTES), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            for (String line : head.split("\\R")) {
                if (!line.startsWith("#")) {
                    break;
                }
                String body = line.substring(1).strip();
                if (body.startsWith("source_doc:")) {
                    cited.add(body.substring("source_doc:".length()).strip().replace('\\', '/'));
                }
            }
        }
        return cited;
    }

    /**
     * The texts that no CSV cites. A CSV cites a text by its path relative to some folder, so a cited path matches
     * when it equals the text's path under the root or one ends the other at a folder boundary (data/ and
     * data/sources as roots both find sources/000.txt). A text skipped on such a partial match is named on
     * {@code err}, so a document is never left out silently.
     */
    private static List<Path> uncited(Path root, List<Path> texts, Set<String> cited, PrintWriter err) {
        List<Path> docs = new ArrayList<>();
        for (Path p : texts) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (cited.contains(rel)) {
                continue;
            }
            String partial = cited.stream().filter(c -> c.endsWith("/" + rel) || rel.endsWith("/" + c))
                    .findFirst().orElse(null);
            if (partial == null) {
                docs.add(p);
            } else {
                err.println("extract: skipped " + p + ": a normalized file cites " + partial
                        + " (move the text or give its file a path of its own to extract it)");
            }
        }
        return docs;
    }

    private static Registry registry(List<Path> files) {
        List<Registry.Entry> entries = new ArrayList<>();
        for (Path f : files) {
            try {
                entries.addAll(Registry.read(f).entries());
            } catch (IOException | RuntimeException e) {
                // a registry that cannot be read is reported by the registry step; the documents stay undecided
            }
        }
        return new Registry(List.copyOf(entries));
    }

}
