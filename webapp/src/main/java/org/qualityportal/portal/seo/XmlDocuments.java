package org.qualityportal.portal.seo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writing XML documents with StAX: the writer escapes markup; this removes what XML 1.0 cannot carry at all. */
final class XmlDocuments {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlDocuments() {
    }

    /** Body of a document written by the caller. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** A UTF-8 document with an XML declaration. */
    static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write XML: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** An element with text content; control characters XML 1.0 forbids are dropped. */
    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** W3C / RFC 3339 date-time in UTC, to the second: {@code 2021-02-11T09:30:00Z}. */
    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The text without characters outside XML 1.0's {@code Char} production (NUL, most C0 controls, lone surrogates). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlDocuments::isXmlChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
