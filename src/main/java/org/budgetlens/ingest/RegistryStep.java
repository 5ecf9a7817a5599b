package org.budgetlens.ingest;

import java.nio.file.Path;
import java.util.List;

import org.budgetlens.model.Rejection;
import org.budgetlens.warehouse.RunCounts;
import org.budgetlens.source.TextDecoder;
import org.budgetlens.source.FileProblem;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Reads agency registries (item = one agencies.csv) and upserts their agencies. */
final class RegistryStep {

    private RegistryStep() {
    }

    static ItemProcessor<Path, ParsedRegistry> processor(IngestSession session) {
        RegistryParser parser = new RegistryParser();
        return path -> {
            String sourceFile = path.toString();
            byte[] bytes = InputFiles.read(path, session.inputs());
            if (bytes == null) {
                return null; // dropped, with its reason, and the run goes on (a null item is not written)
            }
            String sha256 = RulesVersion.sha256(bytes);
            if (session.unchanged(sourceFile, sha256) != null) {
                return ParsedRegistry.unchanged(sourceFile, sha256);
            }
            try {
                return parser.parse(sourceFile, sha256, TextDecoder.decode(bytes), session.agencySource());
            } catch (FileProblem p) {
                return new ParsedRegistry(sourceFile, sha256, List.of(), List.of(
                        new Rejection(sourceFile, p.line(), null, "file rejected: " + p.getMessage(), null)), 0);
            }
        };
    }

    static ItemWriter<ParsedRegistry> writer(IngestSession session) {
        return (Chunk<? extends ParsedRegistry> chunk) -> {
            for (ParsedRegistry r : chunk) {
                if (r.unchanged()) {
                    session.add(new RunCounts(1, 0, 1, 0, 0, 0, 0));
                    continue;
                }
                session.loader().loadRegistry(r.sourceFile(), r.sha256(), r.agencies(), r.rejections(),
                        r.recordsRead(), r.recordsRejected(), session.runId(), session.rulesVersion());
                boolean rejected = r.agencies().isEmpty() && !r.rejections().isEmpty();
                session.add(new RunCounts(1, rejected ? 0 : 1, 0, rejected ? 1 : 0, r.recordsRead(),
                        r.agencies().size(), r.recordsRejected()));
            }
            session.refreshAgencies();
        };
    }
}
