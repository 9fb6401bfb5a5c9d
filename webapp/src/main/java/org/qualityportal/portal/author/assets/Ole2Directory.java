package org.qualityportal.portal.author.assets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the streams and storages in an OLE2 compound file (the container of DOC, XLS and PPT),
 * read from its directory per [MS-CFB]. Reading walks the allocation table, so a truncated or damaged
 * file fails here with a {@link BrokenFileException}. Nothing is decompressed or interpreted.
 */
final class Ole2Directory {
    static final byte[] SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int HEADER_FAT_ENTRIES = 109;
    private static final int END_OF_CHAIN = -2;
    private static final int FREE = -1;
    private static final int ENTRY_SIZE = 128;

    private Ole2Directory() {
    }

    static Set<String> names(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Reader(channel).names();
        }
    }

    private static final class Reader {
        private final FileChannel channel;
        private final long size;
        private int sectorSize;

        Reader(FileChannel channel) throws IOException {
            this.channel = channel;
            this.size = channel.size();
        }

        Set<String> names() throws IOException {
            ByteBuffer header = read(0, 512);
            for (int i = 0; i < SIGNATURE.length; i++) {
                if (header.get(i) != SIGNATURE[i]) {
                    throw broken();
                }
            }
            int shift = header.getShort(0x1E);
            if (shift != 9 && shift != 12) {
                throw broken();
            }
            sectorSize = 1 << shift;
            int[] fat = fat(header);
            for (int i = 0; i < fat.length; i++) {
                // every sector the table marks as used must be in the file
                if (fat[i] != FREE && offset(i) >= size) {
                    throw broken();
                }
            }
            return directory(header.getInt(0x30), fat);
        }

        private int[] fat(ByteBuffer header) throws IOException {
            int fatSectors = header.getInt(0x2C);
            if (fatSectors < 0 || (long) fatSectors * sectorSize > size) {
                throw broken();
            }
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < HEADER_FAT_ENTRIES && ids.size() < fatSectors; i++) {
                ids.add(header.getInt(0x4C + 4 * i));
            }
            int perSector = sectorSize / 4;
            int difat = header.getInt(0x44);
            for (int hops = 0; ids.size() < fatSectors; hops++) {
                if (hops > size / sectorSize) {
                    throw broken();
                }
                ByteBuffer sector = sector(difat);
                for (int i = 0; i < perSector - 1 && ids.size() < fatSectors; i++) {
                    ids.add(sector.getInt(4 * i));
                }
                difat = sector.getInt(sectorSize - 4);
            }
            int[] fat = new int[fatSectors * perSector];
            for (int k = 0; k < ids.size(); k++) {
                ByteBuffer sector = sector(ids.get(k));
                for (int j = 0; j < perSector; j++) {
                    fat[k * perSector + j] = sector.getInt(4 * j);
                }
            }
            return fat;
        }

        private Set<String> directory(int first, int[] fat) throws IOException {
            Set<String> names = new LinkedHashSet<>();
            int visited = 0;
            for (int id = first; id != END_OF_CHAIN; id = fat[id]) {
                if (id < 0 || id >= fat.length || visited++ > fat.length) {
                    throw broken();
                }
                ByteBuffer sector = sector(id);
                for (int base = 0; base + ENTRY_SIZE <= sectorSize; base += ENTRY_SIZE) {
                    int nameBytes = sector.getShort(base + 0x40);
                    int type = sector.get(base + 0x42);
                    if (type == 0 || nameBytes < 2 || nameBytes > 64) {
                        continue;
                    }
                    char[] name = new char[nameBytes / 2 - 1];
                    for (int i = 0; i < name.length; i++) {
                        name[i] = sector.getChar(base + 2 * i);
                    }
                    names.add(new String(name));
                }
            }
            return names;
        }

        private long offset(int id) {
            return ((long) id + 1) * sectorSize;
        }

        private ByteBuffer sector(int id) throws IOException {
            if (id < 0 || offset(id) >= size) {
                throw broken();
            }
            return read(offset(id), sectorSize);
        }

        /** Reads {@code length} bytes; a short last sector is padded with zeros, as readers of the format do. */
        private ByteBuffer read(long offset, int length) throws IOException {
            if (offset + Math.min(length, 512) > size) {
                throw broken();
            }
            ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                // keep reading until the buffer is full or the file ends
            }
            return buffer.clear();
        }

        private static BrokenFileException broken() {
            return new BrokenFileException("структура документа Microsoft Office нарушена — вероятно, файл повреждён "
                    + "или загружен не до конца");
        }
    }
}
