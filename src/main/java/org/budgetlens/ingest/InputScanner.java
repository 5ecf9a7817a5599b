package org.budgetlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.budgetlens.extract.DocumentFiles;

/**
 * Finds the input files under the given folders, in a stable order: registries first, then every other CSV; and the
 * published documents among them. An input that cannot be read is dropped with its reason ({@link DroppedInputs})
 * and the others are read: a folder or file without read access, a file over the size limit, a link whose target is
 * missing or that points back to itself, a pipe or device with an input's name.
 *
 * <p>Links are followed, to files and to folders, each file read once: when several paths lead to one file, the path
 * without a link is read (the real file wins) and the links are passed over and named; when only links lead to it,
 * the first in path order is read. A link to a folder around it (a loop) is not followed again.
 */
public final class InputScanner {

    /** The largest input file read by default: a file is read into memory whole. */
    public static final long DEFAULT_MAX_FILE_BYTES = 256L * 1024 * 1024;

    /**
     * The CSV files found: agency registries, and everything else that ends in .csv; the answer keys of
     * {@code generate} among them, which are passed over (an answer key is not a disclosure); the published documents
     * (.pdf, .xlsx, .txt, a text twin of a PDF left out); the inputs dropped or passed over; the size limit.
     */
    public record Inputs(List<Path> registries, List<Path> csvFiles, List<Path> answerKeys, List<Path> documents,
            DroppedInputs dropped, long maxFileBytes) {

        public Inputs(List<Path> registries, List<Path> csvFiles, List<Path> answerKeys) {
            this(registries, csvFiles, answerKeys, List.of(), new DroppedInputs(), DEFAULT_MAX_FILE_BYTES);
        }

        public Inputs(List<Path> registries, List<Path> csvFiles) {
            this(registries, csvFiles, List.of());
        }

        public int fileCount() {
            return registries.size() + csvFiles.size();
        }
    }

    /** The file name and first columns of the answer key {@code generate} writes beside its province. */
    static final String ANSWER_KEY_FILE = "answer-key.csv";
    private static final String ANSWER_KEY_HEADER = "file,disclosure_id,agency_id,fiscal_year,kind,family,rule_id";

    private InputScanner() {
    }

    public static Inputs scan(List<Path> roots) {
        return scan(roots, null, DEFAULT_MAX_FILE_BYTES);
    }

    /** As {@link #scan(List)}, leaving out the files under {@code exclude} (the folder of extracted documents). */
    public static Inputs scan(List<Path> roots, Path exclude) {
        return scan(roots, exclude, DEFAULT_MAX_FILE_BYTES);
    }

