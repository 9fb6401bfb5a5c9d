package org.qualityportal.portal.author.assets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * A file's media type from its bytes, by Tika's detector. The detector is given no file name: a name
 * is what an uploader chooses, the bytes are what a reader's program will open. The one exception is
 * plain text named {@code .csv}: no content tells a CSV table from other text.
 */
final class TypeDetector {
    private final Detector detector = new DefaultDetector();

    String detect(Path file, String fileName) throws IOException {
        String type;
        try (InputStream in = TikaInputStream.get(file)) {
            type = detector.detect(in, new Metadata()).getBaseType().toString();
        }
        type = OfficeContainers.refine(type, file);
        return FileTypes.TXT.equals(type) && "csv".equals(FileTypes.extension(fileName)) ? FileTypes.CSV : type;
    }
}
