package se.samverkan.reporting.economy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * 004 rule 10: a board must restore a deficit at the latest three years after the year it arose,
 * under an action plan KS approves, followed up per April, per August and in the annual accounts.
 * Later surpluses restore the oldest deficit first. A deficit still not restored once the
 * accounts of its third year are in (or that year is over) is flagged.
 */
public final class DeficitRestoration {

    public static final int YEARS = 3;

    private final int year;
    private final List<Deficit> deficits;
    private final List<Deficit> openAtStart;

    private DeficitRestoration(int year, List<Deficit> deficits, List<Deficit> openAtStart) {
        this.year = year;
        this.deficits = List.copyOf(deficits);
        this.openAtStart = List.copyOf(openAtStart);
    }

    /**
     * One deficit: the year it arose, its size (positive), what is left of it, and the last year
     * in which it may be restored.
     */
    public record Deficit(int arose, BigDecimal amount, BigDecimal remaining, State state) {

        public int restoreBy() {
            return arose + YEARS;
        }
    }

    public enum State {
        RESTORED("Återställt"),
        TO_BE_RESTORED("Ska återställas enligt åtgärdsplan"),
        NOT_RESTORED_IN_TIME("Inte återställt inom tre år");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The deficits as the board's year results show them, seen from the given year: only results
     * of that year and earlier count.
     *
     * @param yearResults each year's result as balanced in the year-end accounts; a year without
     *                    accounts is absent
     */
    public static DeficitRestoration asOf(int year, Map<Integer, BigDecimal> yearResults) {
        SortedMap<Integer, BigDecimal> results = new TreeMap<>(yearResults).headMap(year + 1);
        List<BigDecimal[]> open = new ArrayList<>();
        List<Integer> arose = new ArrayList<>();
        List<Deficit> openAtStart = null;
        int lastAccounts = Integer.MIN_VALUE;
        for (Map.Entry<Integer, BigDecimal> entry : results.entrySet()) {
            if (entry.getKey() == year) {
                openAtStart = snapshot(arose, open, year, lastAccounts);
            }
            BigDecimal result = entry.getValue();
            if (result.signum() < 0) {
                arose.add(entry.getKey());
                open.add(new BigDecimal[] {result.negate(), result.negate()});
            } else {
                BigDecimal surplus = result;
                for (BigDecimal[] deficit : open) {
                    BigDecimal used = surplus.min(deficit[1]);
                    deficit[1] = deficit[1].subtract(used);
                    surplus = surplus.subtract(used);
                }
            }
            lastAccounts = entry.getKey();
        }
        if (openAtStart == null) {
            openAtStart = snapshot(arose, open, year, lastAccounts);
        }
        List<Deficit> all = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            all.add(deficit(arose.get(i), open.get(i), year, lastAccounts));
        }
        return new DeficitRestoration(year, all, openAtStart.stream()
                .filter(deficit -> deficit.state() != State.RESTORED).toList());
    }

    private static List<Deficit> snapshot(List<Integer> arose, List<BigDecimal[]> open, int year, int lastAccounts) {
        List<Deficit> now = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            now.add(deficit(arose.get(i), open.get(i).clone(), year, lastAccounts));
        }
        return now;
    }

    private static Deficit deficit(int arose, BigDecimal[] amounts, int year, int lastAccounts) {
        State state = amounts[1].signum() == 0 ? State.RESTORED
                : lastAccounts >= arose + YEARS || year > arose + YEARS ? State.NOT_RESTORED_IN_TIME
                : State.TO_BE_RESTORED;
        return new Deficit(arose, amounts[0], amounts[1], state);
    }

    /** Every deficit of the years seen, restored or not. */
    public List<Deficit> deficits() {
        return deficits;
    }

    /**
     * The deficits not restored when the year began: while there is one, the year's reports per
     * April, per August and the annual report must follow up the action plan.
     */
    public List<Deficit> openAtStartOfYear() {
        return openAtStart;
    }

    public boolean followUpRequired() {
        return !openAtStart.isEmpty();
    }

    public int year() {
        return year;
    }

    /** A flag for each deficit not restored within its three years. */
    public List<Flag> flags() {
        return deficits.stream().filter(deficit -> deficit.state() == State.NOT_RESTORED_IN_TIME)
                .map(deficit -> new Flag(Flag.Rule.DEFICIT_NOT_RESTORED_IN_TIME, "Underskottet från "
                        + deficit.arose() + " (" + Kronor.format(deficit.amount().negate()) + ") skulle ha återställts "
                        + "senast " + deficit.restoreBy() + "; " + Kronor.format(deficit.remaining())
                        + " är inte återställt.")).toList();
    }
}
