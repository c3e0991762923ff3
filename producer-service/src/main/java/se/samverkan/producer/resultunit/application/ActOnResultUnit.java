package se.samverkan.producer.resultunit.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.ResultUnitMonthClosedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.producer.resultunit.domain.MarginRequirement;
import se.samverkan.producer.resultunit.domain.ResultUnit;
import se.samverkan.producer.resultunit.domain.ResultUnitId;

/**
 * Use cases: the production board's acts on a result unit (budget, monthly outcome, closing a
 * month, sales to other municipalities), and the orderer board's decision on such a sale. Each
 * reads the unit, lets the aggregate decide, and stores the result in one conditional write.
 */
@Service
public class ActOnResultUnit {

    private final ResultUnitRepository units;
    private final ResultUnitProperties properties;
    private final Clock clock;

    ActOnResultUnit(ResultUnitRepository units, ResultUnitProperties properties, Clock clock) {
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    public Outcome setBudget(String unitId, int year, BigDecimal revenues, BigDecimal costs, BigDecimal requirement,
                             String reason, Caller caller) {
        return managed(unitId, caller, unit -> unit.setBudget(year, revenues, costs, requirement, reason));
    }

    public Outcome recordMonth(String unitId, String period, MonthFigures figures, Caller caller) {
        return managed(unitId, caller, unit -> unit.recordMonth(period, figures.revenues(), figures.costs(),
                figures.outputVolume(), figures.outputNote(), figures.qualityNote(), figures.staffFullTimeEquivalents(),
                figures.sickLeavePercent(), figures.staffNote()));
    }

    /** Closes the month and announces it with {@code result-unit.month-closed.v1}. */
    public Outcome closeMonth(String unitId, String period, String actionPlan, Caller caller) {
        return managed(unitId, caller, unit -> unit.closeMonth(period, actionPlan, properties.majorDeviationRule(),
                clock.instant()));
    }

    public Outcome requestSale(String unitId, String buyer, String service, BigDecimal annualAmount,
                               String ordererBoard, Caller caller) {
        return managed(unitId, caller, unit -> unit.requestSale(buyer, service, annualAmount, ordererBoard,
                clock.instant()));
    }

    public Outcome startSale(String unitId, String saleId, Caller caller) {
        return onSale(unitId, saleId, caller, false, (unit, sale) -> unit.startSale(sale));
    }

    public Outcome invoiceSale(String unitId, String saleId, Caller caller) {
        return onSale(unitId, saleId, caller, false, (unit, sale) -> unit.invoiceSale(sale));
    }

    /**
     * The consent or refusal of the orderer board the sale names, by one of its officials. To
     * the officials of any other board the sale does not exist.
     */
    public Outcome decideSale(String unitId, String saleId, String decision, String reason, Caller caller) {
        return onSale(unitId, saleId, caller, true, (unit, sale) -> unit.decideSale(sale, decision, reason,
                caller.username(), clock.instant()));
    }

    private Outcome onSale(String unitId, String saleId, Caller caller, boolean asOrdererBoard,
                           java.util.function.BiFunction<ResultUnit, UUID, ResultUnit.Change> act) {
        Optional<UUID> sale = uuid(saleId);
        Optional<ResultUnit> found = ResultUnitId.parse(unitId).flatMap(units::find);
        if (sale.isEmpty() || found.isEmpty() || found.get().sale(sale.get()).isEmpty()) {
            return new Outcome.NotFound();
        }
        boolean allowed = asOrdererBoard
                ? caller.actsFor(found.get().sale(sale.get()).get().ordererBoard(),
                        se.samverkan.defaults.security.Role.ORDERER_OFFICIAL)
                : ResultUnitAccess.mayManage(caller, found.get().providerOrganisationId());
        if (!allowed) {
            return new Outcome.NotFound();
        }
        return store(found.get(), act.apply(found.get(), sale.get()), caller);
    }

    private Outcome managed(String unitId, Caller caller, Function<ResultUnit, ResultUnit.Change> act) {
        Optional<ResultUnit> found = ResultUnitId.parse(unitId).flatMap(units::find)
                .filter(unit -> ResultUnitAccess.mayManage(caller, unit.providerOrganisationId()));
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        return store(found.get(), act.apply(found.get()), caller);
    }

    private Outcome store(ResultUnit read, ResultUnit.Change change, Caller caller) {
        if (change instanceof ResultUnit.Change.Rejected rejected) {
            return new Outcome.Rejected(rejected);
        }
        if (change instanceof ResultUnit.Change.Refused refused) {
            return new Outcome.Refused(refused.reason());
        }
        ResultUnit changed;
        List<EventEnvelope<?>> events = List.of();
        if (change instanceof ResultUnit.Change.MonthClosed closed) {
            changed = closed.unit();
            events = List.of(monthClosed(closed, caller));
        } else if (change instanceof ResultUnit.Change.SaleChanged sale) {
            changed = sale.unit();
        } else {
            changed = ((ResultUnit.Change.Done) change).unit();
        }
        if (!units.update(changed, read.version(), events)) {
            return new Outcome.ChangedMeanwhile();
        }
        return new Outcome.Changed(change);
    }

    private EventEnvelope<ResultUnitMonthClosedV1> monthClosed(ResultUnit.Change.MonthClosed closed, Caller caller) {
        ResultUnit unit = closed.unit();
        MarginRequirement requirement = closed.requirement();
        return EventEnvelope.of(EventTypes.RESULT_UNIT_MONTH_CLOSED_V1, clock.instant(), caller.organisation(),
                CorrelationId.current(), new ResultUnitMonthClosedV1(unit.id().toString(), unit.providerId(),
                        unit.providerOrganisationId(), unit.name(), unit.serviceArea().name(),
                        closed.month().period().getYear(), closed.month().period().getMonthValue(),
                        text(closed.month().revenues()), text(closed.month().costs()), text(closed.month().result()),
                        text(closed.toDate().revenues()), text(closed.toDate().costs()), text(closed.toDate().result()),
                        text(closed.toDate().budgetResult()), text(closed.toDate().marginPercent()),
                        requirement == null ? null : text(requirement.percent()),
                        requirement == null ? null : requirement.source().name(), closed.majorDeviation(),
                        closed.month().actionPlan() != null, text(closed.equity().broughtForward()),
                        text(closed.equity().carriedForward()), unit.version()));
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The month's figures as the production board reports them. */
    public record MonthFigures(BigDecimal revenues, BigDecimal costs, Long outputVolume, String outputNote,
                               String qualityNote, BigDecimal staffFullTimeEquivalents, BigDecimal sickLeavePercent,
                               String staffNote) {
    }

    public sealed interface Outcome {
        /** Done: the aggregate's change (Done, SaleChanged or MonthClosed). */
        record Changed(ResultUnit.Change change) implements Outcome {

            public ResultUnit unit() {
                if (change instanceof ResultUnit.Change.MonthClosed closed) {
                    return closed.unit();
                }
                if (change instanceof ResultUnit.Change.SaleChanged sale) {
                    return sale.unit();
                }
                return ((ResultUnit.Change.Done) change).unit();
            }
        }

        record Rejected(ResultUnit.Change.Rejected rejection) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }

        /** No such unit or sale, or not one the caller may act on: the same answer. */
        record NotFound() implements Outcome {
        }

        record ChangedMeanwhile() implements Outcome {
        }
    }
}
