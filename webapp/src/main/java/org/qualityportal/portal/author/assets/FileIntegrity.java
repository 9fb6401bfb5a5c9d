package org.qualityportal.portal.author.assets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Whether a file of a detected type is whole: the marks its format puts at the end are there and its
 * container can be opened. This catches files cut short by a failed copy or download, which type
 * detection, reading only the start, cannot see. JPEG is not checked: cameras append data after the
 * image's end mark, so its absence at the end proves nothing.
 */
final class FileIntegrity {
    private static final int TAIL = 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private FileIntegrity() {
    }

    /** Why the file is broken, in Russian, or empty when it looks whole. */
    static Optional<String> problem(Path file, String type) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(size, 16));
            byte[] tail = read(channel, Math.max(0, size - TAIL), (int) Math.min(size, TAIL));
            if (startsWith(head, ZIP_MAGIC)) {
                return zip(file);
            }
            if (startsWith(head, Ole2Directory.SIGNATURE)) {
                try {
                    Ole2Directory.names(file);
                } catch (BrokenFileException e) {
                    return Optional.of("Файл повреждён: " + e.getMessage() + ".");
                }
                return Optional.empty();
            }
            return switch (type) {
                case FileTypes.PDF -> contains(tail, "%%EOF".getBytes(StandardCharsets.US_ASCII)) ? Optional.empty()
                        : Optional.of("PDF-файл неполный: в конце нет отметки «%%EOF» — вероятно, он повреждён "
                                + "или загружен не до конца.");
                case FileTypes.PNG -> contains(tail, "IEND".getBytes(StandardCharsets.US_ASCII)) ? Optional.empty()
                        : Optional.of("Изображение PNG неполное: нет завершающего блока — вероятно, файл обрезан.");
                case FileTypes.GIF -> tail.length > 0 && tail[tail.length - 1] == 0x3B ? Optional.empty()
                        : Optional.of("Изображение GIF неполное: нет завершающего байта — вероятно, файл обрезан.");
                case FileTypes.WEBP -> webp(head, size);
                default -> Optional.empty();
            };
        }
    }

    private static Optional<String> zip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.size() > 0 ? Optional.empty() : Optional.of("Файл повреждён: в архиве документа нет ни одной части.");
        } catch (ZipException e) {
            return Optional.of("Файл повреждён: архив документа не читается — вероятно, файл загружен не до конца.");
        }
    }

    /** A RIFF file states its own length after the first four bytes. */
    private static Optional<String> webp(byte[] head, long size) {
        if (head.length < 12) {
            return Optional.of("Изображение WebP неполное.");
        }
        long declared = ByteBuffer.wrap(head, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        return declared + 8 <= size ? Optional.empty()
                : Optional.of("Изображение WebP неполное: файл короче, чем записано в его заголовке.");
    }

    private static byte[] read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
            // until full or end of file
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
