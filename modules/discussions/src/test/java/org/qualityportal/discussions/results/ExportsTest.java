package org.qualityportal.discussions.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityportal.discussions.Fixtures.contribution;
import static org.qualityportal.discussions.Fixtures.published;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qualityportal.discussions.Fixtures;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.ContributionStatus;
import org.qualityportal.discussions.discussion.Stance;
import org.qualityportal.discussions.discussion.Track;
import org.qualityportal.discussions.review.Assignment;
import org.qualityportal.discussions.review.Evaluation;
import org.qualityportal.discussions.review.EvaluationForm;
import org.qualityportal.discussions.review.ReviewAggregate;
import org.qualityportal.discussions.review.Verdict;

/** Every export is read back with a real reader (a CSV parser, POI, PDFBox) and compared with what went in. */
class ExportsTest {
    static final String QUOTES = Fixtures.payload(3);
    static final String TAGS = Fixtures.payload(15);
    static final ModuleTime TIME = Fixtures.time(Fixtures.NOW);
    static final EvaluationForm FORM = Fixtures.form();
    static final List<Assignment> ASSIGNMENTS = List.of(
            new Assignment("a1", "d1", "ivanova", Fixtures.NOW.plusSeconds(60), "editor", false, "", false, Fixtures.NOW),
            new Assignment("a2", "d1", "petrov", Fixtures.NOW.plusSeconds(60), "editor", true, "Соавтор", false, Fixtures.NOW));
    static final List<Evaluation> EVALUATIONS = List.of(new Evaluation("e1", "d1", "ivanova",
            Map.of("legal-basis", 4, "clarity", 2), Map.of("legal-basis", "Соответствует", "clarity", TAGS),
            Verdict.WITH_CHANGES, "=cmd|' /C calc'!A0", Instant.parse("2026-11-20T09:30:00Z")));

    static final List<Contribution> CONTRIBUTIONS = List.of(
            published(1, "a", "Миасс", Stance.FOR, QUOTES),
            published(2, "b", "Миасс", Stance.AGAINST, "=HYPERLINK(\"http://evil\";\"нажми\")"),
            contribution(3, "c", "Миасс", Track.PUBLIC, "s-1", Stance.AGAINST, "Грубость", ContributionStatus.HIDDEN,
                    "Оскорбления", null, null),
            contribution(4, "d", "Миасс", Track.EXPERT, "s-2", Stance.NEUTRAL, "Строка 1\nСтрока 2; «ещё»\r\n" + TAGS,
                    ContributionStatus.PUBLISHED, "", Disposition.PARTIAL, "Учтено в разделе 2, кроме сроков"));

    static Summary summary(List<Contribution> contributions) {
        return Summaries.compute(Fixtures.discussion(Fixtures.NOW), contributions,
                ReviewAggregate.of(FORM, ASSIGNMENTS, EVALUATIONS, Fixtures.NOW), 1);
    }

    @Test
    void payloadsAreRealLinesOfTheSharedList() {
        assertThat(QUOTES).isEqualTo("\";a=prompt,a()//");
        assertThat(TAGS).isEqualTo("</scrip</script>t><img src =q onerror=prompt(8)>");
    }

