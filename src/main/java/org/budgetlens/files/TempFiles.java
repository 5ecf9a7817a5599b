package org.budgetlens.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every temp file budgetlens writes (staging files of a load, PDF scratch files, the report font) goes into one folder
 * of its own run: {@code <java.io.tmpdir>/budgetlens-<user>/<pid>-<start>/}. The folder is deleted when the JVM
 * exits; a run that is killed cannot do that, so every run first removes the folders of runs whose process is gone
 * (a process id and its start time name a process: a reused id does not keep a dead run's folder alive).
 */
public final class TempFiles {

    /** The name of the per-user folder under the temp dir. */
    static final String BASE_PREFIX = "budgetlens-";
    private static final Pattern RUN = Pattern.compile("(\\d+)-(\\d+)");

    private static Path runFolder;

    private TempFiles() {
    }

    /** The system temp dir ({@code java.io.tmpdir}). */
    public static Path systemTempDir() {
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    }

    /** The folder of this run's temp files, created (and older runs' folders removed) on first use. */
    public static synchronized Path runFolder() throws IOException {
        if (runFolder != null && Files.isDirectory(runFolder)) {
            return runFolder;
        }
        Path base = base(systemTempDir());
        removeStale(base);
        Path folder = base.resolve(runName(ProcessHandle.current()));
        Files.createDirectories(folder);
        if (runFolder == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteRunFolder, "budgetlens-temp-cleanup"));
        }
        runFolder = folder;
        return folder;
    }

    /**
     * Whether {@code file} is one of the temp files of a run: the temp dir itself, a file in a budgetlens folder of
     * it, or a copy of DuckDB's native library in it. Other paths under the temp dir (a report written to /tmp/x)
     * are the user's files.
     */
    public static boolean isTempFile(Path file) {
        Path tmp = systemTempDir();
        Path p = file.toAbsolutePath().normalize();
        if (p.equals(tmp)) {
            return true;
        }
        if (!p.startsWith(tmp) || p.getNameCount() <= tmp.getNameCount()) {
            return false;
        }
        String first = p.getName(tmp.getNameCount()).toString();
        return first.startsWith(BASE_PREFIX) || first.startsWith("libduckdb_java");
    }

    /** A new, empty folder in this run's temp folder. */
    public static Path createDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(runFolder(), prefix);
    }

    /**
     * Removes the folders of finished or killed runs from the temp dir's budgetlens folder; a folder whose run is
     * still going is kept. Returns the folders removed. Never fails: what cannot be removed now is tried next time.
     */
    public static List<Path> removeStale() {
        try {
            return removeStale(base(systemTempDir()));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** As {@link #removeStale()}, in the budgetlens folder {@code base} (tests give their own). */
    public static List<Path> removeStale(Path base) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
            return removed;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(base)) {
            entries = list.toList();
        } catch (IOException e) {
            return removed;
        }
        for (Path entry : entries) {
            Matcher m = RUN.matcher(entry.getFileName().toString());
            if (m.matches() && !alive(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))) {
                try {
                    Folders.deleteTree(entry);
                    removed.add(entry);
                } catch (IOException e) {
                    // another user's or a half-deleted folder: tried again at the next start
                }
            }
        }
        return removed;
    }

    /** Whether the process with this id, started at this time (epoch milliseconds, 0 when unknown), still runs. */
    static boolean alive(long pid, long startMillis) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        long started = startMillis(p.get());
        return startMillis == 0 || started == 0 || started == startMillis;
    }

    /** The name of a run's folder: its process id and start time. */
    public static String runName(ProcessHandle process) {
        return process.pid() + "-" + startMillis(process);
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /**
     * The per-user budgetlens folder under {@code tempDir}, created readable by its owner only. A name taken by
     * something else (a file, a link, another user's folder) is not used: the run then gets a folder of its own.
     */
    static Path base(Path tempDir) throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path base = tempDir.resolve(BASE_PREFIX + user);
        if (!Files.exists(base, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectory(base, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(base);
                }
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another run created it in the meantime
            }
        }
        if (Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(base) && ownedByMe(base)) {
            return base;
        }
        return Files.createTempDirectory(tempDir, BASE_PREFIX + user + "-");
    }

    private static boolean ownedByMe(Path p) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return true; // Windows: the temp dir is the user's own
        }
        try {
            return Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private static synchronized void deleteRunFolder() {
        if (runFolder != null) {
            try {
                Folders.deleteTree(runFolder);
            } catch (IOException e) {
                // removed at the next start
            }
        }
    }
}
