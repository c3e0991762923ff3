package se.samverkan.reporting.followupplans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class FormCountTest {

    @Test
    void planItemsAreCountedPerFormWithEveryFormListedAndUnknownFormsKept() {
        List<FormCount> counts = FormCount.perForm(List.of("CONTRACT_FOLLOW_UP", "SUPERVISION", "CONTRACT_FOLLOW_UP",
                "PEER_REVIEW"));

        assertThat(counts).extracting(FormCount::form, FormCount::count).containsExactly(
                tuple("SUPERVISION", 1L),
                tuple("ACTIVITY_FOLLOW_UP", 0L),
                tuple("CONTRACT_FOLLOW_UP", 2L),
                tuple("USER_SURVEY", 0L),
                tuple("SPECIAL_REVIEW", 0L),
                tuple("PEER_REVIEW", 1L));
        assertThat(new DecidedPlan("p", "b", "board-von", 2027, "2026-12-10", "VON § 145", counts).itemCount())
                .isEqualTo(4);
    }
}
