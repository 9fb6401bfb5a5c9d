package org.qualityportal.discussions.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small flowing layout on A4 pages: headings, wrapped paragraphs and tables whose rows wrap and
 * continue on the next page (with the header repeated). PDFBox only draws glyphs at coordinates; this
 * keeps the cursor so that {@link SummaryPdf} reads as the summary's outline. The fonts are DejaVu, bundled
 * with the module, because the standard PDF fonts have no Cyrillic.
 */
final class PdfLayout implements AutoCloseable {
    static final float MARGIN = 40;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float PADDING = 2;

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    PdfLayout(PDDocument document) throws IOException {
        this.document = document;
        this.regular = font(document, "DejaVuSans.ttf");
        this.bold = font(document, "DejaVuSans-Bold.ttf");
        newPage();
    }

    private static PDType0Font font(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfLayout.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font /fonts/" + name + " is not on the classpath");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.6f);
        paragraph(text, bold, size);
        space(size * 0.3f);
    }

    void paragraph(String text, float size) throws IOException {
        paragraph(text, regular, size);
    }

    void space(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        } else {
            y -= height;
        }
    }

    private void paragraph(String text, PDType0Font font, float size) throws IOException {
        for (String line : wrap(text, font, size, WIDTH)) {
            if (y - leading(size) < MARGIN) {
                newPage();
            }
            y -= leading(size);
            show(line, font, size, MARGIN, y + size * 0.25f);
        }
    }

    /** A table; {@code widths} are fractions of the text width. Rows taller than a page are split. */
    void table(float[] widths, List<String> header, List<List<String>> rows, float size) throws IOException {
        List<List<String>> head = cells(header, widths, bold, size);
        drawRow(head, widths, bold, size, null);
        for (List<String> row : rows) {
            drawRow(cells(row, widths, regular, size), widths, regular, size, head);
        }
    }

    private void drawRow(List<List<String>> lines, float[] widths, PDType0Font font, float size,
                         List<List<String>> head) throws IOException {
        int total = lines.stream().mapToInt(List::size).max().orElse(1);
        int from = 0;
        while (from < total) {
            int fit = (int) ((y - MARGIN - 2 * PADDING) / leading(size));
            if (fit < Math.min(total - from, 3) && y < PDRectangle.A4.getHeight() - MARGIN - 1) {
                newPage();
                if (head != null) {
                    drawRow(head, widths, bold, size, null);
                }
                continue;
            }
            int to = Math.min(total, from + Math.max(fit, 1));
            float height = (to - from) * leading(size) + 2 * PADDING;
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                float w = widths[c] * WIDTH;
                stream.addRect(x, y - height, w, height);
                List<String> cell = lines.get(c);
                for (int i = from; i < Math.min(to, cell.size()); i++) {
                    show(cell.get(i), font, size, x + PADDING, y - PADDING - (i - from + 1) * leading(size) + size * 0.25f);
                }
                x += w;
            }
            stream.setLineWidth(0.3f);
            stream.stroke();
            y -= height;
            from = to;
        }
    }

    private List<List<String>> cells(List<String> row, float[] widths, PDType0Font font, float size) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            cells.add(wrap(c < row.size() ? row.get(c) : "", font, size, widths[c] * WIDTH - 2 * PADDING));
        }
        return cells;
    }

    /** Greedy word wrap; words longer than the width are broken by characters. */
    List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                for (int i = 0; i < word.length(); ) {
                    int cp = word.codePointAt(i);
                    String next = line.toString() + Character.toString(cp);
                    if (width(next, font, size) > width && !line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.appendCodePoint(cp);
                    i += Character.charCount(cp);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Tabs become spaces, other control characters and glyphs the font lacks become {@code ?}. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || !printable.computeIfAbsent(cp, this::hasGlyph)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int cp) {
        try {
            regular.encode(Character.toString(cp));
            bold.encode(Character.toString(cp));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static float leading(float size) {
        return size * 1.3f;
    }

    private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
