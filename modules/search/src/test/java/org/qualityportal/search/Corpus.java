package org.qualityportal.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A small fixed archive of the portal's kind, written so that every golden test can name its
 * exact hits. Which words each document holds is deliberate: see the comments.
 */
final class Corpus {
    static final String M1 = "Система оценки качества подготовки обучающихся";
    static final String M2 = "Система работы со школами с низкими результатами обучения";
    static final String CHELYABINSK = "Челябинский городской округ";
    static final String KOPEYSK = "Копейский городской округ";
    static final String MAGNITOGORSK = "Магнитогорский городской округ";
    static final String MINISTRY = "Министерство образования и науки Челябинской области";
    static final String RCOKIO = "ГБУ ДПО РЦОКИО";

    /** Forms of "оценка" in title; "региональной системе оценки качества образования"; two attachments. */
    static final SearchDocument ORDER = doc("/documents/orders/2018-03-524", "document", "Документ",
            "Приказ об утверждении положения о региональной системе оценки качества образования")
            .withSummary("Положение определяет цели и порядок региональной системы оценки качества образования"
                    + " в Челябинской области.")
            .withBody("Приказ Министерства образования и науки Челябинской области. Утвердить положение,"
                    + " определить ответственных и сроки.")
            .withDate(LocalDate.of(2018, 3, 15))
            .withMechanisms(M1).withOrganisations(MINISTRY)
            .withAttachment("Положение.pdf", "Положение описывает порядок работы и ответственность участников.")
            .withAttachment("Приложение 1. Показатели.pdf", "Показатели эффективности деятельности муниципальных"
                    + " органов управления образованием по итогам мониторинга.");

    /** The mechanism M1 itself: "Оценка" in the body, "оценочные" in the summary. */
    static final SearchDocument MECHANISM = doc("/mechanisms/1-1", "mechanism", "Механизм", M1)
            .withSummary("Система охватывает оценочные процедуры и использование их результатов.")
            .withBody("Оценка подготовки обучающихся проводится на региональном и муниципальном уровнях."
                    + " Средний уровень реализации составил 42% на муниципальном уровне.")
            .withDate(LocalDate.of(2020, 9, 1))
            .withMechanisms(M1);

    /** "оценки" and "школами" in the body; "мониторинга" in the title. */
    static final SearchDocument MONITORING = doc("/news/2021/monitoring", "news", "Новость",
            "Итоги мониторинга в Копейском городском округе")
            .withSummary("Подведены итоги мониторинга образовательных результатов.")
            .withBody("По результатам оценки учителя получили адресные рекомендации. Работа со школами продолжится.")
            .withDate(LocalDate.of(2021, 5, 20))
            .withMunicipalities(KOPEYSK);

    /** "оценкой" and "школы" in the body. */
    static final SearchDocument MENTORING = doc("/practices/kopeysk-mentoring", "practice", "Практика",
            "Наставничество для педагогов")
            .withBody("Педагоги школы делятся опытом; методист руководит работой с оценкой профессиональных дефицитов.")
            .withDate(LocalDate.of(2021, 10, 1))
            .withMunicipalities(KOPEYSK).withOrganisations("МОУ СОШ № 1 г. Копейска");

    /** "школ" in the title, "школам" in the summary, "школами" in its mechanism. */
    static final SearchDocument LOW_RESULTS = doc("/practices/chelyabinsk-low-results", "practice", "Практика",
            "Поддержка школ с низкими результатами обучения")
            .withSummary("Муниципальная программа помощи школам.")
            .withBody("Команда района анализирует причины низких результатов и составляет планы.")
            .withDate(LocalDate.of(2022, 2, 10))
            .withMechanisms(M2).withMunicipalities(CHELYABINSK);

    /** Abbreviations as written: РЦОКИО, МОУО, ОО, ВСОКО. */
    static final SearchDocument CONFERENCE = doc("/news/2022/rcokio-conference", "news", "Новость",
            "Конференция РЦОКИО для муниципальных координаторов")
            .withBody("В конференции участвовали представители МОУО и ОО. Обсуждали ВСОКО.")
            .withDate(LocalDate.of(2022, 11, 15))
            .withMunicipalities(CHELYABINSK, KOPEYSK).withOrganisations(RCOKIO);

