package org.qualityportal.tools.attachments;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Flows text, bullet lists, tables and bar charts onto pages, starting a new page whenever the
 * next line or table row would cross the bottom margin, so nothing overflows. Fonts are embedded
 * as subsets, which keeps each file at a few tens of kilobytes.
 */
final class PdfComposer implements AutoCloseable {
    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    /** 16:9 with the width of an A4 sheet, for presentations. */
    static final PDRectangle SLIDE = new PDRectangle(842, 474);

    private static final float MARGIN = 42;
    private static final float FOOTER = 22;
    private static final float CELL_PADDING = 4;
    private static final float BULLET_INDENT = 14;
    private static final Color BAND = new Color(0x1F, 0x3A, 0x5F);
    private static final Color HEADER_FILL = new Color(0xE3, 0xE9, 0xF1);
    private static final Color SECTION_FILL = new Color(0xF3, 0xF5, 0xF8);
    private static final Color GRID = new Color(0x8A, 0x96, 0xA6);
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color BLUE = new Color(0x2F, 0x6D, 0xB5);
    static final Color ORANGE = new Color(0xE3, 0x8B, 0x1F);

    enum Style {
        TITLE(21, true, 1.25f, 10), HEADING(14, true, 1.3f, 6), SUBHEADING(11.5f, true, 1.3f, 4),
        LEAD(12.5f, false, 1.4f, 6), BODY(10.5f, false, 1.4f, 5), CELL(8.5f, false, 1.25f, 0),
        SMALL(8.5f, false, 1.3f, 3);

        final float size;
        final boolean bold;
        final float leading;
        final float after;

        Style(float size, boolean bold, float leading, float after) {
            this.size = size;
            this.bold = bold;
            this.leading = leading;
            this.after = after;
        }
    }

    /** A table row: cells, or (section) one line of text across the whole table. */
    record Row(List<String> cells, boolean section) {
        static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }

