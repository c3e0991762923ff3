package se.samverkan.producer.insight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class InsightPackageTest {

    private static final LocalDate FEBRUARY_1 = LocalDate.of(2027, 2, 1);
    private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    @Test
    void dueDateComesAfterTheRequestAndSomethingIsRequested() {
        InsightPackage.Result result = InsightPackage.request("p", "provider-norr", "board-von",
                new InsightPackage.Request("Insyn 2026", null, "2027-02-01", List.of()), "von", FEBRUARY_1, NOW);

        assertThat(((InsightPackage.Result.Rejected) result).violations()).extracting(Violation::rule)
                .containsExactly("after-request", "required");
    }

    @Test
    void packageIsDeliveredWhenEveryItemIs() {
        InsightPackage requested = requested();
        InsightPackage one = done(requested.deliver(requested.items().get(0).id(), "92 % undersköterskor.", "norr",
                LocalDate.of(2027, 3, 2)));

        assertThat(requested.status()).isEqualTo(InsightPackage.Status.REQUESTED);
        assertThat(one.status()).isEqualTo(InsightPackage.Status.PARTLY_DELIVERED);
        InsightPackage both = done(one.deliver(one.items().get(1).id(), "6 klagomål.", "norr", LocalDate.of(2027, 3, 10)));
        assertThat(both.status()).isEqualTo(InsightPackage.Status.DELIVERED);
        assertThat(both.deliveredOn()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(both.deliveredLate()).isFalse();
    }

    @Test
    void itemIsDeliveredOnce() {
        InsightPackage requested = requested();
        InsightPackage one = done(requested.deliver(requested.items().get(0).id(), "Svar.", "n", FEBRUARY_1));

        assertThat(((InsightPackage.Result.Rejected) one.deliver(one.items().get(0).id(), "Nytt svar.", "n",
                FEBRUARY_1)).violations()).extracting(Violation::rule).containsExactly("delivered");
    }

    @Test
    void packageIsOverdueWhileAnItemIsMissingAfterTheDueDate() {
        InsightPackage requested = requested();
        InsightPackage one = done(requested.deliver(requested.items().get(0).id(), "Svar.", "n", FEBRUARY_1));

        assertThat(one.overdue(LocalDate.of(2027, 3, 15))).as("on the due date").isFalse();
        assertThat(one.overdue(LocalDate.of(2027, 3, 16))).isTrue();
        InsightPackage late = done(one.deliver(one.items().get(1).id(), "Svar.", "n", LocalDate.of(2027, 3, 20)));
        assertThat(late.overdue(LocalDate.of(2027, 3, 20))).isFalse();
        assertThat(late.deliveredLate()).isTrue();
    }

    private static InsightPackage requested() {
        return done(InsightPackage.request("p", "provider-norr", "board-von", new InsightPackage.Request(
                "Insynsuppgifter 2026", "a-1", "2027-03-15",
                List.of("Personalens utbildningsnivå", "Antal klagomål och hur de hanterats")), "von", FEBRUARY_1, NOW));
    }

    private static InsightPackage done(InsightPackage.Result result) {
        assertThat(result).as(result.toString()).isInstanceOf(InsightPackage.Result.Done.class);
        return ((InsightPackage.Result.Done) result).insightPackage();
    }
}
