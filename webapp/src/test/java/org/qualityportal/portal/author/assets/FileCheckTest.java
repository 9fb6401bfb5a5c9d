package org.qualityportal.portal.author.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** What an upload becomes: the type from the bytes, or a refusal that says why. */
class FileCheckTest {
    private static final List<String> DEFAULT_TYPES = new AssetProperties(DataSize.ofMegabytes(50), DataSize.ofMegabytes(200),
            List.of(FileTypes.PDF, FileTypes.DOCX, FileTypes.XLSX, FileTypes.PPTX, FileTypes.ODT, FileTypes.ODS, FileTypes.ODP,
                    FileTypes.DOC, FileTypes.XLS, FileTypes.PPT, FileTypes.PNG, FileTypes.JPEG, FileTypes.GIF, FileTypes.WEBP,
                    FileTypes.TXT, FileTypes.CSV)).allowedTypes();

    @TempDir
    Path dir;

    private final FileCheck check = new FileCheck(new AssetProperties(DataSize.ofMegabytes(50), DataSize.ofMegabytes(200),
            DEFAULT_TYPES));

    @Test
    void typesComeFromTheBytes() throws IOException {
        assertAccepted("приказ.pdf", SampleFiles.pdf(), FileTypes.PDF);
        assertAccepted("отчёт.docx", SampleFiles.docx(), FileTypes.DOCX);
        assertAccepted("таблица.xlsx", SampleFiles.xlsx(), FileTypes.XLSX);
        assertAccepted("слайды.pptx", SampleFiles.pptx(), FileTypes.PPTX);
        assertAccepted("текст.odt", SampleFiles.odf(FileTypes.ODT), FileTypes.ODT);
        assertAccepted("таблица.ods", SampleFiles.odf(FileTypes.ODS), FileTypes.ODS);
        assertAccepted("старый.doc", SampleFiles.ole2("WordDocument"), FileTypes.DOC);
        assertAccepted("старая.xls", SampleFiles.ole2("Workbook"), FileTypes.XLS);
        assertAccepted("старые.ppt", SampleFiles.ole2("PowerPoint Document"), FileTypes.PPT);
        assertAccepted("схема.png", SampleFiles.png(), FileTypes.PNG);
        assertAccepted("фото.jpg", SampleFiles.image("jpg", Color.RED), FileTypes.JPEG);
        assertAccepted("значок.gif", SampleFiles.image("gif", Color.GREEN), FileTypes.GIF);
        assertAccepted("рисунок.webp", webp(), FileTypes.WEBP);
        assertAccepted("заметки.txt", SampleFiles.text("Итоги мониторинга: 43 муниципалитета.\n"), FileTypes.TXT);
        assertAccepted("данные.csv", SampleFiles.text("округ;баллы\nКопейск;12\n"), FileTypes.CSV);
    }

    @Test
    void aNameWithoutAnExtensionIsJudgedByContentAlone() throws IOException {
        assertAccepted("Приказ без расширения", SampleFiles.pdf(), FileTypes.PDF);
        assertAccepted("README", SampleFiles.text("просто текст"), FileTypes.TXT);
    }

    @Test
    void brokenAndEmptyFilesAreRefusedWithTheReason() throws IOException {
        assertRefused("пустой.pdf", new byte[0], "Файл пустой");
        assertRefused("не-pdf.pdf", SampleFiles.text("Это просто текст, а не PDF."), "Имя файла указывает на PDF (.pdf), но по содержимому это Текст");
        byte[] pdf = SampleFiles.pdf();
        assertRefused("обрезан.pdf", SampleFiles.cut(pdf, pdf.length / 2), "PDF-файл неполный");
        byte[] docx = SampleFiles.docx();
        assertRefused("обрезан.docx", SampleFiles.cut(docx, docx.length - 30), "Файл повреждён");
        assertRefused("обрезан.doc", SampleFiles.cut(SampleFiles.ole2("WordDocument"), 1000), "Файл повреждён");
        byte[] png = SampleFiles.png();
        assertRefused("обрезан.png", SampleFiles.cut(png, png.length - 20), "PNG неполное");
    }

    @Test
    void pagesProgramsAndOtherTypesAreRefused() throws IOException {
        assertRefused("программа", SampleFiles.elf(), "По содержимому это программа — такие файлы не принимаются");
        assertRefused("страница.txt", SampleFiles.text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
                "веб-страница (HTML)");
        assertRefused("рисунок.png", SampleFiles.text("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
                "рисунок SVG");
        assertRefused("страница.html", SampleFiles.text("просто текст"), "расширением «.html» не принимаются");
        assertRefused("макросы.docx", SampleFiles.ooxml(SampleFiles.OOXML_MAIN + "wordprocessingml.document.main+xml",
                "word/document.xml", true), "документ Office с макросами");
        assertRefused("макросы.docm", SampleFiles.ooxml("application/vnd.ms-word.document.macroEnabled.main+xml",
                "word/document.xml", false), "документ Word с макросами");
    }

    @Test
    void aNameThatClaimsAnotherTypeIsRefused() throws IOException {
        assertRefused("фото.png", SampleFiles.image("jpg", Color.RED), "Имя файла указывает на PNG (.png), но по содержимому это JPEG");
        assertRefused("старый.doc", SampleFiles.docx(), "по содержимому это Word (DOCX)");
    }

    @Test
    void sizeAndAllowedTypesFollowTheSettings() throws IOException {
        FileCheck strict = new FileCheck(new AssetProperties(DataSize.ofBytes(100), DataSize.ofBytes(1000), List.of(FileTypes.PDF)));
        Path small = write("заметки.txt", SampleFiles.text("коротко"));
        Path large = write("большой.pdf", SampleFiles.pdf());

        assertThat(strict.check(small, "заметки.txt").problem()).contains("такие файлы не принимаются", "Можно загружать: PDF.");
        assertThat(strict.check(large, "большой.pdf").problem()).startsWith("Файл больше допустимого:").endsWith("при пределе 100 байт.");
    }

    private void assertAccepted(String name, byte[] bytes, String type) throws IOException {
        FileCheck.Verdict verdict = check.check(write(name, bytes), name);
        assertThat(verdict.problem()).as(name).isNull();
        assertThat(verdict.mimeType()).as(name).isEqualTo(type);
    }

    private void assertRefused(String name, byte[] bytes, String reason) throws IOException {
        FileCheck.Verdict verdict = check.check(write(name, bytes), name);
        assertThat(verdict.ok()).as(name).isFalse();
        assertThat(verdict.problem()).as(name).contains(reason);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".bin");
        return Files.write(file, bytes);
    }

    /** RIFF container with a WEBP tag and one (empty) lossless chunk; the RIFF length counts what follows it. */
    private static byte[] webp() {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII))
                .putInt(20).put((byte) 0x2F);
        return b.array();
    }
}
