package org.qualityportal.discussions.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.api.Account;
import org.qualityportal.discussions.DiscussionFixture;

/** Applying to the registry and the moderators' decisions, with the expert role following the status. */
class ExpertRegistryTest {
    private static final Set<String> MUNICIPALITIES = Set.of("/municipalities/miass", "/municipalities/zlatoust");
    private static final Set<String> AREAS = Set.of("1.1", "2.3", "3.1");

    private final DiscussionFixture f = new DiscussionFixture();
    private final ExpertRegistry registry = f.registry;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anApplicationIsStoredAsTyped() {
        Account account = f.accounts.person("ivanova", "Мария Иванова", "ivanova@example.ru", Account.PARTICIPANT);
        Expert e = registry.apply(account, new ExpertApplication("  МАОУ «Лицей № 31» ", "Заместитель директора",
                "/municipalities/miass", List.of("1.1", "2.3"), "Экспертиза в сфере оценки качества образования",
                " 2021 ", true));

        assertThat(registry.byLogin("ivanova")).contains(e);
        assertThat(registry.byId(e.id())).contains(e);
        assertThat(e).isEqualTo(new Expert(e.id(), "ivanova", "Мария Иванова", "ivanova@example.ru",
                "МАОУ «Лицей № 31»", "Заместитель директора", "/municipalities/miass", List.of("1.1", "2.3"),
                "Экспертиза в сфере оценки качества образования", 2021, true, ExpertStatus.APPLICANT, "", "", null,
                DiscussionFixture.START));
        assertThat(registry.active()).isEmpty();
        assertThat(f.accounts.find("ivanova").orElseThrow().roles()).doesNotContain(Account.EXPERT);
    }

