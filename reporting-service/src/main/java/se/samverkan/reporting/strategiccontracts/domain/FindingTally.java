package se.samverkan.reporting.strategiccontracts.domain;

import java.util.Set;

/**
 * The findings (brister) of one agreement as the strategic-contract report shows them: how many
 * were registered, how many are still open, how many have an accepted action plan, how many are
 * closed. Built from sets of finding ids, so a repeated or late event counts once.
 */
public record FindingTally(long registered, long open, long withAcceptedPlan, long closed) {

    public static final FindingTally NONE = new FindingTally(0, 0, 0, 0);

    public static FindingTally of(Set<String> registered, Set<String> accepted, Set<String> closed) {
        long open = registered.stream().filter(id -> !closed.contains(id)).count();
        long acceptedOpenOrClosed = accepted.stream().filter(registered::contains).count();
        return new FindingTally(registered.size(), open, acceptedOpenOrClosed,
                closed.stream().filter(registered::contains).count());
    }
}
