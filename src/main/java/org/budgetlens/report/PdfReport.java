package org.budgetlens.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * {@code report.pdf}: the print page laid out as A4 pages (the style sheet's print rules: sections from a new page,
 * table headings repeated, page numbers), the charts as the PNGs beside it, the bundled font embedded (subset to the
 * characters used, so any reader shows the Chinese).
 */
final class PdfReport {

    static {
        XRLog.setLoggingEnabled(false); // the layout engine's progress messages are not the command's output
        // PDFBox looks for the 14 standard PDF fonts among the system's fonts and logs each fallback it takes; the
        // report draws every text in the bundled font, so those messages are noise on the command's output
        for (String name : new String[] {"org.apache.pdfbox.pdmodel.font.PDType1Font",
            "org.apache.pdfbox.pdmodel.font.FileSystemFontProvider", "org.apache.pdfbox.pdmodel.font.FontMapperImpl"}) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                logger.setLevel(Level.ERROR);
            }
        }
    }

    private PdfReport() {
    }

    /** Lays out {@code html} (images relative to {@code folder}) into {@code pdf}. */
    static void write(String html, Path folder, Path pdf) throws IOException {
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(ReportFont.bytes()), "Report Sans");
            builder.withHtmlContent(html, folder.toUri().toString());
            builder.toStream(out);
            builder.run();
        }
    }
}