    @Test
    void aSecondApplicationWhilePendingOrActiveIsRefused() {
        Expert e = f.applicant("ivanova");
        Account account = f.accounts.find("ivanova").orElseThrow();
        assertThatThrownBy(() -> registry.apply(account, DiscussionFixture.application()))
                .isInstanceOf(IllegalStateException.class);
        registry.approve(e.id(), "moder1");
        assertThatThrownBy(() -> registry.apply(account, DiscussionFixture.application()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(registry.all()).hasSize(1);
    }

    @Test
    void approvingMakesAnActiveExpertFromTodayWithTheRole() {
        Expert e = f.applicant("ivanova");
        Expert approved = registry.approve(e.id(), "moder1");
        assertThat(approved.status()).isEqualTo(ExpertStatus.ACTIVE);
        assertThat(approved.active()).isTrue();
        assertThat(approved.included()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(approved.decidedBy()).isEqualTo("moder1");
        assertThat(f.accounts.find("ivanova").orElseThrow().roles()).contains(Account.EXPERT, Account.PARTICIPANT);
        assertThat(registry.active()).containsExactly(approved);
    }

    @Test
    void aDeclinedApplicantMayApplyAgainInTheSameRecord() {
        Expert e = f.applicant("ivanova");
        Expert declined = registry.decline(e.id(), "Нет подтверждения квалификации", "moder1");
        assertThat(declined.status()).isEqualTo(ExpertStatus.DECLINED);
        assertThat(declined.decisionReason()).isEqualTo("Нет подтверждения квалификации");
        assertThat(f.accounts.find("ivanova").orElseThrow().roles()).doesNotContain(Account.EXPERT);

        f.clock.advance(Duration.ofDays(3));
        Expert again = registry.apply(f.accounts.find("ivanova").orElseThrow(), new ExpertApplication("МБОУ СОШ № 5",
                "Учитель", "/municipalities/zlatoust", List.of("3.1"), "Курсы 2024", "2024", false));
        assertThat(again.id()).isEqualTo(e.id());
        assertThat(again.status()).isEqualTo(ExpertStatus.APPLICANT);
        assertThat(again.decisionReason()).isEmpty();
        assertThat(again.organisation()).isEqualTo("МБОУ СОШ № 5");
        assertThat(again.municipality()).isEqualTo("/municipalities/zlatoust");
        assertThat(again.areas()).containsExactly("3.1");
        assertThat(again.qualificationYear()).isEqualTo(2024);
        assertThat(again.showContacts()).isFalse();
        assertThat(again.applied()).isEqualTo(f.clock.instant());
        assertThat(registry.all()).hasSize(1);
    }

    @Test
    void suspendingTakesTheRoleAndReinstatingGivesItBackKeepingTheInclusionDate() {
        Expert e = registry.approve(f.applicant("ivanova").id(), "moder1");
        Expert suspended = registry.suspend(e.id(), "Конфликт интересов", "moder2");
        assertThat(suspended.status()).isEqualTo(ExpertStatus.SUSPENDED);
        assertThat(suspended.decisionReason()).isEqualTo("Конфликт интересов");
        assertThat(f.accounts.find("ivanova").orElseThrow().roles()).doesNotContain(Account.EXPERT);
        assertThat(registry.active()).isEmpty();

        f.clock.advance(Duration.ofDays(30));
        Expert back = registry.reinstate(e.id(), "moder1");
        assertThat(back.status()).isEqualTo(ExpertStatus.ACTIVE);
        assertThat(back.decisionReason()).isEmpty();
        assertThat(back.included()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(f.accounts.find("ivanova").orElseThrow().roles()).contains(Account.EXPERT);
    }

    @Test
    void anUnknownIdIsNoEntry() {
        assertThat(registry.byId("20260302-none")).isEmpty();
        assertThat(registry.byId("nonsense")).isEmpty();
        assertThat(registry.byLogin(null)).isEmpty();
        assertThatThrownBy(() -> registry.approve("nonsense", "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompleteApplicationHasNoProblems() {
        assertThat(DiscussionFixture.application().problems(MUNICIPALITIES, AREAS, 2026)).isEmpty();
        assertThat(application("Лицей", "/municipalities/miass", List.of("1.1"), "").problems(MUNICIPALITIES, AREAS, 2026))
                .as("the year is optional").isEmpty();
    }

    @Test
    void problemsAreRussianMessagesByField() {
        assertProblems(application(" \t", "/municipalities/miass", List.of("1.1"), "2020"),
                Map.of("organisation", "Укажите организацию."));
        assertProblems(application("Лицей", "/municipalities/atlantis", List.of("1.1"), "2020"),
                Map.of("municipality", "Выберите муниципалитет из списка."));
        assertProblems(application("Лицей", "", List.of("1.1"), "2020"),
                Map.of("municipality", "Выберите муниципалитет из списка."));
        assertProblems(application("Лицей", "/municipalities/miass", List.of(), "2020"),
                Map.of("areas", "Отметьте хотя бы одно направление экспертизы."));
        assertProblems(application("Лицей", "/municipalities/miass", null, "2020"),
                Map.of("areas", "Отметьте хотя бы одно направление экспертизы."));
        assertProblems(application("Лицей", "/municipalities/miass", List.of("1.1", "9.9"), "2020"),
                Map.of("areas", "Неизвестное направление экспертизы."));
        for (String year : List.of("1989", "2027", "двадцатый", "20.5")) {
            assertProblems(application("Лицей", "/municipalities/miass", List.of("1.1"), year),
                    Map.of("qualificationYear", "Год — число от 1990 до 2026."));
        }
        assertProblems(application("О".repeat(301), "", List.of(), "1800"), Map.of(
                "organisation", "Не длиннее 300 знаков.",
                "municipality", "Выберите муниципалитет из списка.",
                "areas", "Отметьте хотя бы одно направление экспертизы.",
                "qualificationYear", "Год — число от 1990 до 2026."));
    }

    private static ExpertApplication application(String organisation, String municipality, List<String> areas,
                                                 String year) {
        return new ExpertApplication(organisation, "Учитель", municipality, areas, "Курсы", year, false);
    }

    private static void assertProblems(ExpertApplication application, Map<String, String> expected) {
        assertThat(application.problems(MUNICIPALITIES, AREAS, 2026)).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
