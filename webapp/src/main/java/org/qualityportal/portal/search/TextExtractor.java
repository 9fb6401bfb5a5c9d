package org.qualityportal.portal.search;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The plain text of a file (PDF, DOCX, PPTX, XLSX, ODT and the other formats the portal accepts), read
 * with Tika's parsers, which recognise the format from the bytes. At most {@code maxChars} characters are
 * kept: the opening of a very long file is enough to find it by.
 */
final class TextExtractor {
    private final Parser parser = new AutoDetectParser();
    private final int maxChars;

    TextExtractor(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * The text of the file.
     *
     * @throws IOException when the file cannot be read or parsed (damaged, encrypted, not a document)
     */
    String extract(InputStream bytes, String fileName) throws IOException {
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try {
            parser.parse(bytes, handler, metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IOException("cannot read the text of " + fileName + ": " + e.getMessage(), e);
            }
        } catch (TikaException | RuntimeException e) {
            throw new IOException("cannot read the text of " + fileName + ": " + e.getMessage(), e);
        }
        return normalise(handler.toString());
    }

    /** Runs of blank space (PDF layout, table cells) become one space or one line break. */
    private static String normalise(String text) {
        return text.replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
    }
}
