package org.qualityportal.discussions.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.review.ReviewAggregate;

/**
 * The summary of a discussion's results as an A4 PDF, the form in which it goes to the ministry's
 * files: the document and period, who took part, the positions, the disposition table and the expert
 * review. It prints what {@link Summary} holds; nothing is computed here.
 */
public final class SummaryPdf {
    private static final float[] DISPOSITION = {0.05f, 0.13f, 0.13f, 0.11f, 0.28f, 0.12f, 0.18f};
    private static final float[] CRITERIA = {0.40f, 0.10f, 0.14f, 0.12f, 0.24f};

    private SummaryPdf() {
    }

    public static void write(Summary s, String documentTitle, ModuleTime time, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            try (PdfLayout pdf = new PdfLayout(document)) {
                pdf.heading("Итоги обсуждения: " + s.title(), 15);
                pdf.paragraph("Документ: " + documentTitle + " (" + s.documentPath() + ")", 10);
                pdf.paragraph("Период обсуждения: " + time.format(s.opens()) + " — " + time.format(s.closes()), 10);

                pdf.heading("Участники", 12);
                pdf.paragraph("Всего участников: " + s.participants(), 10);
                for (Summary.Count c : s.byTrack()) {
                    pdf.paragraph(c.label() + ": " + c.count(), 10);
                }
                pdf.space(4);
                pdf.table(new float[] {0.75f, 0.25f}, List.of("Муниципалитет", "Участников"), counts(s.byMunicipality()), 9);

                pdf.heading("Позиции участников", 12);
                for (Summary.Count c : s.stances()) {
                    pdf.paragraph(c.label() + ": " + c.count(), 10);
                }
                pdf.paragraph("Скрыто или отклонено модераторами: " + s.moderatedAway(), 10);
                pdf.paragraph("Отозвано авторами: " + s.withdrawn(), 10);

                pdf.heading("Таблица учёта предложений", 12);
                pdf.table(DISPOSITION, List.of("№", "Автор", "Раздел", "Позиция", "Предложение", "Решение",
                        "Обоснование"), dispositions(s), 8);

                if (s.review() != null) {
                    review(pdf, s.review());
                }
            }
            document.save(out);
        }
    }

    private static void review(PdfLayout pdf, ReviewAggregate review) throws IOException {
        ReviewAggregate.Coverage c = review.coverage();
        pdf.heading("Экспертная оценка", 12);
        pdf.paragraph("Назначено экспертов: " + c.assigned() + "; самоотводов: " + c.recused()
                + "; представлено оценок: " + c.submitted() + "; просрочено: " + c.overdue(), 10);
        pdf.space(4);
        List<List<String>> rows = new ArrayList<>();
        for (ReviewAggregate.CriterionResult r : review.criteria()) {
            StringBuilder distribution = new StringBuilder();
            r.distribution().forEach(l -> distribution.append(distribution.isEmpty() ? "" : ", ")
                    .append(l.score()).append(": ").append(l.count()));
            rows.add(List.of(r.title(), r.meanText(), r.deviationText(), r.rangeText(), distribution.toString()));
        }
        pdf.table(CRITERIA, List.of("Критерий", "Среднее", "Ст. откл.", "Мин–макс", "Распределение"), rows, 9);
        pdf.heading("Итоговые заключения", 11);
        for (ReviewAggregate.VerdictCount v : review.verdicts()) {
            pdf.paragraph(v.label() + ": " + v.count(), 10);
        }
    }

    private static List<List<String>> counts(List<Summary.Count> counts) {
        return counts.stream().map(c -> List.of(c.label(), String.valueOf(c.count()))).toList();
    }

    private static List<List<String>> dispositions(Summary s) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Summary.Row r : s.rows()) {
            rows.add(List.of(String.valueOf(n++), r.authorName(), r.section(), r.stance(), r.text(), r.disposition(),
                    r.reason()));
        }
        return rows;
    }
}