    @Test
    void contributionsCsvReadsBackCellForCell() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContributionsCsv.write(summary(CONTRIBUTIONS), TIME, out);
        byte[] bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("№", "Дата", "Автор", "Обсуждение", "Раздел", "Позиция", "Статус",
                "Текст", "Решение", "Обоснование решения", "Ссылка");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1)).containsExactly("1", "2026-10-01 08:01", "Участник a", "Общественное обсуждение",
                "Документ в целом", "За", "Опубликовано", QUOTES, "Не рассмотрено", "", "");
        assertThat(rows.get(2).get(7)).isEqualTo("'=HYPERLINK(\"http://evil\";\"нажми\")");
        assertThat(rows.get(3)).contains("Скрыто модератором", "Скрыто модератором: Оскорбления", "1. Цели и задачи");
        assertThat(rows.get(4).get(7)).isEqualTo("Строка 1\nСтрока 2; «ещё»\r\n" + TAGS);
        assertThat(rows.get(4).get(9)).isEqualTo("Учтено в разделе 2, кроме сроков");
    }

    @Test
    void evaluationsCsvHasARowPerAssignedExpert() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvaluationsCsv.write(FORM, ASSIGNMENTS, EVALUATIONS, TIME, out);

        List<List<String>> rows = parse(out.toString(StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).containsExactly("Эксперт", "Статус", "Дата", "Соответствие нормативной базе — оценка",
                "Соответствие нормативной базе — обоснование", "Ясность изложения — оценка",
                "Ясность изложения — обоснование", "Заключение", "Комментарий");
        assertThat(rows.get(1)).containsExactly("ivanova", "Оценка представлена", "2026-11-20 12:30", "4", "Соответствует",
                "2", TAGS, "Рекомендовать с доработкой", "'=cmd|' /C calc'!A0");
        assertThat(rows.get(2).subList(0, 2)).containsExactly("petrov", "Самоотвод (конфликт интересов)");
    }

    @Test
    void workbookHasBothSheetsWithBoldHeadersAndTheSameCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsXlsx.write(ResultTables.contributions(summary(CONTRIBUTIONS), TIME),
                ResultTables.evaluations(FORM, ASSIGNMENTS, EVALUATIONS, TIME), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet contributions = book.getSheet("Предложения");
            Sheet evaluations = book.getSheet("Экспертные оценки");
            assertThat(contributions.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Текст");
            assertThat(book.getFontAt(contributions.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(contributions.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(contributions.getRow(1).getCell(7).getStringCellValue()).isEqualTo(QUOTES);
            assertThat(contributions.getRow(2).getCell(7).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(contributions.getRow(2).getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(contributions.getRow(3).getCell(6).getStringCellValue()).isEqualTo("Скрыто модератором");
            assertThat(contributions.getRow(4).getCell(7).getStringCellValue()).endsWith(TAGS);
            assertThat(evaluations.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(evaluations.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Рекомендовать с доработкой");
        }
    }

    @Test
    void pdfHasTheSummaryInCyrillic() throws IOException {
        String text = pdfText(summary(CONTRIBUTIONS), 1);

        assertThat(text).contains("Итоги обсуждения: Дорожная карта оценки качества 2026", "Всего участников: 4",
                "Общественное обсуждение: 3", "За: 1", "Против: 1", "Скрыто или отклонено модераторами: 1",
                "Скрыто модератором:", "Учтено частично", "Соответствие нормативной базе", "Рекомендовать с доработкой: 1",
                "Назначено экспертов: 2; самоотводов: 1; представлено оценок: 1", QUOTES, "1 октября 2026 г., 08:00");
        assertThat(text).contains("Учтено в разделе 2, кроме сроков");
    }

    @Test
    void aLongDispositionTableContinuesOnFurtherPages() throws IOException {
        List<Contribution> many = new ArrayList<>(CONTRIBUTIONS);
        String longText = "Предлагаем уточнить порядок сбора данных мониторинга. ".repeat(40);
        for (int i = 0; i < 15; i++) {
            many.add(contribution(10 + i, "p" + i, "Сатка", Track.PUBLIC, null, Stance.FOR, longText,
                    ContributionStatus.PUBLISHED, "", Disposition.NOTED, "Причина номер " + i));
        }

        String text = pdfText(summary(many), 3);

        assertThat(text).contains("Причина номер 0", "Причина номер 14", "Итоговые заключения");
    }

    private static String pdfText(Summary summary, int minPages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, "Дорожная карта", TIME, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(minPages);
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** An RFC 4180 reader with {@code ;} between cells — independent of the writer under test. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }
}
