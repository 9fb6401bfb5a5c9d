package org.qualityportal.discussions.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.discussions.Fixtures;

class EvaluationFormsTest {
    static final String GOOD = """
            title: Оценка
            criteria:
              - id: a
                title: Первый
                description: Описание
                scale: {1: Плохо, 2: Средне, 3: Хорошо}
            """;

    @TempDir
    Path dir;

    @Test
    void theProjectFormHasFiveCriteriaWithRussianLabelsForEveryLevel() {
        EvaluationForm form = new EvaluationForms(Fixtures.LIGHT_MODULES).current();

        assertThat(form.criteria()).extracting(EvaluationForm.Criterion::id)
                .containsExactly("legal-basis", "indicators-methods", "completeness", "feasibility", "clarity");
        assertThat(form.criteria()).allSatisfy(c -> {
            assertThat(c.min()).isEqualTo(1);
            assertThat(c.max()).isEqualTo(5);
            assertThat(c.levels()).hasSize(5).allSatisfy(l -> assertThat(l.label()).containsPattern("[а-я]"));
            assertThat(c.description()).isNotBlank();
        });
        assertThat(form.criterion("legal-basis").orElseThrow().title()).isEqualTo("Соответствие нормативной базе");
    }

    @Test
    void aChangedFileIsReadAgain() throws IOException {
        EvaluationForms forms = new EvaluationForms(write(GOOD, 1));
        assertThat(forms.current().criteria()).hasSize(1);

        write(GOOD.replace("Первый", "Изменённый"), 2);

        assertThat(forms.current().criteria().get(0).title()).isEqualTo("Изменённый");
    }

    @Test
    void aBrokenFileKeepsTheLastGoodForm() throws IOException {
        EvaluationForms forms = new EvaluationForms(write(GOOD, 1));
        EvaluationForm good = forms.current();

        write("criteria:\n  - id: a\n    title: [unclosed\n", 2);
        assertThat(forms.current()).isEqualTo(good);

        write("criteria:\n  - id: a\n    title: Без шкалы\n    description: x\n", 3);
        assertThat(forms.current()).isEqualTo(good);
    }

    @Test
    void aFileThatWasNeverGoodIsAnError() throws IOException {
        EvaluationForms forms = new EvaluationForms(write("criteria: 5\n", 1));

        assertThatThrownBy(forms::current).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("evaluation.yaml");
    }

    /** Writes the form with a distinct modification time, so that the change is seen however coarse the clock. */
    private Path write(String yaml, int second) throws IOException {
        Path file = dir.resolve(EvaluationForms.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second)));
        return dir;
    }
}
