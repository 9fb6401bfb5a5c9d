package org.qualityportal.discussions.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Both tables in one workbook (sheets «Предложения» and «Экспертные оценки»). Cells are set as text or
 * numbers, never as formulas, so typed text cannot turn into a formula here and needs no guard.
 */
public final class ResultsXlsx {
    /** Excel's limit for one cell; longer text is cut rather than failing the whole export. */
    private static final int MAX_CELL = 32_767;

    private ResultsXlsx() {
    }

    public static void write(Table contributions, Table evaluations, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            sheet(workbook, contributions, header);
            sheet(workbook, evaluations, header);
            workbook.write(out);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Table table, CellStyle headerStyle) {
        Sheet sheet = workbook.createSheet(table.name());
        Row head = sheet.createRow(0);
        for (int i = 0; i < table.header().size(); i++) {
            head.createCell(i).setCellValue(table.header().get(i));
            head.getCell(i).setCellStyle(headerStyle);
        }
        int r = 1;
        for (List<Object> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < cells.size(); i++) {
                Object v = cells.get(i);
                if (v instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else {
                    String s = v == null ? "" : v.toString();
                    row.createCell(i).setCellValue(s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s);
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