    /** "оценки" in the title; МСОКО in the body. */
    static final SearchDocument ROADMAP = doc("/documents/roadmaps/roadmap-2018", "document", "Документ",
            "Дорожная карта развития муниципальных систем оценки качества")
            .withBody("План мероприятий на 2019 год. Внедрение МСОКО во всех территориях.")
            .withDate(LocalDate.of(2018, 12, 20))
            .withMechanisms(M1);

    /** The expansion of РСОКО as its title; no date. */
    static final SearchDocument RSOKO_PAGE = doc("/website/rsoko", "page", "Страница",
            "Региональная система оценки качества образования")
            .withBody("Раздел о том, как устроена система в регионе.");

    /** РСОКО as written; "Ёмкий" and "отчёт" with ё. */
    static final SearchDocument RSOKO_NEWS = doc("/news/2019/rsoko-results", "news", "Новость",
            "Результаты РСОКО за 2018 год")
            .withBody("Опубликованы результаты. Ёмкий отчёт доступен для скачивания.")
            .withDate(LocalDate.of(2019, 6, 3));

    /** Markup in title and body: must come back escaped. */
    static final SearchDocument XSS = doc("/news/2023/xss", "news", "Новость",
            "Проверка безопасности <script>alert(1)</script>")
            .withBody("Текст с разметкой <script>alert(1)</script> и символами & \" ' выводится экранированным."
                    + " Безопасность превыше всего.")
            .withDate(LocalDate.of(2023, 1, 10));

    /** English: "Assessment", "assessments", "compare". */
    static final SearchDocument ENGLISH = doc("/conferences/2021/assessment", "conference", "Конференция",
            "Assessment of learning outcomes: PISA and TIMSS")
            .withBody("International assessments compare student results. Школьники участвуют в исследованиях.")
            .withDate(LocalDate.of(2021, 4, 12));

    /** "отчёт"/"Отчет"; "математике" only in its attachment. */
    static final SearchDocument REPORT = doc("/documents/reports/2020-annual", "document", "Документ",
            "Ежегодный отчёт центра")
            .withBody("Отчет о деятельности за год: проведены семинары и конференции.")
            .withDate(LocalDate.of(2020, 12, 25))
            .withAttachment("Аналитическая справка.docx", "Анализ результатов ВПР по математике показал рост"
                    + " объективности.");

    /** "Качество образования" adjacent in the title; "оценка" in the title. */
    static final SearchDocument QUALITY = doc("/news/2020/quality", "news", "Новость",
            "Качество образования и оценка педагогов")
            .withBody("Качество работы педагогов зависит от подготовки.")
            .withDate(LocalDate.of(2020, 3, 1));

    /** "качестве" and "образования" apart. */
    static final SearchDocument LETTER = doc("/documents/letters/2021-07", "document", "Документ",
            "Письмо о качестве подготовки")
            .withBody("Направляем рекомендации для системы образования муниципалитетов.")
            .withDate(LocalDate.of(2021, 7, 7))
            .withMunicipalities(MAGNITOGORSK).withOrganisations(MINISTRY);

    static final List<SearchDocument> ALL = List.of(ORDER, MECHANISM, MONITORING, MENTORING, LOW_RESULTS,
            CONFERENCE, ROADMAP, RSOKO_PAGE, RSOKO_NEWS, XSS, ENGLISH, REPORT, QUALITY, LETTER);

    private Corpus() {
    }

    /** A document by its constant's name (for one-line test tables). */
    static SearchDocument named(String name) {
        try {
            return (SearchDocument) Corpus.class.getDeclaredField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No corpus document " + name, e);
        }
    }

    /** Paths of the named documents. */
    static List<String> paths(String names) {
        return names.isBlank() ? List.of()
                : java.util.Arrays.stream(names.trim().split("\\s+")).map(n -> named(n).path()).toList();
    }

    private static SearchDocument doc(String path, String type, String typeLabel, String title) {
        return SearchDocument.of(path, path + ".html", type, typeLabel, title);
    }
}
