package org.budgetlens.extract.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.budgetlens.files.TempFiles;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The PDF adapter: reads a published PDF with Apache PDFBox into a {@link LaidOutDocument}. Every page is read once
 * for its characters and once for its rulings; tables come from the rulings (lines and filled rectangles), the rest
 * from characters grouped into lines, then paragraphs are rebuilt and page numbers and running heads set apart
 * ({@link DocumentLayout}). PDFBox buffers in scratch files, so a long document does not hold the heap.
 */
public final class PdfSource {

    static {
        // PDFBox and fontbox log a warning for every font quirk of these documents (hundreds per file) and the
        // building of their font cache: noise on the command's output, not news. Errors still show.
        for (String name : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                logger.setLevel(Level.ERROR);
            }
        }
    }

    private PdfSource() {
    }

    /**
     * Reads a PDF within a time limit: a document that takes longer is reported, and its reading thread is
     * interrupted; the readers of characters and rulings stop at their next character, path or page when it is
     * ({@link #stopIfCancelled}), so a document past its limit does not go on taking a core.
     */
    public static LaidOutDocument read(Path file, Duration limit) throws SourceProblem {
        FutureTask<LaidOutDocument> task = new FutureTask<>(() -> read(file));
        Thread reader = new Thread(task, "pdf-" + file.getFileName());
        reader.setDaemon(true);
        reader.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new SourceProblem("reading took longer than " + limit.toSeconds() + " s: skipped (the run goes on)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SourceProblem p) {
                throw p;
            }
            throw new SourceProblem("PDFBox could not read the PDF: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceProblem("interrupted while reading", e);
        }
    }

    /** Thrown inside PDFBox's callbacks when the reading thread was interrupted: the reading ends there. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("reading cancelled (time limit)", null, false, false);
        }
    }

    /** Ends the reading when its thread was interrupted (the time limit passed). */
    static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }

    public static LaidOutDocument read(Path file) throws SourceProblem {
        checkComplete(file);
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", null, null, scratchFiles())) {
            return lay(document);
        } catch (InvalidPasswordException e) {
            throw new SourceProblem("the PDF is protected by a user password: open it with the password and save an"
                    + " unprotected copy", e);
        } catch (IOException e) {
            throw new SourceProblem("not a readable PDF (corrupt or truncated?): " + e.getMessage(), e);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new SourceProblem("PDFBox could not read the PDF: " + e, e);
        }
    }

    /**
     * PDFBox keeps a document's streams in scratch files, here in the run's own temp folder (removed after a killed
     * run too, see {@link TempFiles}), not loose in the temp dir.
     */
    private static RandomAccessStreamCache.StreamCacheCreateFunction scratchFiles() throws IOException {
        return MemoryUsageSetting.setupTempFileOnly().setTempDir(TempFiles.runFolder().toFile()).streamCache;
    }

    /** How far from the end a complete PDF has its end-of-file marker. */
    private static final int TAIL_BYTES = 2048;

    /**
     * A download cut off has no end-of-file marker: PDFBox would read what is there and say nothing, so its figures
     * would be silently fewer. Such a file is refused, naming what is wrong.
     */
    private static void checkComplete(Path file) throws SourceProblem {
        try (java.nio.channels.SeekableByteChannel ch = java.nio.file.Files.newByteChannel(file)) {
            long size = ch.size();
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(size, TAIL_BYTES));
            ch.position(size - tail.capacity());
            while (tail.hasRemaining() && ch.read(tail) > 0) {
                // read the tail whole
            }
            String end = new String(tail.array(), 0, tail.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!end.contains("%%EOF")) {
                throw new SourceProblem(size == 0 ? "the file is empty" : "the PDF is truncated (no %%EOF at its end: "
                        + "the download was cut off?); download it again");
            }
        } catch (IOException e) {
            throw new SourceProblem("cannot read the file: " + e.getMessage(), e);
        }
    }

    private static LaidOutDocument lay(PDDocument document) throws IOException, SourceProblem {
        List<List<Glyph>> glyphs = new GlyphCollector().collect(document);
        List<List<LaidLine>> pages = new ArrayList<>();
        List<float[]> sizes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int images = 0;
        int characters = 0;
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            stopIfCancelled();
            PDPage page = document.getPage(p);
            RulingCollector rulings = new RulingCollector(page);
            List<Segment> segments = rulings.collect();
            if (segments.size() > RulingCollector.MAX_SEGMENTS) {
                notes.add("p. " + (p + 1) + ": more than " + RulingCollector.MAX_SEGMENTS + " ruling pieces (hatching?):"
                        + " its tables are not read from rulings");
                segments = List.of();
            }
            images += rulings.images();
            characters += glyphs.get(p).size();
            if (glyphs.get(p).isEmpty()) {
                notes.add("p. " + (p + 1) + ": no text" + (rulings.images() > 0 ? " (an image only: scanned?)" : ""));
            }
            pages.add(PageLayout.lay(p + 1, glyphs.get(p), segments));
            sizes.add(new float[] {page.getCropBox().getWidth(), page.getCropBox().getHeight()});
        }
        if (characters == 0) {
            throw new SourceProblem(images > 0 ? "no text layer: scanned image, needs OCR"
                    : "no text layer: the PDF has no characters to read");
        }
        return new LaidOutDocument(DocumentLayout.lay(pages, sizes), pages.size(), notes);
    }
}
