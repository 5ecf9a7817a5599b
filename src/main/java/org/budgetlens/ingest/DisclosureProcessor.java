package org.budgetlens.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.budgetlens.model.Catalog;
import org.budgetlens.model.Rejection;
import org.budgetlens.warehouse.LoadedFile;
import org.budgetlens.warehouse.Loader;
import org.budgetlens.source.TextDecoder;
import org.budgetlens.source.FileProblem;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one CSV file: skips it when unchanged since it was last loaded (at this path, or at a path that is gone: a
 * renamed file), otherwise decodes, parses and validates it, and rejects it whole when it names an unknown agency or
 * none of its records is valid. Thread-safe: the files of a chunk are processed in parallel.
 */
public class DisclosureProcessor implements ItemProcessor<Path, ParsedDisclosure> {

    private final IngestSession session;
    private final DisclosureParser parser = new DisclosureParser(Catalog.standard());
    /** Each input file's position in the run's input order: staged rows are joined to their key by it. */
    private final Map<Path, Integer> fileNumbers = new HashMap<>();

    /** @param files the files of the step, in input order */
    public DisclosureProcessor(IngestSession session, List<Path> files) {
        this.session = session;
        for (Path file : files) {
            fileNumbers.putIfAbsent(file, fileNumbers.size() + 1);
        }
    }

    @Override
    public ParsedDisclosure process(Path path) {
        String sourceFile = path.toString();
        byte[] bytes = InputFiles.read(path, session.inputs());
        if (bytes == null) {
            return null; // dropped, with its reason, and the run goes on (a null item is not written)
        }
        String sha256 = RulesVersion.sha256(bytes);
        LoadedFile previous = session.unchanged(sourceFile, sha256);
        if (previous != null) {
            return ParsedDisclosure.unchanged(sourceFile, sha256, previous.disclosureId());
        }
        LoadedFile renamed = session.movedFrom(sourceFile, sha256);
        if (renamed != null) {
            return ParsedDisclosure.moved(sourceFile, sha256, renamed.disclosureId(), renamed.sourceFile());
        }
        TextDecoder.DecodedText text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (FileProblem p) {
            return fileProblem(sourceFile, sha256, p.line(), p.getMessage());
        }
        if (!DisclosureParser.isDisclosure(text.text())) {
            return fileProblem(sourceFile, sha256, 1, "not a budgetlens file: a disclosure starts with the line '# "
                    + FrontMatter.MAGIC_KEY + ": " + FrontMatter.VERSION + "' and a registry is named "
                    + RegistryParser.FILE_NAME + " (see docs/normalized-format.md)");
        }
        ParsedDisclosure parsed = parser.parse(sourceFile, sha256, text);
        if (parsed.meta() == null || parsed.fileProblem() != null) {
            return parsed;
        }
        String agencyId = parsed.meta().key().agencyId();
        if (!session.knowsAgency(agencyId)) {
            return parsed.rejectAll(2, "agency_id " + agencyId + " is not in the agency registry: add it to an "
                    + RegistryParser.FILE_NAME + " among the inputs");
        }
        if (parsed.noValidRecord()) {
            return parsed.withoutValidRecord();
        }
        return parsed.withStaged(Loader.stage(fileNumbers.get(path), parsed.figures(), parsed.tables()));
    }

    private static ParsedDisclosure fileProblem(String sourceFile, String sha256, long line, String reason) {
        return ParsedDisclosure.fileProblem(sourceFile, sha256, null, line, reason);
    }
}
