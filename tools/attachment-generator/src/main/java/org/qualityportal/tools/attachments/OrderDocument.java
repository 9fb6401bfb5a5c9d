package org.qualityportal.tools.attachments;

import static org.qualityportal.tools.attachments.PdfComposer.Style.BODY;
import static org.qualityportal.tools.attachments.PdfComposer.Style.HEADING;
import static org.qualityportal.tools.attachments.PdfComposer.Style.SMALL;
import static org.qualityportal.tools.attachments.PdfComposer.Style.SUBHEADING;
import static org.qualityportal.tools.attachments.PdfComposer.Style.TITLE;

import java.util.ArrayList;
import java.util.List;

import org.qualityportal.tools.attachments.PdfComposer.Row;

/** The order of 28.02.2018 № 03/524: its facts, the order in brief, and the roadmap it approves as a table. */
final class OrderDocument {
    static final String ISSUER = "Министерство образования и науки Челябинской области";
    static final String NUMBER = "03/524";
    static final String DATE = "28.02.2018";
    static final String TITLE_TEXT = "Об утверждении Дорожной карты межмуниципального взаимодействия в решении задач "
            + "эффективного управления качеством образования на основе результатов региональной системы оценки "
            + "качества образования на 2018 год";

    private OrderDocument() {
    }

    static void compose(PdfComposer pdf, Roadmap roadmap) {
        List<Roadmap.Event> events = roadmap.events();
        pdf.page(PdfComposer.PORTRAIT);
        pdf.centered(SUBHEADING, ISSUER.toUpperCase(java.util.Locale.ROOT));
        pdf.space(6);
        pdf.centered(TITLE, "ПРИКАЗ");
        pdf.centered(BODY, "от " + DATE + " № " + NUMBER + ", г. Челябинск");
        pdf.space(8);
        pdf.centered(HEADING, TITLE_TEXT);
        pdf.space(6);
        pdf.text(SMALL, "Справочная копия для портала. Реквизиты приказа и таблица приложения воспроизведены полностью; "
                + "распорядительная часть и пояснения даны в изложении редакции портала.");
        pdf.space(4);

        pdf.text(SUBHEADING, "Реквизиты");
        pdf.table(new float[] {30, 70}, List.of("Реквизит", "Значение"), List.of(
                Row.of("Вид документа", "Приказ"),
                Row.of("Номер", NUMBER),
                Row.of("Дата", DATE + " (28 февраля 2018 года)"),
                Row.of("Место издания", "Челябинск"),
                Row.of("Кем издан", ISSUER),
                Row.of("Подписал", "Первый заместитель Министра Е.А. Коузова"),
                Row.of("Что утверждает", roadmap.title() + " (приложение к приказу, " + events.size() + " мероприятий)"),
                Row.of("Основание", "План работы Министерства образования и науки Челябинской области на 2018 год; "
                        + "Концепция межмуниципального взаимодействия в решении задач эффективного управления качеством "
                        + "образования на основе результатов региональной системы оценки качества образования "
                        + "(приказ Министерства от 29 марта 2017 года № 01/970)"),
                Row.of("Исполнитель", "Тюрина Елена Александровна, 263-28-86"),
                Row.of("Рассылка", "дело, МОУО, РЦОКИО, на сайт")));

        pdf.text(SUBHEADING, "Что предписывает приказ");
        pdf.bullets(BODY, List.of(
                "Министерство утверждает дорожную карту межмуниципального взаимодействия на 2018 год; её полный "
                        + "текст — таблица мероприятий — приведён в приложении.",
                "За условия, в которых проходят мероприятия дорожной карты, отвечает ГБУ ДПО «Региональный центр "
                        + "оценки качества и информатизации образования» (руководитель — А.А. Барабас).",
                "Муниципальные органы управления образованием отвечают за то, чтобы их специалисты и подведомственные "
                        + "организации смогли принять участие в этих мероприятиях."));

        pdf.text(SUBHEADING, "Как устроена дорожная карта");
        pdf.text(BODY, "Приложение содержит " + events.size() + " мероприятий, распределённых по трём разделам. "
                + "Для каждого из них в таблице указаны участники, исполнители и соисполнители, срок проведения и "
                + "результат, которого ожидают по итогам.");
        List<String> sections = new ArrayList<>();
        String current = null;
        int first = 0;
        for (Roadmap.Event e : events) {
            if (!e.section().equals(current)) {
                if (current != null) {
                    sections.add(range(first, e.number() - 1) + current);
                }
                current = e.section();
                first = e.number();
            }
        }
        sections.add(range(first, events.get(events.size() - 1).number()) + current);
        pdf.bullets(BODY, sections);
        pdf.text(BODY, "Первый раздел собирает крупные региональные события агломерации и совместную работу над "
                + "модельными документами, второй — семинары, совещания, консультации и публикации, третий — курсы "
                + "для управленческих команд муниципалитетов и образовательных организаций.");

        pdf.page(PdfComposer.LANDSCAPE);
        pdf.text(SMALL, "Приложение к приказу Министерства образования и науки Челябинской области от " + DATE
                + " № " + NUMBER);
        pdf.text(HEADING, roadmap.title());
        List<Row> rows = new ArrayList<>();
        current = null;
        for (Roadmap.Event e : events) {
            if (!e.section().equals(current)) {
                current = e.section();
                rows.add(Row.section(current));
            }
            rows.add(Row.of(e.number() + ".", e.name(), items(e.participants()), e.executors(), e.deadline(),
                    items(e.results())));
        }
        pdf.table(new float[] {4, 27, 19, 16, 9, 25}, List.of("№ п/п", "Наименование мероприятия", "Участники",
                "Исполнители / соисполнители", "Сроки", "Ожидаемый результат"), rows);
    }

    /** Several values of one cell, one per line, marked as list items. */
    private static String items(List<String> values) {
        return values.size() == 1 ? values.get(0) : "– " + String.join("\n– ", values);
    }

    private static String range(int from, int to) {
        return "Мероприятия " + from + "–" + to + ": ";
    }
}
