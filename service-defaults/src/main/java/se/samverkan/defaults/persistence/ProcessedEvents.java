package se.samverkan.defaults.persistence;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The idempotent-consumer record kept inside a read-model document: the ids of the last events
 * applied to it, written in the same document write as the change they caused. A redelivered
 * event finds its id there and changes nothing. The list is bounded; beyond it, the aggregate
 * version carried by every event still keeps an old event from overwriting a newer state.
 */
public final class ProcessedEvents {

    public static final String FIELD = "processedEventIds";
    public static final int KEEP = 20;

    private ProcessedEvents() {
    }

    /** Adds to a criteria: this document has not yet recorded the event. */
    public static Criteria notYetApplied(Criteria criteria, String eventId) {
        return criteria.and(FIELD).ne(eventId);
    }

    /** Records the event in the same update, keeping only the last {@link #KEEP} ids. */
    public static Update record(Update update, String eventId) {
        update.push(FIELD).slice(-KEEP).each(eventId);
        return update;
    }
}
