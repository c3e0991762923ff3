package se.samverkan.producer.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @ParameterizedTest
    @CsvSource({
            "556677-8899, 556677-8899",
            "5566778899, 556677-8899",
            "16556677-8899, 556677-8899",
            "212000-0142, 212000-0142",
            "' 802002-4280 ', 802002-4280"})
    void acceptsValidNumbersInEveryWrittenFormAndKeepsTheHyphenatedForm(String input, String expected) {
        assertThat(OrganisationNumber.parse(input).number()).map(OrganisationNumber::value).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"556677-8898", "556677-8890", "212000-0143", "5566778898"})
    void rejectsANumberWhoseLuhnCheckDigitIsWrong(String input) {
        assertThat(OrganisationNumber.parse(input).problem()).contains(OrganisationNumber.Problem.CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "55667788", "556677-88999", "55667a-8899", "556677--8899", "17556677-8899"})
    void rejectsTextThatIsNotTenDigits(String input) {
        assertThat(OrganisationNumber.parse(input).problem()).contains(OrganisationNumber.Problem.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"811218-9876", "190101-0007", "8112189876", "16811218-9876"})
    void refusesAPersonalIdentityNumberWhoseThirdDigitIsZeroOrOne(String input) {
        assertThat(OrganisationNumber.parse(input).problem())
                .contains(OrganisationNumber.Problem.PERSONAL_IDENTITY_NUMBER);
        assertThat(OrganisationNumber.parse(input).number()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"5566778899, true", "5566778898, false", "2120000142, true", "0000000000, true", "1000000000, false"})
    void luhnDoublesEveryOtherDigitFromTheFirst(String digits, boolean valid) {
        assertThat(OrganisationNumber.luhnValid(digits)).isEqualTo(valid);
    }

    @org.junit.jupiter.api.Test
    void cannotBeConstructedInvalid() {
        assertThatThrownBy(() -> new OrganisationNumber("556677-8898")).isInstanceOf(IllegalArgumentException.class);
    }
}