        static Row section(String text) {
            return new Row(List.of(text), true);
        }
    }

    /** One series of a bar chart: a name for the legend, a value per label, a colour. */
    record Series(String name, List<Double> values, Color color) {
    }

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private PDRectangle size = PORTRAIT;
    private PDPageContentStream out;
    private float y;
    /** Title of the current slide, repeated on the pages it continues onto. */
    private String slideTitle;

    PdfComposer(Path regularFont, Path boldFont, String title, String author, String subject, String footer)
            throws IOException {
        this.regular = PDType0Font.load(document, regularFont.toFile());
        this.bold = PDType0Font.load(document, boldFont.toFile());
        this.footer = footer;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator("Quality Portal attachment generator");
        document.getDocumentCatalog().setLanguage("ru");
    }

    void page(PDRectangle pageSize) {
        slideTitle = null;
        startPage(pageSize);
    }

    /** A presentation slide: a new page with the title in a coloured band at the top. */
    void slide(String title) {
        startPage(SLIDE);
        slideTitle = title;
        band(title);
    }

    void text(Style style, String text) {
        paragraph(style, text, false);
    }

    /** A presentation's title slide: title, author, position and a subtitle, {@code gap} points apart. */
    void titleSlide(float top, float gap, String title, String author, String position, String subtitle) {
        page(SLIDE);
        space(top);
        centered(Style.TITLE, title);
        space(gap);
        centered(Style.SUBHEADING, author);
        centered(Style.BODY, position);
        space(gap);
        centered(Style.BODY, subtitle);
    }

    void centered(Style style, String text) {
        paragraph(style, text, true);
    }

    void space(float points) {
        y -= points;
    }

    void bullets(Style style, List<String> items) {
        float width = contentWidth() - BULLET_INDENT;
        for (String item : items) {
            List<String> lines = wrap(item, font(style), style.size, width);
            for (int i = 0; i < lines.size(); i++) {
                float baseline = nextLine(style);
                if (i == 0) {
                    show(font(style), style.size, MARGIN + 3, baseline, "•");
                }
                show(font(style), style.size, MARGIN + BULLET_INDENT, baseline, lines.get(i));
            }
            y -= style.after * 0.6f;
        }
        y -= style.after * 0.4f;
    }

    /**
     * A table with wrapped cell text; {@code widths} are relative. A row never splits: when it does
     * not fit, it starts a new page, which repeats the header row.
     */
    void table(float[] widths, List<String> header, List<Row> rows) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = widths[i] / total * contentWidth();
        }
        float headerHeight = rowHeight(columns, header, bold);
        row(columns, header, bold, HEADER_FILL, headerHeight);
        for (Row row : rows) {
            float[] cellWidths = row.section() ? new float[] {contentWidth()} : columns;
            PDFont font = row.section() ? bold : regular;
            float height = rowHeight(cellWidths, row.cells(), font);
            if (height + headerHeight > usableHeight()) {
                throw new IllegalStateException("A table row is taller than a page: " + row.cells().get(0));
            }
            if (y - height < MARGIN + FOOTER) {
                continuePage();
                row(columns, header, bold, HEADER_FILL, headerHeight);
            }
            row(cellWidths, row.cells(), font, row.section() ? SECTION_FILL : null, height);
        }
        y -= Style.BODY.after * 2;
    }

    /**
     * Horizontal bars: one group per label, one bar per series, values printed after the bars, and
     * a legend above when there are several series.
     */
    void bars(List<String> labels, List<Series> series, double max, String unit) {
        Style style = Style.BODY;
        float labelWidth = contentWidth() * 0.32f;
        float valueWidth = 0;
        for (Series s : series) {
            for (double value : s.values()) {
                valueWidth = Math.max(valueWidth, width(bold, style.size, format(value) + unit));
            }
        }
        float barMax = contentWidth() - labelWidth - valueWidth - 6;
        float barHeight = series.size() > 1 ? 8 : 11;
        float lineHeight = style.size * style.leading;
        if (series.size() > 1) {
            ensure(style.size * 2);
            float x = MARGIN + labelWidth;
            for (Series s : series) {
                fill(s.color(), x, y - 9, 9, 9);
                show(regular, style.size, x + 13, y - 8, s.name());
                x += 13 + width(regular, style.size, s.name()) + 20;
            }
            y -= style.size * 2;
        }
        for (int i = 0; i < labels.size(); i++) {
            List<String> lines = wrap(labels.get(i), regular, style.size, labelWidth - 8);
            float group = Math.max(series.size() * (barHeight + 2), lines.size() * lineHeight) + 6;
            ensure(group);
            float top = y;
            for (int l = 0; l < lines.size(); l++) {
                show(regular, style.size, MARGIN, top - style.size - l * lineHeight + 1, lines.get(l));
            }
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(i);
                float barTop = top - s * (barHeight + 2);
                float length = (float) (value / max * barMax);
                fill(series.get(s).color(), MARGIN + labelWidth, barTop - barHeight, length, barHeight);
                show(bold, style.size, MARGIN + labelWidth + length + 5, barTop - barHeight + 1, format(value) + unit);
            }
            y = top - group;
        }
        y -= style.after;
    }

    /** Numbers the pages, saves, and returns the number of pages. */
    int save(Path file) throws IOException {
        closeStream();
        int total = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            try (PDPageContentStream s = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                String pageText = number + " / " + total;
                float right = page.getMediaBox().getWidth() - MARGIN;
                s.setNonStrokingColor(GRID);
                text(s, regular, 8, MARGIN, MARGIN - 10, footer);
                text(s, regular, 8, right - width(regular, 8, pageText), MARGIN - 10, pageText);
            }
        }
        fixedDocumentId();
        try (OutputStream out = Files.newOutputStream(file)) {
            document.save(out);
        }
        return total;
    }

    /**
     * PDFBox derives the trailer ID from the clock unless one is set; an ID from the title keeps
     * regenerated files byte-identical, so only real changes show in version control.
     */
    private void fixedDocumentId() throws IOException {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256")
                    .digest(document.getDocumentInformation().getTitle().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        COSString id = new COSString(Arrays.copyOf(digest, 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    @Override
    public void close() throws IOException {
        closeStream();
        document.close();
    }

    private void paragraph(Style style, String text, boolean centered) {
        PDFont font = font(style);
        for (String line : wrap(text, font, style.size, contentWidth())) {
            float baseline = nextLine(style);
            float x = centered ? MARGIN + (contentWidth() - width(font, style.size, line)) / 2 : MARGIN;
            show(font, style.size, x, baseline, line);
        }
        y -= style.after;
    }

    /** Reserves one line, moving to a new page if needed, and returns its baseline. */
    private float nextLine(Style style) {
        float height = style.size * style.leading;
        ensure(height);
        float baseline = y - style.size;
        y -= height;
        return baseline;
    }

    private void ensure(float height) {
        if (y - height < MARGIN + FOOTER) {
            continuePage();
        }
    }

    private void continuePage() {
        String title = slideTitle;
        startPage(size);
        if (title != null) {
            slideTitle = title;
            band(title + " (продолжение)");
        }
    }

    private void startPage(PDRectangle pageSize) {
        closeStream();
        size = pageSize;
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        try {
            out = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = pageSize.getHeight() - MARGIN;
    }

    private void band(String title) {
        Style style = Style.HEADING;
        List<String> lines = wrap(title, bold, style.size, contentWidth());
        float height = lines.size() * style.size * style.leading + 18;
        float top = size.getHeight();
        fill(BAND, 0, top - height, size.getWidth(), height);
        float baseline = top - 9 - style.size;
        for (String line : lines) {
            color(Color.WHITE);
            show(bold, style.size, MARGIN, baseline, line);
            baseline -= style.size * style.leading;
        }
        color(TEXT);
        y = top - height - 16;
    }

    private float rowHeight(float[] widths, List<String> cells, PDFont font) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), font, Style.CELL.size, widths[i] - 2 * CELL_PADDING).size());
        }
        return lines * Style.CELL.size * Style.CELL.leading + 2 * CELL_PADDING;
    }

    private void row(float[] widths, List<String> cells, PDFont font, Color background, float height) {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            if (background != null) {
                fill(background, x, y - height, widths[i], height);
            }
            stroke(x, y - height, widths[i], height);
            float baseline = y - CELL_PADDING - Style.CELL.size + 1;
            for (String line : wrap(cells.get(i), font, Style.CELL.size, widths[i] - 2 * CELL_PADDING)) {
                show(font, Style.CELL.size, x + CELL_PADDING, baseline, line);
                baseline -= Style.CELL.size * Style.CELL.leading;
            }
            x += widths[i];
        }
        y -= height;
    }

    /** Greedy word wrap on spaces; a word wider than the line is broken between characters. */
    private List<String> wrap(String text, PDFont font, float fontSize, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String line = "";
            for (String word : paragraph.trim().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, fontSize, candidate) <= width) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = word;
                while (width(font, fontSize, line) > width) {
                    int cut = line.length() - 1;
                    while (cut > 1 && width(font, fontSize, line.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line = line.substring(cut);
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private float contentWidth() {
        return size.getWidth() - 2 * MARGIN;
    }

    private float usableHeight() {
        return size.getHeight() - 2 * MARGIN - FOOTER - (slideTitle == null ? 0 : 70);
    }

    private PDFont font(Style style) {
        return style.bold ? bold : regular;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    private static float width(PDFont font, float fontSize, String text) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(PDFont font, float fontSize, float x, float baseline, String text) {
        try {
            text(out, font, fontSize, x, baseline, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream s, PDFont font, float fontSize, float x, float baseline, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, fontSize);
        s.newLineAtOffset(x, baseline);
        s.showText(text);
        s.endText();
    }

    private void fill(Color color, float x, float bottom, float w, float h) {
        try {
            out.setNonStrokingColor(color);
            out.addRect(x, bottom, w, h);
            out.fill();
            out.setNonStrokingColor(TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stroke(float x, float bottom, float w, float h) {
        try {
            out.setStrokingColor(GRID);
            out.setLineWidth(0.5f);
            out.addRect(x, bottom, w, h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void color(Color color) {
        try {
            out.setNonStrokingColor(color);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }
}
