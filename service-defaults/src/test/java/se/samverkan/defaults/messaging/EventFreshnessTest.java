package se.samverkan.defaults.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.ProviderRegisteredV1;

class EventFreshnessTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static final ProviderRegisteredV1 PROVIDER = new ProviderRegisteredV1("p-1", "Omsorg AB", "AKTIEBOLAG",
            "556677-8899", "provider-omsorg", 1);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventFreshness freshness = new EventFreshness(meters, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void freshnessIsTheTimeFromOccurrenceToApplicationPerTypeAndReader() {
        freshness.applied(EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1, NOW.minusMillis(250), "org", null, PROVIDER),
                "public-list");
        freshness.applied(EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1, NOW.minusMillis(1750), "org", null, PROVIDER),
                "public-list");

        Timer timer = meters.get(EventFreshness.METER).tag("type", "provider.registered.v1").tag("reader", "public-list")
                .timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        assertThat(timer.max(TimeUnit.MILLISECONDS)).isEqualTo(1750);
    }

    @Test
    void anEventStampedAheadOfTheReadersClockCountsAsImmediatelyFresh() {
        freshness.applied(EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1, NOW.plusMillis(40), "org", null, PROVIDER),
                "public-list");

        Timer timer = meters.get(EventFreshness.METER).timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isZero();
    }
}
