package org.budgetlens.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder operations the commands share. */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes a folder and everything in it, deepest first; nothing when it does not exist. A symbolic link inside
     * is deleted as a link, never followed. Fails on the first file that cannot be deleted.
     */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
