package org.qualityportal.portal.author.assets;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small real files of each kind the assets app meets, made in code (the PDF is the seed content's). */
final class SampleFiles {
    static final Path SEED_PDF = Path.of("../content-import/dam.documents.order-2018-03-524.file.pdf");
    static final String OOXML_MAIN = "application/vnd.openxmlformats-officedocument.";

    private SampleFiles() {
    }

    static byte[] pdf() {
        try {
            return Files.readAllBytes(SEED_PDF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] image(String format, Color color) {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 12; y++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? color.getRGB() : Color.WHITE.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png() {
        return image("png", Color.BLUE);
    }

    /** An OOXML package whose main part has the given type, e.g. {@code wordprocessingml.document.main+xml}. */
    static byte[] ooxml(String mainType, String mainPart, boolean macros) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
            put(zip, mainPart, "<document/>");
            if (macros) {
                put(zip, mainPart.substring(0, mainPart.indexOf('/') + 1) + "vbaProject.bin", "VBA");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] docx() {
        return ooxml(OOXML_MAIN + "wordprocessingml.document.main+xml", "word/document.xml", false);
    }

    static byte[] xlsx() {
        return ooxml(OOXML_MAIN + "spreadsheetml.sheet.main+xml", "xl/workbook.xml", false);
    }

    static byte[] pptx() {
        return ooxml(OOXML_MAIN + "presentationml.presentation.main+xml", "ppt/presentation.xml", false);
    }

    /** An OpenDocument file: its {@code mimetype} entry first and uncompressed, as the format requires. */
    static byte[] odf(String mimeType) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] declared = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(declared.length);
            CRC32 crc = new CRC32();
            crc.update(declared);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(declared);
            zip.closeEntry();
            put(zip, "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
            put(zip, "META-INF/manifest.xml", "<manifest/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A minimal OLE2 compound file per [MS-CFB] version 3: header, one FAT sector, one directory
     * sector (the root and one stream) and one data sector.
     */
    static byte[] ole2(String streamName) {
        ByteBuffer b = ByteBuffer.allocate(512 * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        b.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE)
                .putShort(0x1E, (short) 9).putShort(0x20, (short) 6);
        b.putInt(0x2C, 1).putInt(0x30, 1).putInt(0x38, 4096).putInt(0x3C, -2).putInt(0x44, -2);
        for (int i = 0; i < 109; i++) {
            b.putInt(0x4C + 4 * i, i == 0 ? 0 : -1);
        }
        int fat = 512;
        for (int i = 0; i < 128; i++) {
            b.putInt(fat + 4 * i, -1);
        }
        b.putInt(fat, -3).putInt(fat + 4, -2).putInt(fat + 8, -2);
        entry(b, 1024, "Root Entry", 5, 1, -2, 0);
        entry(b, 1024 + 128, streamName, 2, -1, 2, 512);
        return b.array();
    }

    private static void entry(ByteBuffer b, int base, String name, int type, int child, int start, int size) {
        for (int i = 0; i < name.length(); i++) {
            b.putChar(base + 2 * i, name.charAt(i));
        }
        b.putShort(base + 0x40, (short) ((name.length() + 1) * 2));
        b.put(base + 0x42, (byte) type).put(base + 0x43, (byte) 1);
        b.putInt(base + 0x44, -1).putInt(base + 0x48, -1).putInt(base + 0x4C, child);
        b.putInt(base + 0x74, start).putInt(base + 0x78, size);
    }

    /** The start of an ELF program for x86-64, then filler. */
    static byte[] elf() {
        byte[] bytes = new byte[512];
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] cut(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
