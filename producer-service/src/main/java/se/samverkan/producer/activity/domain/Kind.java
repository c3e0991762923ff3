package se.samverkan.producer.activity.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The two yearly documents every provider hands in to its orderer board (003): the activity plan
 * (verksamhetsplan), which looks forward, and the activity report (verksamhetsberättelse) on the
 * year gone by. Each has the sections the boards ask for and a due date.
 */
public enum Kind {

    /** Due by the end of November before the year it plans. */
    ACTIVITY_PLAN("verksamhetsplan", List.of(Section.GOALS, Section.ACTIONS, Section.QUALITY_WORK,
            Section.STAFFING, Section.ECONOMY)) {
        @Override
        public LocalDate dueOn(int year) {
            return PLAN_DUE.atYear(year - 1);
        }
    },

    /** Due by the end of February after the year it reports. */
    ACTIVITY_REPORT("verksamhetsberättelse", List.of(Section.RESULTS, Section.GOAL_ATTAINMENT, Section.QUALITY_WORK,
            Section.DEVIATIONS_AND_COMPLAINTS, Section.STAFFING, Section.ECONOMY)) {
        @Override
        public LocalDate dueOn(int year) {
            return LocalDate.of(year + 1, 3, 1).minusDays(1);
        }
    };

    static final MonthDay PLAN_DUE = MonthDay.of(11, 30);

    private final String swedishName;
    private final List<Section> sections;

    Kind(String swedishName, List<Section> sections) {
        this.swedishName = swedishName;
        this.sections = sections;
    }

    /** The last day the document for {@code year} is on time. */
    public abstract LocalDate dueOn(int year);

    public String swedishName() {
        return swedishName;
    }

    /** The sections the document must fill in, in order. */
    public List<Section> sections() {
        return sections;
    }

    /** A heading of the documents. */
    public enum Section {
        GOALS("Mål för året"),
        ACTIONS("Planerade aktiviteter och förbättringar"),
        RESULTS("Verksamhetens resultat"),
        GOAL_ATTAINMENT("Måluppfyllelse"),
        QUALITY_WORK("Kvalitetsarbete"),
        DEVIATIONS_AND_COMPLAINTS("Avvikelser, klagomål och synpunkter"),
        STAFFING("Personal och kompetens"),
        ECONOMY("Ekonomi");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }
}
