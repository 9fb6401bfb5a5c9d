package org.qualityportal.discussions.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.qualityportal.discussions.Fixtures.contribution;
import static org.qualityportal.discussions.Fixtures.published;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityportal.discussions.Fixtures;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.ContributionStatus;
import org.qualityportal.discussions.discussion.Stance;
import org.qualityportal.discussions.discussion.Track;

/**
 * Nine authors: five in Миасс, two in Копейск, one in Сатка, one without a municipality. One of the
 * Миасс authors posts twice; the Копейск pair has a hidden and a withdrawn contribution; Сатка's is
 * still pending.
 */
class SummariesTest {
    static final List<Contribution> CONTRIBUTIONS = new ArrayList<>();

    static {
        for (int i = 1; i <= 5; i++) {
            CONTRIBUTIONS.add(published(i, "m" + i, "Миасс", i <= 3 ? Stance.FOR : Stance.AGAINST, "Предложение " + i));
        }
        CONTRIBUTIONS.add(contribution(6, "m1", "Миасс", Track.EXPERT, "s-2", Stance.NEUTRAL, "Уточнить показатели",
                ContributionStatus.PUBLISHED, "", org.qualityportal.discussions.results.Disposition.ACCEPTED,
                "Раздел 2 дополнен"));
        CONTRIBUTIONS.add(contribution(7, "k1", "Копейск", Track.PUBLIC, "s-1", Stance.AGAINST, "Оскорбление",
                ContributionStatus.HIDDEN, "Нарушение правил: оскорбления", null, null));
        CONTRIBUTIONS.add(contribution(8, "k2", " Копейск ", Track.PUBLIC, "gone", Stance.FOR, "Передумал",
                ContributionStatus.WITHDRAWN, "", null, null));
        CONTRIBUTIONS.add(contribution(9, "s1", "Сатка", Track.PUBLIC, null, Stance.FOR, "Ждёт модерации",
                ContributionStatus.PENDING, "", null, null));
        CONTRIBUTIONS.add(published(10, "x1", "", Stance.FOR, "Без муниципалитета"));
    }

    final Summary summary = Summaries.compute(Fixtures.discussion(null), CONTRIBUTIONS, null, 5);

    @Test
    void everyoneWhoEverSubmittedIsAParticipant() {
        assertThat(summary.participants()).isEqualTo(9);
        assertThat(summary.byTrack()).extracting(Summary.Count::label, Summary.Count::count)
                .containsExactly(tuple("Общественное обсуждение", 9), tuple("Экспертное обсуждение", 1));
    }

    @Test
    void smallMunicipalitiesAreMergedAndMissingOnesNamed() {
        assertThat(summary.byMunicipality()).extracting(Summary.Count::label, Summary.Count::count).containsExactly(
                tuple("Миасс", 5),
                tuple("Другие муниципалитеты (менее 5 участников в каждом)", 3),
                tuple("Не указан", 1));
    }

    @Test
    void aLargeEnoughGroupKeepsItsName() {
        Summary lowThreshold = Summaries.compute(Fixtures.discussion(null), CONTRIBUTIONS, null, 2);

        assertThat(lowThreshold.byMunicipality()).extracting(Summary.Count::label, Summary.Count::count).containsExactly(
                tuple("Миасс", 5), tuple("Копейск", 2),
                tuple("Другие муниципалитеты (менее 2 участников в каждом)", 1), tuple("Не указан", 1));
    }

    @Test
    void stancesCountOnlyWhatIsShownAndTheRestIsCountedApart() {
        assertThat(summary.stances()).extracting(Summary.Count::label, Summary.Count::count)
                .containsExactly(tuple("За", 4), tuple("Нейтрально", 1), tuple("Против", 2));
        assertThat(summary.moderatedAway()).isEqualTo(1);
        assertThat(summary.withdrawn()).isEqualTo(1);
    }

    @Test
    void theDispositionTableMarksWhatIsNotShownAndLeavesOutThePending() {
        assertThat(summary.rows()).hasSize(9);
        assertThat(summary.rows()).extracting(Summary.Row::text).doesNotContain("Ждёт модерации", "Оскорбление", "Передумал");

        Summary.Row expert = summary.rows().get(5);
        assertThat(expert).extracting(Summary.Row::track, Summary.Row::section, Summary.Row::stance,
                Summary.Row::disposition, Summary.Row::reason)
                .containsExactly("Экспертное обсуждение", "2. Показатели", "Нейтрально", "Учтено", "Раздел 2 дополнен");
        Summary.Row hidden = summary.rows().get(6);
        assertThat(hidden.text()).isEqualTo("Скрыто модератором: Нарушение правил: оскорбления");
        assertThat(hidden.shown()).isFalse();
        assertThat(hidden.status()).isEqualTo("Скрыто модератором");
        assertThat(hidden.section()).isEqualTo("1. Цели и задачи");
        Summary.Row withdrawn = summary.rows().get(7);
        assertThat(withdrawn.text()).isEqualTo("Отозвано автором");
        assertThat(withdrawn.section()).isEqualTo("Документ в целом");
        assertThat(summary.rows().get(0)).extracting(Summary.Row::authorName, Summary.Row::section,
                Summary.Row::disposition).containsExactly("Участник m1", "Документ в целом", "Не рассмотрено");
    }
}
