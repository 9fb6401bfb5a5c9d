package org.qualityportal.discussions.results;

import java.util.List;

/**
 * A sheet of results as plain cells, built once and written as CSV, XLSX or PDF, so that every format
 * has the same columns. Cells are {@link String} or {@link Integer} (numbers stay numbers in a workbook).
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
