package org.budgetlens.ingest;

import java.util.ArrayList;
import java.util.List;

import org.budgetlens.model.DisclosureMeta;
import org.budgetlens.warehouse.Loader;
import org.budgetlens.warehouse.RunCounts;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Loads a chunk of parsed disclosure files into the warehouse in one transaction, then counts them. Files arrive in
 * input order, so the first file to define a disclosure in a run keeps it and any later one is rejected. A renamed
 * file (same content as a file loaded before at a path that is gone) counts as unchanged; its bookkeeping moves in
 * the chunk's transaction.
 */
public class DisclosureWriter implements ItemWriter<ParsedDisclosure> {

    private final IngestSession session;
    private final Progress progress;

    public DisclosureWriter(IngestSession session, Progress progress) {
        this.session = session;
        this.progress = progress;
    }

    /**
     * Decides in input order which file keeps each disclosure, then hands the chunk to the load pipeline, which
     * loads it while the next chunk is parsed; the chunk's counts are added once it is committed.
     */
    @Override
    public void write(Chunk<? extends ParsedDisclosure> chunk) throws Exception {
        List<Loader.DisclosureFile> toLoad = new ArrayList<>();
        List<Loader.Move> moves = new ArrayList<>();
        RunCounts counts = RunCounts.ZERO;
        for (ParsedDisclosure parsed : chunk) {
            ParsedDisclosure p = claimed(parsed);
            counts = counts.plus(countsOf(p));
            if (!p.unchanged()) {
                toLoad.add(toLoaderInput(p));
            } else if (p.movedFrom() != null) {
                moves.add(new Loader.Move(p.movedFrom(), p.sourceFile(), p.unchangedDisclosureId()));
            }
        }
        RunCounts chunkCounts = counts;
        session.loads().submit(() -> {
            if (!toLoad.isEmpty() || !moves.isEmpty()) {
                session.loader().loadDisclosures(toLoad, moves, session.runId(), session.rulesVersion());
            }
            session.moved(moves);
            session.add(chunkCounts);
            progress.committed();
        });
    }

    private ParsedDisclosure claimed(ParsedDisclosure p) {
        if (p.unchanged() && p.unchangedDisclosureId() != null) {
            String id = p.unchangedDisclosureId();
            String other = session.claim(id, p.sourceFile());
            return other == null ? p : ParsedDisclosure.fileProblem(p.sourceFile(), p.sha256(), id, 1,
                    "disclosure " + id + " is already defined by " + other + " in this run (one file per "
                            + "disclosure; the first in path order keeps it)");
        }
        if (!p.loadable()) {
            return p;
        }
        String id = p.meta().key().id();
        String other = session.claim(id, p.sourceFile());
        return other == null ? p : p.rejectAll(1, "disclosure " + id + " is already defined by " + other
                + " in this run (one file per disclosure; the first in path order keeps it)");
    }

    private static RunCounts countsOf(ParsedDisclosure p) {
        if (p.unchanged()) {
            return new RunCounts(1, 0, 1, 0, 0, 0, 0);
        }
        boolean loaded = p.loadable();
        return new RunCounts(1, loaded ? 1 : 0, 0, loaded ? 0 : 1, p.recordsRead(), p.recordsLoaded(),
                p.recordsRejected());
    }

    private Loader.DisclosureFile toLoaderInput(ParsedDisclosure p) {
        DisclosureMeta m = p.meta();
        return new Loader.DisclosureFile(p.sourceFile(), p.sha256(), p.charset() == null ? "" : p.charset(),
                m == null ? null : m.key().id(), m == null ? null : m.key().agencyId(),
                m == null ? 0 : m.key().fiscalYear(), m == null ? null : m.key().kind().id(),
                m == null ? null : m.title(), m == null ? null : m.published(), m == null ? null : m.sourceDoc(),
                m == null ? null : m.note(), p.staged(), p.rejections(), p.recordsRead(),
                p.recordsLoaded(), p.recordsRejected(), p.loadable(), session.documentOf(p.sourceFile()));
    }
}
