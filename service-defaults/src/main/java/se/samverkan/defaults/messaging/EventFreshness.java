package se.samverkan.defaults.messaging;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import se.samverkan.contracts.EventEnvelope;

/**
 * How long an event took from the moment it happened at its producer until a reader had applied
 * it: {@code samverkan.events.freshness} per event type and reader, as a histogram (Prometheus
 * buckets from 1 ms to 60 s, one of them at exactly one second, the freshness target of the public
 * portal), so that percentiles over any stretch of time can be computed from two scrapes.
 * Producer and reader share a clock only on one machine or under NTP; the benchmark suite reads
 * it on one machine.
 */
public final class EventFreshness {

    public static final String METER = "samverkan.events.freshness";

    private final MeterRegistry meters;
    private final Clock clock;

    public EventFreshness(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    /** Records that {@code reader} has applied the event now. */
    public void applied(EventEnvelope<?> event, String reader) {
        if (event.occurredAt() == null) {
            return;
        }
        Duration age = Duration.between(event.occurredAt(), clock.instant());
        Timer.builder(METER)
                .description("From an event's occurredAt at its producer to its reader having applied it")
                .tag("type", event.type())
                .tag("reader", reader)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .serviceLevelObjectives(Duration.ofSeconds(1))
                .register(meters)
                .record(age.isNegative() ? Duration.ZERO : age);
    }
}
