package org.budgetlens.ingest;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The inputs of a run that could not be read at all (a file or folder without read access, a file over the size
 * limit, a broken or looping link, a pipe, a document the extractor could not open), each with what to do; and the
 * inputs passed over because they are read under another path (a link to a file that is read itself). A dropped input
 * is not loaded and not rejected: nothing of it was read. The run goes on with the others, and ends with exit 3.
 * Thread-safe: the files of a chunk are read in parallel.
 */
public final class DroppedInputs {

    /** An input not read, and why. */
    public record Dropped(String path, String reason) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final List<Dropped> dropped = new ArrayList<>();
    private final List<Dropped> passedOver = new ArrayList<>();

    /** Records an input that could not be read; a path already recorded keeps its first reason. */
    public synchronized void drop(Path path, String reason) {
        String p = path.toString();
        if (dropped.stream().noneMatch(d -> d.path().equals(p))) {
            dropped.add(new Dropped(p, reason));
        }
    }

    /** Records an input left out because its content is read under another path. */
    synchronized void passOver(Path path, String reason) {
        passedOver.add(new Dropped(path.toString(), reason));
    }

    /** The inputs dropped, by path. */
    public synchronized List<Dropped> dropped() {
        List<Dropped> out = new ArrayList<>(dropped);
        out.sort(Comparator.comparing(Dropped::path));
        return List.copyOf(out);
    }

    /** The inputs passed over, by path. */
    public synchronized List<Dropped> passedOver() {
        List<Dropped> out = new ArrayList<>(passedOver);
        out.sort(Comparator.comparing(Dropped::path));
        return List.copyOf(out);
    }

    public synchronized boolean isDropped(Path path) {
        String p = path.toString();
        return dropped.stream().anyMatch(d -> d.path().equals(p));
    }
}
