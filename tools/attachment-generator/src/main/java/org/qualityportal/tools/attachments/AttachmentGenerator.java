package org.qualityportal.tools.attachments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the PDF attachments of the seed content into {@code content-import/} beside their asset
 * files. Run from the project root; every option has a default:
 * <pre>
 * --content-import=content-import
 * --font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
 * --bold-font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
 * </pre>
 * The fonts need Cyrillic glyphs; they are embedded as subsets.
 */
public final class AttachmentGenerator {
    private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/";

    private final Path contentImport;
    private final Path font;
    private final Path boldFont;

    AttachmentGenerator(Path contentImport, Path font, Path boldFont) {
        this.contentImport = contentImport;
        this.font = font;
        this.boldFont = boldFont;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Options are --name=value, not: " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        new AttachmentGenerator(
                Path.of(options.getOrDefault("content-import", "content-import")),
                Path.of(options.getOrDefault("font", DEJAVU + "DejaVuSans.ttf")),
                Path.of(options.getOrDefault("bold-font", DEJAVU + "DejaVuSans-Bold.ttf"))).run();
    }

    void run() throws IOException {
        Roadmap roadmap = Roadmap.read(contentImport);
        try (PdfComposer pdf = composer("Приказ от " + OrderDocument.DATE + " № " + OrderDocument.NUMBER,
                OrderDocument.ISSUER, OrderDocument.TITLE_TEXT)) {
            OrderDocument.compose(pdf, roadmap);
            write(pdf, "dam.documents.order-2018-03-524.file.pdf");
        }
        try (PdfComposer pdf = composer(AgglomerationPresentation.TITLE_TEXT, AgglomerationPresentation.AUTHOR,
                "Презентация")) {
            AgglomerationPresentation.compose(pdf);
            write(pdf, "dam.presentations.agglomeration-2018.file.pdf");
        }
        try (PdfComposer pdf = composer(MechanismsPresentation.TITLE_TEXT, MechanismsPresentation.AUTHOR,
                "Презентация")) {
            MechanismsPresentation.compose(pdf);
            write(pdf, "dam.presentations.barabas-2021.file.pdf");
        }
    }

    private PdfComposer composer(String title, String author, String subject) throws IOException {
        String footer = title.length() > 90 ? title.substring(0, title.lastIndexOf(' ', 90)) + "…" : title;
        return new PdfComposer(font, boldFont, title, author, subject, footer);
    }

    private void write(PdfComposer pdf, String fileName) throws IOException {
        Path file = contentImport.resolve(fileName);
        int pages = pdf.save(file);
        System.out.printf("%s: %d pages, %d bytes%n", file, pages, Files.size(file));
    }
}
