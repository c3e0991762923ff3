package se.samverkan.reporting.inhouseeconomy.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;

import java.math.BigDecimal;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.ResultUnitMonthClosedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.inhouseeconomy.domain.InHouseResults;
import se.samverkan.reporting.inhouseeconomy.domain.UnitYear;

/**
 * The in-house production's results per unit and year for the council and finance, built from
 * producer-service's {@code result-unit.month-closed.v1}. The council level and finance see
 * every unit; the production board its own in-house provider's.
 */
@Service
public class InHouseEconomy {

    private static final Logger log = LoggerFactory.getLogger(InHouseEconomy.class);

    private final UnitYearStore store;

    InHouseEconomy(UnitYearStore store) {
        this.store = store;
    }

    public void onMonthClosed(EventEnvelope<ResultUnitMonthClosedV1> event) {
        ResultUnitMonthClosedV1 payload = event.payload();
        if (payload.resultUnitId() == null || payload.month() < 1 || payload.month() > 12
                || payload.revenues() == null || payload.costs() == null) {
            throw new IllegalArgumentException("result-unit.month-closed.v1 " + event.eventId()
                    + " lacks the unit, a month 1-12 or its revenues and costs");
        }
        TreeMap<Integer, UnitYear.ClosedMonth> month = new TreeMap<>();
        month.put(payload.month(), new UnitYear.ClosedMonth(new BigDecimal(payload.revenues()),
                new BigDecimal(payload.costs()), decimal(payload.marginRequirement()),
                payload.marginRequirementSource(), payload.equityBroughtForward() == null ? BigDecimal.ZERO
                : new BigDecimal(payload.equityBroughtForward()), payload.unitVersion()));
        UnitYear unit = new UnitYear(payload.resultUnitId(), payload.name(), payload.serviceArea(),
                payload.providerOrganisationId(), payload.year(), month);
        if (!store.recordClosedMonth(unit, payload.month(), event.eventId().toString())) {
            log.info("Ignored event {}: already applied", event.eventId());
        }
    }

    public InHouseResults ofYear(int year, Caller caller) {
        boolean seesAll = caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR);
        String only = seesAll ? null : caller.organisation() == null ? "" : caller.organisation();
        return InHouseResults.of(year, store.ofYear(year, only));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
