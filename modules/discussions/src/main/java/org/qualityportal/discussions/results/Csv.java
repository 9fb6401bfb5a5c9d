package org.qualityportal.discussions.results;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Table} as CSV the way Russian Excel opens it by double click: UTF-8 with a byte order
 * mark, {@code ;} between cells, CRLF line ends, RFC 4180 quoting. Cells a spreadsheet would take for a
 * formula ({@code = + - @}, tab, carriage return first) get a leading {@code '}: the texts are typed by
 * the public, and an export must not run what they typed.
 */
public final class Csv {
    private static final char SEPARATOR = ';';

    private Csv() {
    }

    public static void write(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, List.copyOf(table.header()));
        for (List<Object> row : table.rows()) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(SEPARATOR);
            }
            Object cell = cells.get(i);
            w.write(cell instanceof Number n ? n.toString() : quote(guard(cell == null ? "" : cell.toString())));
        }
        w.write("\r\n");
    }

    /** Defuses formula injection (OWASP "CSV injection"). */
    static String guard(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String quote(String cell) {
        if (cell.indexOf(SEPARATOR) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0
                && cell.indexOf(',') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
