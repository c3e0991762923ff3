package se.samverkan.orderer.visit.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A term (termin): the half-year within which the board holds a provider meeting per service
 * area, the spring term January–June and the autumn term July–December. 003 asks for provider
 * meetings "minst en gång per termin"; a termin is a half-year, not a mandate period.
 * Written {@code 2027-SPRING}, {@code 2027-AUTUMN}.
 */
public record Term(int year, Half half) implements Comparable<Term> {

    public enum Half {
        SPRING("Vårterminen"),
        AUTUMN("Höstterminen");

        private final String label;

        Half(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The term the day falls in. */
    public static Term of(LocalDate day) {
        return new Term(day.getYear(), day.getMonthValue() <= 6 ? Half.SPRING : Half.AUTUMN);
    }

    /** The year's two terms, spring first. */
    public static List<Term> of(int year) {
        return List.of(new Term(year, Half.SPRING), new Term(year, Half.AUTUMN));
    }

    public LocalDate firstDay() {
        return half == Half.SPRING ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
    }

    public LocalDate lastDay() {
        return half == Half.SPRING ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public String label() {
        return half.label() + " " + year;
    }

    @Override
    public int compareTo(Term other) {
        return firstDay().compareTo(other.firstDay());
    }

    @Override
    public String toString() {
        return year + "-" + half.name();
    }
}
