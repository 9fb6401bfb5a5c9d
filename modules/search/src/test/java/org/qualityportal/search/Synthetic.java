package org.qualityportal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A reproducible synthetic archive in the corpus's vocabulary, for volume tests. */
final class Synthetic {
    private static final String[] WORDS = ("оценка оценки оценкой качества качество образования образованием"
            + " подготовки обучающихся школами школы школ школа мониторинг мониторинга результаты результатов"
            + " муниципальный муниципальных региональный региональной система системы систем механизм механизмы"
            + " управления управленческие решения показатели показателей методист методисты педагоги педагогов"
            + " учителя учителей рекомендации анализ анализа программа программы развития конференция конференции"
            + " семинар семинара практика практики наставничество объективность объективности процедуры процедур"
            + " оценочных проверочные работы работа экзамен экзамены итоговая аттестация выпускники выпускников"
            + " профориентация воспитание социализация таланты способности дополнительное профессиональное"
            + " повышение квалификации кадры кадров дефициты дефицитов округ округа район района территория"
            + " территорий план плана мероприятия мероприятий отчёт отчета доклад доклада приказ приказа положение"
            + " положения рсоко мсоко всоко моуо рцокио оо мум рум и в на по для с о от до за при").split(" ");
    private static final String[] TYPES = {"document", "news", "practice", "mechanism", "conference"};
    private static final String[] MUNICIPALITIES = {"Челябинский городской округ", "Копейский городской округ",
        "Магнитогорский городской округ", "Златоустовский городской округ", "Миасский городской округ",
        "Троицкий муниципальный район", "Ашинский муниципальный район", "Сосновский муниципальный район"};
    private static final String[] MECHANISMS = {"Система оценки качества подготовки обучающихся",
        "Система работы со школами с низкими результатами обучения", "Система выявления и развития способностей",
        "Система работы по самоопределению и профессиональной ориентации", "Система мониторинга эффективности руководителей",
        "Система организации воспитания обучающихся"};

    private Synthetic() {
    }

    static List<SearchDocument> documents(int count) {
        Random random = new Random(42);
        List<SearchDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            String path = "/" + type + "/" + i;
            SearchDocument doc = SearchDocument.of(path, path + ".html", type, type, capitalised(words(random, 4 + random.nextInt(5))))
                    .withSummary(words(random, 15 + random.nextInt(15)) + ".")
                    .withBody(sentences(random, 8 + random.nextInt(20)))
                    .withDate(LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .withMunicipalities(MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)])
                    .withMechanisms(MECHANISMS[random.nextInt(MECHANISMS.length)]);
            if (random.nextInt(10) == 0) {
                doc = doc.withAttachment("Приложение " + i + ".pdf", sentences(random, 40));
            }
            documents.add(doc);
        }
        return documents;
    }

    private static String sentences(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(capitalised(words(random, 6 + random.nextInt(10)))).append(". ");
        }
        return text.toString().strip();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
