package se.samverkan.producer.resultunit.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.producer.resultunit.domain.Amounts;
import se.samverkan.producer.resultunit.domain.Equity;
import se.samverkan.producer.resultunit.domain.MarginRequirement;
import se.samverkan.producer.resultunit.domain.MonthOutcome;
import se.samverkan.producer.resultunit.domain.MunicipalSale;
import se.samverkan.producer.resultunit.domain.ResultUnit;
import se.samverkan.producer.resultunit.domain.YearBudget;
import se.samverkan.producer.resultunit.domain.YearToDate;

/** The JSON shapes of result units, their months, years and sales. */
final class ResultUnitResponses {

    private ResultUnitResponses() {
    }

    record UnitResponse(String id, String providerId, String providerOrganisationId, String name, String serviceArea,
                        String serviceAreaLabel, int firstYear, BigDecimal openingEquity, Instant registeredAt,
                        List<BudgetResponse> budgets, List<YearResponse> years, List<MonthResponse> months,
                        List<SaleResponse> sales, long version) {

        static UnitResponse of(ResultUnit unit) {
            TreeSet<Integer> years = new TreeSet<>(unit.budgets().keySet());
            unit.months().keySet().forEach(month -> years.add(month.getYear()));
            return new UnitResponse(unit.id().toString(), unit.providerId(), unit.providerOrganisationId(), unit.name(),
                    unit.serviceArea().name(), ServiceAreaCode.labelOf(unit.serviceArea().name()), unit.firstYear(),
                    unit.openingEquity(), unit.registeredAt(),
                    unit.budgets().values().stream().map(BudgetResponse::of).toList(),
                    years.stream().map(year -> YearResponse.of(unit, year)).toList(),
                    unit.months().values().stream().map(MonthResponse::of).toList(),
                    unit.sales().stream().map(SaleResponse::of).toList(), unit.version());
        }
    }

    record BudgetResponse(int year, BigDecimal revenues, BigDecimal costs, BigDecimal result,
                          BigDecimal budgetedMarginPercent, RequirementResponse requirement) {

        static BudgetResponse of(YearBudget budget) {
            return new BudgetResponse(budget.year(), budget.revenues(), budget.costs(), budget.result(),
                    Amounts.marginPercent(budget.result(), budget.revenues()),
                    budget.requirement().map(RequirementResponse::of).orElse(null));
        }
    }

    record RequirementResponse(BigDecimal marginPercent, String source, String reason) {

        static RequirementResponse of(MarginRequirement requirement) {
            return requirement == null ? null
                    : new RequirementResponse(requirement.percent(), requirement.source().name(), requirement.reason());
        }
    }

    /** A year of the unit: its closed months' totals, its requirement and its equity. */
    record YearResponse(int year, int closedMonths, BigDecimal revenues, BigDecimal costs, BigDecimal result,
                        BigDecimal operatingMarginPercent, RequirementResponse requirement, Boolean meetsRequirement,
                        EquityResponse equity) {

        static YearResponse of(ResultUnit unit, int year) {
            BigDecimal revenues = BigDecimal.ZERO.setScale(2);
            BigDecimal costs = BigDecimal.ZERO.setScale(2);
            int closed = 0;
            for (MonthOutcome month : unit.months().values()) {
                if (month.closed() && month.period().getYear() == year) {
                    revenues = revenues.add(month.revenues());
                    costs = costs.add(month.costs());
                    closed++;
                }
            }
            BigDecimal margin = Amounts.marginPercent(revenues.subtract(costs), revenues);
            MarginRequirement requirement = unit.requirementFor(year).orElse(null);
            return new YearResponse(year, closed, revenues, costs, revenues.subtract(costs), margin,
                    RequirementResponse.of(requirement),
                    requirement == null || closed == 0 ? null : requirement.isMetBy(margin),
                    EquityResponse.of(unit.equity(year)));
        }
    }

    record EquityResponse(BigDecimal broughtForward, BigDecimal result, BigDecimal carriedForward) {

        static EquityResponse of(Equity equity) {
            return new EquityResponse(equity.broughtForward(), equity.result(), equity.carriedForward());
        }
    }

    record MonthResponse(YearMonth period, BigDecimal revenues, BigDecimal costs, BigDecimal result,
                         Long outputVolume, String outputNote, String qualityNote, BigDecimal staffFullTimeEquivalents,
                         BigDecimal sickLeavePercent, String staffNote, boolean closed, Instant closedAt,
                         boolean majorDeviation, String actionPlan) {

        static MonthResponse of(MonthOutcome month) {
            return month == null ? null : new MonthResponse(month.period(), month.revenues(), month.costs(),
                    month.result(), month.outputVolume(), month.outputNote(), month.qualityNote(),
                    month.staffFullTimeEquivalents(), month.sickLeavePercent(), month.staffNote(), month.closed(),
                    month.closedAt(), month.majorDeviation(), month.actionPlan());
        }
    }

    record ToDateResponse(int throughMonth, BigDecimal revenues, BigDecimal costs, BigDecimal result,
                          BigDecimal budgetRevenues, BigDecimal budgetCosts, BigDecimal budgetResult,
                          BigDecimal deviation, BigDecimal operatingMarginPercent) {

        static ToDateResponse of(YearToDate toDate) {
            return toDate == null ? null : new ToDateResponse(toDate.throughMonth(), toDate.revenues(), toDate.costs(),
                    toDate.result(), toDate.budgetRevenues(), toDate.budgetCosts(), toDate.budgetResult(),
                    toDate.deviation(), toDate.marginPercent());
        }
    }

    record SaleResponse(String id, String buyerMunicipality, String service, BigDecimal annualAmount,
                        String ordererBoard, String status, Instant requestedAt, String decidedBy, Instant decidedAt,
                        String decisionReason) {

        static SaleResponse of(MunicipalSale sale) {
            return new SaleResponse(sale.id().toString(), sale.buyerMunicipality(), sale.service(), sale.annualAmount(),
                    sale.ordererBoard(), sale.status().name(), sale.requestedAt(), sale.decidedBy(), sale.decidedAt(),
                    sale.decisionReason());
        }
    }

    record UnitSaleResponse(String resultUnitId, String resultUnitName, SaleResponse sale) {
    }
}
