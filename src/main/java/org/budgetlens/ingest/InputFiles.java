package org.budgetlens.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an input file whole, or drops it: a file that has grown over the size limit since the scan, or that fails to
 * read (permissions changed, an I/O error), is recorded in the run's {@link DroppedInputs} with its reason, and the
 * run goes on with the other files.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** The file's bytes, or null when it was dropped. */
    static byte[] read(Path path, InputScanner.Inputs inputs) {
        try {
            long size = Files.size(path);
            if (size > inputs.maxFileBytes()) {
                inputs.dropped().drop(path, InputScanner.tooLarge(size, inputs.maxFileBytes()));
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException | OutOfMemoryError e) {
            inputs.dropped().drop(path, e instanceof OutOfMemoryError
                    ? "not enough memory to read it (" + e.getMessage() + "): give Java more with -Xmx, or split it"
                    : InputScanner.unreadable((IOException) e));
            return null;
        }
    }
}
