package se.samverkan.transparency.portal.domain;

/**
 * One measure's figures after disclosure control: the total, women and men, and for a user
 * survey the number of respondents and the response rate.
 */
public record PublishedMeasure(String measure, String valueType, Cell total, Cell women, Cell men, Cell respondents,
                               Cell responseRate) {

    public boolean isSurvey() {
        return respondents.state() != Cell.State.NOT_REPORTED;
    }

    public boolean hasGenderSplit() {
        return women.state() != Cell.State.NOT_REPORTED || men.state() != Cell.State.NOT_REPORTED;
    }
}