    /** As {@link #scan(List, Path)}, dropping files larger than {@code maxFileBytes}. */
    public static Inputs scan(List<Path> roots, Path exclude, long maxFileBytes) {
        DroppedInputs dropped = new DroppedInputs();
        List<Path> rootsReal = roots.stream().map(r -> Walker.realOrSelf(r.toAbsolutePath().normalize())).toList();
        // Absolute paths identify a file whatever the working directory or spelling of the argument; a folder given
        // twice, or a file and its folder, is still read once. Roots in the order given, each in path order.
        Map<Path, Found> found = new LinkedHashMap<>();
        for (Path given : roots) {
            Path root = given.toAbsolutePath().normalize();
            Map<Path, Found> under = new TreeMap<>();
            Walker walker = new Walker(root, rootsReal, exclude, maxFileBytes, dropped, under);
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walker);
            } catch (IOException | UncheckedIOException e) {
                dropped.drop(root, "cannot read it (" + describe(e) + "): check that it exists and is readable");
            }
            under.forEach(found::putIfAbsent);
        }
        // One path per file: the path without a link wins, then path order.
        Map<Path, List<Found>> byFile = new LinkedHashMap<>();
        for (Found f : found.values()) {
            byFile.computeIfAbsent(f.real(), k -> new ArrayList<>()).add(f);
        }
        List<Path> files = new ArrayList<>();
        Map<Path, Integer> throughFolderLink = new TreeMap<>();
        for (List<Found> same : byFile.values()) {
            Found keep = same.stream().filter(f -> !f.viaLink()).findFirst().orElse(same.get(0));
            files.add(keep.path());
            for (Found f : same) {
                if (f == keep) {
                    continue;
                }
                Path link = f.link();
                if (link != null && !link.equals(f.path())) {
                    throughFolderLink.merge(link, 1, Integer::sum); // one line per linked folder, not per file
                } else {
                    dropped.passOver(f.path(), (keep.viaLink() ? "the same file as " : "a link to ") + keep.path()
                            + ", which is read there");
                }
            }
        }
        throughFolderLink.forEach((link, n) -> dropped.passOver(link, "a link to the folder " + Walker.realOrSelf(link)
                + ": its " + n + " file(s) are read under their own paths"));
        Set<Path> registries = new LinkedHashSet<>();
        Set<Path> csv = new LinkedHashSet<>();
        Set<Path> keys = new LinkedHashSet<>();
        List<Path> other = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (name.equals(RegistryParser.FILE_NAME)) {
                registries.add(p);
            } else if (name.equals(ANSWER_KEY_FILE) && isAnswerKey(p)) {
                keys.add(p); // rule answer-key-is-not-a-disclosure: passed over, and the run says so
            } else if (isCsv(name)) {
                csv.add(p);
            } else {
                other.add(p);
            }
        }
        return new Inputs(List.copyOf(registries), List.copyOf(csv), List.copyOf(keys),
                DocumentFiles.documents(other), dropped, maxFileBytes);
    }

    /**
     * The inputs with more files after the others (the disclosures extracted from raw documents, and the registry of
     * the agencies recognised in them, which goes before the given registries: a registry row is upserted by id, so a
     * row the user wrote overrides the recognised one).
     */
    public static Inputs withCsv(Inputs inputs, List<Path> more) {
        List<Path> csv = new ArrayList<>(inputs.csvFiles());
        List<Path> registries = new ArrayList<>(inputs.registries());
        for (Path p : more) {
            Path n = p.toAbsolutePath().normalize();
            boolean registry = n.getFileName().toString().equals(RegistryParser.FILE_NAME);
            List<Path> into = registry ? registries : csv;
            if (!into.contains(n)) {
                into.add(registry ? 0 : into.size(), n);
            }
        }
        return new Inputs(List.copyOf(registries), List.copyOf(csv), inputs.answerKeys(), inputs.documents(),
                inputs.dropped(), inputs.maxFileBytes());
    }

    /** Whether a file of this name is an input of the ingest (a CSV or a published document). */
    static boolean isInputName(String name) {
        return isCsv(name) || DocumentFiles.isDocument(Path.of(name));
    }

    private static boolean isCsv(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Why a file of {@code size} bytes is not read, with the limit and what to do. */
    public static String tooLarge(long size, long limit) {
        return "the file is " + bytes(size) + ", over the limit of " + bytes(limit) + " for one input file (it is "
                + "read into memory whole): split it (one disclosure per file), or raise the limit with "
                + "--max-file-size";
    }

    /** Why a file could not be read, and what to do. */
    public static String unreadable(Exception e) {
        String what = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "it is gone" : describe(e);
        return "cannot read the file (" + what + "): give the user running budgetlens read access to it, or move it "
                + "out of the input folders";
    }

    /** A size in the units people read: 2.1 GiB (2,254,857,830 bytes). */
    public static String bytes(long n) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (n < 1024) {
            return n + " bytes";
        }
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String value = String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.1f", v);
        return value + " " + units[u] + String.format(Locale.ROOT, " (%,d bytes)", n);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            m = fs.getReason();
        }
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static boolean isAnswerKey(Path p) {
        try (java.io.BufferedReader r = Files.newBufferedReader(p, java.nio.charset.StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.startsWith(ANSWER_KEY_HEADER);
        } catch (IOException | UncheckedIOException e) {
            return false; // not readable as the answer key: read as a CSV like any other, and rejected if bad
        }
    }

    /** A file found: its path under the input folder, the file it is, and the first link on its path (or null). */
    private record Found(Path path, Path real, Path link) {

        boolean viaLink() {
            return link != null;
        }
    }

    /** Walks one input folder (or file), following links, dropping what cannot be read. */
    private static final class Walker extends SimpleFileVisitor<Path> {

        private final Path root;
        private final Path rootReal;
        private final List<Path> rootsReal;
        private final Path exclude;
        private final long maxFileBytes;
        private final DroppedInputs dropped;
        private final Map<Path, Found> found;

        Walker(Path root, List<Path> rootsReal, Path exclude, long maxFileBytes, DroppedInputs dropped,
                Map<Path, Found> found) {
            this.root = root;
            this.rootReal = realOrSelf(root);
            this.rootsReal = rootsReal;
            this.exclude = exclude == null ? null : exclude.toAbsolutePath().normalize();
            this.maxFileBytes = maxFileBytes;
            this.dropped = dropped;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            Path d = dir.normalize();
            if (exclude != null && d.startsWith(exclude)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!d.equals(root) && Files.isSymbolicLink(d)) {
                Path real = realOrSelf(d);
                if (rootsReal.stream().anyMatch(real::startsWith)) {
                    // a link to a folder of the inputs: its files are read there, under their own paths
                    dropped.passOver(d, "a link to the folder " + real + ", whose files are read there");
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Path p = file.normalize();
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (!isInputName(name) || (exclude != null && p.startsWith(exclude))) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                // the walk follows links: a link it reports as a link could not be followed
                dropped.drop(p, brokenLink(p));
            } else if (!attrs.isRegularFile()) {
                dropped.drop(p, "not a regular file (a pipe, socket or device): reading it could wait forever; "
                        + "move it out of the input folders");
            } else if (attrs.size() > maxFileBytes) {
                dropped.drop(p, tooLarge(attrs.size(), maxFileBytes));
            } else {
                String problem = readProblem(p);
                if (problem != null) {
                    dropped.drop(p, problem);
                } else {
                    Path real = realOrSelf(p);
                    boolean direct = real.equals(rootReal.resolve(root.relativize(p)));
                    found.putIfAbsent(p, new Found(p, real, direct ? null : firstLink(p)));
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            Path p = file.normalize();
            if (e instanceof FileSystemLoopException) {
                dropped.passOver(p, "a link to a folder around it (" + realOrSelf(p) + "), whose files are read once");
            } else if (Files.isDirectory(p)) {
                dropped.drop(p, "cannot open the folder (" + (e instanceof AccessDeniedException ? "permission denied"
                        : describe(e)) + "): none of its files is read; give the user running budgetlens read "
                        + "access to it, or leave it out of the inputs");
            } else if (isInputName(p.getFileName() == null ? "" : p.getFileName().toString())) {
                dropped.drop(p, Files.isSymbolicLink(p) ? brokenLink(p) : unreadable(e));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                dropped.drop(dir.normalize(), "the folder could not be read to its end (" + describe(e) + "): "
                        + "some of its files may not be read; check it and run again");
            }
            return FileVisitResult.CONTINUE;
        }

        /** Opens the file and reads its first byte: an unreadable file is dropped here, not halfway through a run. */
        private static String readProblem(Path p) {
            try (InputStream in = Files.newInputStream(p)) {
                in.read();
                return null;
            } catch (IOException | RuntimeException e) {
                return unreadable(e);
            }
        }

        private static String brokenLink(Path p) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(p));
            } catch (IOException | UnsupportedOperationException e) {
                target = "?";
            }
            try {
                p.toRealPath();
                return "a link to " + target + ", which cannot be read: check the link";
            } catch (NoSuchFileException e) {
                return "a link to " + target + ", which does not exist: fix or remove the link";
            } catch (IOException e) {
                return "a link to " + target + " that leads back to itself (a loop): fix or remove the link";
            }
        }

        /** The first link on the way from the input folder to {@code p} ({@code p} itself when only it is one). */
        private Path firstLink(Path p) {
            Path at = root;
            for (Path part : root.relativize(p)) {
                at = at.resolve(part);
                if (Files.isSymbolicLink(at)) {
                    return at;
                }
            }
            return p;
        }

        static Path realOrSelf(Path p) {
            try {
                return p.toRealPath();
            } catch (IOException e) {
                return p;
            }
        }
    }
}
