package org.budgetlens.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.budgetlens.files.TempFiles;

/**
 * DuckDB's native library. Its JDBC driver (duckdb_jdbc 2.0.0.1, {@code org.duckdb.DuckDBNative}) copies the library
 * (about 70 MB) out of its jar into {@code java.io.tmpdir} as {@code libduckdb_java<random>.so} each time a JVM first
 * uses it, and deletes the copy only at a normal exit ({@code deleteOnExit}); it has no setting for another folder.
 * So: the library is loaded here, once, with a one-line message when that fails (a full or missing temp dir); on Linux
 * the copy is deleted as soon as it is loaded (a loaded library stays usable after its file is gone), so a killed run
 * leaves none behind; and {@link #removeStaleCopies} removes the copies older runs left.
 */
public final class NativeLibrary {

    static final String DRIVER_CLASS = "org.duckdb.DuckDBNative";
    static final String COPY_PREFIX = "libduckdb_java";
    /**
     * A copy not written to for this long is loaded (or its JVM is gone, or its unpacking failed): a JVM writes its
     * copy and loads it within a second or so, and deleting a loaded library does not disturb the JVM using it.
     */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private static boolean loaded;

    private NativeLibrary() {
    }

    /** Loads DuckDB's native library, or explains in one line why it cannot be. */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        try {
            Class.forName(DRIVER_CLASS, true, NativeLibrary.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (cause instanceof java.nio.file.NoSuchFileException) {
                why = "the folder does not exist";
            }
            throw new WarehouseException("cannot unpack DuckDB's native library (about 70 MB) into the temp dir \""
                    + TempFiles.systemTempDir() + "\": " + why + "; free space there or start Java with "
                    + "-Djava.io.tmpdir=DIR (a folder with space)", e);
        }
        loaded = true;
        deleteLoadedCopy();
    }

    /**
     * Deletes the copy this JVM loaded, found in {@code /proc/self/maps} (Linux; elsewhere the copy stays until the
     * JVM exits, or until {@link #removeStaleCopies} after a killed run).
     */
    private static void deleteLoadedCopy() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return;
        }
        Path tmp = TempFiles.systemTempDir();
        try (Stream<String> lines = Files.lines(maps)) {
            Path realTmp = tmp.toRealPath();
            lines.map(l -> l.indexOf('/') < 0 ? "" : l.substring(l.indexOf('/')))
                    .filter(f -> f.contains("/" + COPY_PREFIX) && !f.endsWith("(deleted)"))
                    .map(Path::of)
                    .filter(p -> p.getParent() != null && (p.getParent().equals(tmp) || p.getParent().equals(realTmp)))
                    .distinct()
                    .forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException e) {
                            // left for removeStaleCopies at a later start
                        }
                    });
        } catch (IOException | RuntimeException e) {
            // not Linux after all, or /proc unreadable: the copy goes at exit
        }
    }

    /**
     * Removes from {@code tempDir} the copies of DuckDB's library that killed JVMs left ({@code deleteOnExit} never
     * ran): those not written to for {@link #STALE_AFTER}. A JVM that is still running has loaded its copy long
     * before; on Linux and macOS it keeps using it after the file is deleted, on Windows a loaded copy cannot be
     * deleted and stays. Returns the copies removed; never fails.
     */
    public static List<Path> removeStaleCopies(Path tempDir, Instant now) {
        List<Path> removed = new ArrayList<>();
        List<Path> copies;
        try (Stream<Path> list = Files.list(tempDir)) {
            copies = list.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(COPY_PREFIX) && name.endsWith(".so");
            }).toList();
        } catch (IOException | RuntimeException e) {
            return removed;
        }
        FileTime before = FileTime.from(now.minus(STALE_AFTER));
        for (Path copy : copies) {
            try {
                if (Files.isRegularFile(copy, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(copy).compareTo(before) < 0) {
                    Files.delete(copy);
                    removed.add(copy);
                }
            } catch (IOException e) {
                // in use (Windows) or not ours to delete
            }
        }
        return removed;
    }
}
