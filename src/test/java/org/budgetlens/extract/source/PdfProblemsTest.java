package org.budgetlens.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.budgetlens.extract.ExtractRun;
import org.budgetlens.extract.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs that cannot be read, or only so: each gets a clear error naming what is wrong, and a run goes on. */
class SourceProblemsTest {

    private static final Path REAL = Path.of("src/test/resources/pdf/jiangsu/江苏省高级人民法院/2017-部门预算.pdf");

    @TempDir
    Path tmp;

    @Test
    void aScannedPdfHasNoTextLayer() throws IOException {
        Path pdf = tmp.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(200, 100,
                    BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(image, 50, 500);
            }
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> PdfSource.read(pdf)).isInstanceOf(SourceProblem.class)
                .hasMessage("no text layer: scanned image, needs OCR");
    }

    @Test
    void anOwnerPasswordDoesNotStopReading() throws IOException, SourceProblem {
        Path pdf = tmp.resolve("owner.pdf");
        write(pdf, "", "owner-secret");
        LaidOutDocument laid = PdfSource.read(pdf);
        assertThat(laid.readable()).extracting(LaidLine::text).anyMatch(t -> t.contains("665.38"));
    }

    @Test
    void aUserPasswordIsSaidSo() throws IOException {
        Path pdf = tmp.resolve("user.pdf");
        write(pdf, "user-secret", "owner-secret");
        assertThatThrownBy(() -> PdfSource.read(pdf)).isInstanceOf(SourceProblem.class)
                .hasMessageContaining("protected by a user password");
    }

    @Test
    void corruptAndTruncatedFilesAreRefusedWithWhy() throws IOException {
        Path corrupt = tmp.resolve("corrupt.pdf");
        byte[] noise = new byte[5000];
        new Random(3).nextBytes(noise);
        Files.write(corrupt, noise);
        assertThatThrownBy(() -> PdfSource.read(corrupt)).isInstanceOf(SourceProblem.class);

        Path truncated = tmp.resolve("truncated.pdf");
        byte[] whole = Files.readAllBytes(REAL);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> PdfSource.read(truncated)).isInstanceOf(SourceProblem.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void noDocumentCanHangTheRun() throws InterruptedException, IOException {
        // a long document (400 pages: seconds to read) given 100 ms
        Path longPdf = tmp.resolve("long.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument source = org.apache.pdfbox.Loader.loadPDF(REAL.toFile());
                org.apache.pdfbox.pdmodel.PDDocument target = new org.apache.pdfbox.pdmodel.PDDocument()) {
            while (target.getNumberOfPages() < 400) {
                for (org.apache.pdfbox.pdmodel.PDPage page : source.getPages()) {
                    target.importPage(page);
                }
            }
            target.save(longPdf.toFile());
        }
        assertThatThrownBy(() -> PdfSource.read(longPdf, Duration.ofMillis(100))).isInstanceOf(SourceProblem.class)
                .hasMessageContaining("took longer than");
        // the reading past its limit stops at its next character, path or page: it does not go on taking a core
        String name = "pdf-" + longPdf.getFileName();
        long until = System.nanoTime() + Duration.ofMillis(500).toNanos();
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive())
                && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void aPdfBombIsReadWithinItsTimeLimitOrRefusedWithWhy() throws IOException {
        // a page whose content stream inflates from a few hundred KB to 256 MB (blanks after one line of text)
        Path bomb = tmp.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.common.PDStream content = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (java.io.OutputStream out = content.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                out.write("BT /F1 12 Tf 72 700 Td (Total 665.38) Tj ET\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                byte[] blanks = new byte[1 << 20];
                Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i < 256; i++) {
                    out.write(blanks);
                }
            }
            page.setContents(content);
            doc.save(bomb.toFile());
        }
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        long start = System.nanoTime();
        try {
            PdfSource.read(bomb, Duration.ofSeconds(20));
        } catch (SourceProblem refused) {
            assertThat(refused.getMessage()).isNotBlank(); // refused with why: also an answer
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(40));
    }

    @Test
    void aBadPdfGetsItsReportAndTheOthersAreExtracted() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(REAL, in.resolve("2017-部门预算.pdf"));
        Files.write(in.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        ExtractRun.Summary s = new ExtractRun(Registry.empty(), tmp.resolve("out"), in)
                .run(ExtractRun.documents(List.of(in)));
        assertThat(s.documents()).isEqualTo(2);
        assertThat(s.figures()).isGreaterThan(100);
        Path report = s.written().stream().filter(p -> p.toString().contains("broken")).findFirst().orElseThrow();
        assertThat(Files.readString(report)).contains("could not be read as a PDF").contains("truncated");
    }

    private static void write(Path pdf, String user, String owner) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Total 2024: 665.38");
                s.endText();
            }
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false); // as publishers set it: copying text forbidden
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
    }
}
