package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The API names a submission's fields by their place in the list sent; the form names them by measure. */
class StatisticsFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void eachViolationIsPutBesideTheMeasureFieldItNames() {
        var problem = JSON.readTree("""
                {"errors":[
                  {"field":"values[1].byGender","rule":"gender-sum","message":"Kvinnor och män ska bli totalt."},
                  {"field":"values[0].byAgeBand.80-89","rule":"required","message":"Åldersgruppen 80-89 saknas."},
                  {"field":"values[0].value","rule":"min-value","message":"Minst 0."},
                  {"field":"values[1].measure","rule":"frequency","message":"Fel frekvens."},
                  {"field":"period","rule":"in-agreement","message":"Inget avtal."},
                  {"field":"values","rule":"required-measure","message":"Antal avvikelser saknas."}]}""");

        var errors = Statistics.errorsByField(problem, List.of("HOME_CARE_HOURS_PERFORMED", "HOME_CARE_USERS"));

        assertThat(errors).containsEntry("m.HOME_CARE_USERS.gender", "Kvinnor och män ska bli totalt.")
                .containsEntry("m.HOME_CARE_HOURS_PERFORMED.age.80-89", "Åldersgruppen 80-89 saknas.")
                .containsEntry("m.HOME_CARE_HOURS_PERFORMED.value", "Minst 0.")
                .containsEntry("m.HOME_CARE_USERS", "Fel frekvens.")
                .containsEntry("period", "Inget avtal.")
                .containsEntry("values", "Antal avvikelser saknas.");
    }
}
