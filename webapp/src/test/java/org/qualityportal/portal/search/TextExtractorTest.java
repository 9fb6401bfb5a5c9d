package org.qualityportal.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Text comes out of every attachment format the issue names, made here with the same libraries office
 * suites' files are read with; a damaged file is an exception, never a hang or empty success; long text
 * is cut at the limit.
 */
class TextExtractorTest {
    private static final Path ORDER_PDF = Path.of("../content-import/dam.documents.order-2018-03-524.file.pdf");
    private static final String PHRASE = "Мониторинг качества подготовки обучающихся";

    private final TextExtractor extractor = new TextExtractor(100_000);

    @Test
    void pdfOfTheSeedOrder() throws IOException {
        try (InputStream in = Files.newInputStream(ORDER_PDF)) {
            String text = extractor.extract(in, "Приказ.pdf");
            assertThat(text).contains("03/524").contains("изложении редакции").contains("Челябинской области");
        }
    }

    @Test
    void docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(PHRASE);
            doc.write(out);
        }
        assertThat(extract(out.toByteArray(), "отчёт.docx")).contains(PHRASE);
    }

    @Test
    void xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Итоги").createRow(0).createCell(0).setCellValue("Копейский городской округ");
            book.write(out);
        }
        assertThat(extract(out.toByteArray(), "итоги.xlsx")).contains("Копейский городской округ");
    }

    @Test
    void pptx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setText(PHRASE);
            show.write(out);
        }
        assertThat(extract(out.toByteArray(), "доклад.pptx")).contains(PHRASE);
    }

    @Test
    void odt() throws IOException {
        assertThat(extract(odt("Образовательная агломерация как ресурс"), "статья.odt"))
                .contains("Образовательная агломерация как ресурс");
    }

    @Test
    void aDamagedOrForeignFileIsAnErrorNotText() throws IOException {
        byte[] pdf = Files.readAllBytes(ORDER_PDF);
        assertThatThrownBy(() -> extract(Arrays.copyOf(pdf, 1000), "обрезанный.pdf")).isInstanceOf(IOException.class);
        byte[] zipNotDocx = Arrays.copyOf(odt("x"), 200);
        assertThatThrownBy(() -> extract(zipNotDocx, "сломанный.docx")).isInstanceOf(IOException.class);
    }

    @Test
    void longTextIsCutAtTheLimit() throws IOException {
        String text = new TextExtractor(300).extract(Files.newInputStream(ORDER_PDF), "Приказ.pdf");
        assertThat(text).isNotEmpty().hasSizeLessThanOrEqualTo(300).contains("ПРИКАЗ");
    }

    private String extract(byte[] bytes, String name) throws IOException {
        return extractor.extract(new ByteArrayInputStream(bytes), name);
    }

    /** The smallest OpenDocument text: the stored mimetype first, the content and the manifest. */
    private static byte[] odt(String paragraph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                      <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                    </office:document-content>
                    """.formatted(paragraph));
            entry(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                      <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
