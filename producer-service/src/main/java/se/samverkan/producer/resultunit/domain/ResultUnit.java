package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;
import se.samverkan.producer.provider.domain.ServiceArea;

/**
 * A result unit (resultatenhet) of the municipality's own production: self-financed, answering
 * for its revenues and costs, carrying its surpluses and deficits forward as its own equity
 * (seed 003, Bilaga 5). The production board sets its budget and result requirement per year,
 * follows it up month by month, and records its sales to other municipalities.
 */
public final class ResultUnit {

    static final int NAME_MAX = 200;
    static final int NOTE_MAX = 2000;
    static final int PLAN_MAX = 4000;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final BigDecimal REQUIREMENT_BOUND = new BigDecimal("100");

    private final ResultUnitId id;
    private final String providerId;
    private final String providerOrganisationId;
    private final String name;
    private final ServiceArea serviceArea;
    private final int firstYear;
    private final BigDecimal openingEquity;
    private final SortedMap<Integer, YearBudget> budgets;
    private final SortedMap<YearMonth, MonthOutcome> months;
    private final List<MunicipalSale> sales;
    private final Instant registeredAt;
    private final long version;

    private ResultUnit(ResultUnitId id, String providerId, String providerOrganisationId, String name,
                       ServiceArea serviceArea, int firstYear, BigDecimal openingEquity, Map<Integer, YearBudget> budgets,
                       Map<YearMonth, MonthOutcome> months, List<MunicipalSale> sales, Instant registeredAt,
                       long version) {
        this.id = Objects.requireNonNull(id);
        this.providerId = Objects.requireNonNull(providerId);
        this.providerOrganisationId = Objects.requireNonNull(providerOrganisationId);
        this.name = Objects.requireNonNull(name);
        this.serviceArea = Objects.requireNonNull(serviceArea);
        this.firstYear = firstYear;
        this.openingEquity = Objects.requireNonNull(openingEquity);
        this.budgets = Collections.unmodifiableSortedMap(new TreeMap<>(budgets));
        this.months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
        this.sales = List.copyOf(sales);
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.version = version;
    }

    public static ResultUnit restore(ResultUnitId id, String providerId, String providerOrganisationId, String name,
                                     ServiceArea serviceArea, int firstYear, BigDecimal openingEquity,
                                     Map<Integer, YearBudget> budgets, Map<YearMonth, MonthOutcome> months,
                                     List<MunicipalSale> sales, Instant registeredAt, long version) {
        return new ResultUnit(id, providerId, providerOrganisationId, name, serviceArea, firstYear, openingEquity,
                budgets, months, sales, registeredAt, version);
    }

    /**
     * Registers a result unit of the in-house provider, with the equity it brings into its first
     * year (zero for a new unit; may be negative, a deficit brought forward).
     */
    public static Registration register(String providerId, String providerOrganisationId, String name,
                                        String serviceArea, Integer firstYear, BigDecimal equityBroughtForward,
                                        Instant now) {
        Violations violations = new Violations();
        if (violations.require("name", name)) {
            violations.maxLength("name", name, NAME_MAX);
        }
        ServiceArea area = violations.oneOf(ServiceArea.class, "serviceArea", serviceArea, true);
        if (firstYear == null) {
            violations.add("firstYear", "required", "Fältet 'firstYear' måste anges: det första året enheten följs upp.");
        } else if (firstYear < FIRST_YEAR || firstYear > LAST_YEAR) {
            violations.add("firstYear", "range", "Året ska ligga mellan " + FIRST_YEAR + " och " + LAST_YEAR + ".");
        }
        BigDecimal equity = BigDecimal.ZERO.setScale(2);
        if (equityBroughtForward != null) {
            BigDecimal size = Amounts.kronor(violations, "equityBroughtForward", equityBroughtForward.abs(), false);
            equity = size == null ? null : size.multiply(BigDecimal.valueOf(equityBroughtForward.signum()))
                    .setScale(2);
        }
        if (!violations.isEmpty()) {
            return new Registration.Rejected(violations.list());
        }
        return new Registration.Registered(new ResultUnit(ResultUnitId.newId(), providerId, providerOrganisationId,
                name.strip(), area, firstYear, equity, Map.of(), Map.of(), List.of(), now, 0));
    }

    /**
     * Sets the unit's budget for a year (revenues, costs) and, where the board differentiates,
     * the unit's own result requirement with its reason. A budget is fixed once a month of its
     * year is closed.
     */
    public Change setBudget(int year, BigDecimal revenues, BigDecimal costs, BigDecimal requirementPercent,
                            String requirementReason) {
        Violations violations = new Violations();
        if (year < firstYear || year > LAST_YEAR) {
            violations.add("year", "range", "Budgetåret ska ligga mellan enhetens första år " + firstYear + " och "
                    + LAST_YEAR + ".");
        }
        BigDecimal budgetRevenues = Amounts.kronor(violations, "revenues", revenues, true);
        BigDecimal budgetCosts = Amounts.kronor(violations, "costs", costs, true);
        BigDecimal requirement = Amounts.percent(violations, "marginRequirementPercent", requirementPercent,
                REQUIREMENT_BOUND.negate(), REQUIREMENT_BOUND);
        if (requirementPercent != null && (requirementReason == null || requirementReason.isBlank())) {
            violations.add("requirementReason", "required", "Ett eget resultatkrav för enheten ska ha en motivering"
                    + " ('requirementReason'), t.ex. enhetens förutsättningar att nå olika resultatnivåer.");
        }
        violations.maxLength("requirementReason", requirementReason, NOTE_MAX);
        if (requirementPercent == null && requirementReason != null && !requirementReason.isBlank()) {
            violations.add("requirementReason", "without-requirement", "En motivering anges bara tillsammans med"
                    + " ett eget resultatkrav ('marginRequirementPercent').");
        }
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        if (hasClosedMonthIn(year)) {
            return new Change.Refused("Budgeten för " + year + " är fastställd: en månad av året är redan stängd.");
        }
        Map<Integer, YearBudget> more = new TreeMap<>(budgets);
        more.put(year, new YearBudget(year, budgetRevenues, budgetCosts, requirement,
                requirement == null ? null : requirementReason.strip()));
        return new Change.Done(with(more, months, sales));
    }

    /**
     * Records (or corrects) a month's outcome while it is open. The books are closed in order, so
     * a month before the latest closed month can no longer be recorded.
     */
    public Change recordMonth(String period, BigDecimal revenues, BigDecimal costs, Long outputVolume,
                              String outputNote, String qualityNote, BigDecimal staffFullTimeEquivalents,
                              BigDecimal sickLeavePercent, String staffNote) {
        Violations violations = new Violations();
        YearMonth month = period(violations, period);
        BigDecimal monthRevenues = Amounts.kronor(violations, "revenues", revenues, true);
        BigDecimal monthCosts = Amounts.kronor(violations, "costs", costs, true);
        if (outputVolume != null && outputVolume < 0) {
            violations.add("outputVolume", "min", "Prestationsvolymen får inte vara negativ.");
        }
        violations.maxLength("outputNote", outputNote, NOTE_MAX);
        violations.maxLength("qualityNote", qualityNote, NOTE_MAX);
        violations.maxLength("staffNote", staffNote, NOTE_MAX);
        BigDecimal staff = Amounts.percent(violations, "staffFullTimeEquivalents", staffFullTimeEquivalents,
                BigDecimal.ZERO, new BigDecimal("100000"));
        BigDecimal sickLeave = Amounts.percent(violations, "sickLeavePercent", sickLeavePercent, BigDecimal.ZERO,
                REQUIREMENT_BOUND);
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        MonthOutcome existing = months.get(month);
        if (existing != null && existing.closed()) {
            return new Change.Refused("Månaden " + month + " är stängd och kan inte ändras.");
        }
        Optional<YearMonth> lastClosed = lastClosedMonth();
        if (lastClosed.isPresent() && month.isBefore(lastClosed.get())) {
            return new Change.Refused("Böckerna är stängda till och med " + lastClosed.get() + "; " + month
                    + " kan inte längre redovisas.");
        }
        Map<YearMonth, MonthOutcome> more = new TreeMap<>(months);
        more.put(month, new MonthOutcome(month, monthRevenues, monthCosts, outputVolume, text(outputNote),
                text(qualityNote), staff, sickLeave, text(staffNote), false, null, false, null));
        return new Change.Done(with(budgets, more, sales));
    }

    /**
     * Closes a month: its outcome becomes final and the year to date is compared with the budget.
     * Months are closed in order and only against a budget; a major deviation cannot be closed
     * without an action plan (handlingsplan).
     */
    public Change closeMonth(String period, String actionPlan, MajorDeviationRule rule, Instant now) {
        Violations violations = new Violations();
        YearMonth month = period(violations, period);
        violations.maxLength("actionPlan", actionPlan, PLAN_MAX);
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        MonthOutcome outcome = months.get(month);
        if (outcome == null) {
            return new Change.Refused("Månaden " + month + " har inget redovisat utfall att stänga.");
        }
        if (outcome.closed()) {
            return new Change.Refused("Månaden " + month + " är redan stängd.");
        }
        Optional<YearMonth> earlierOpen = months.values().stream()
                .filter(other -> !other.closed() && other.period().isBefore(month)).map(MonthOutcome::period).findFirst();
        if (earlierOpen.isPresent()) {
            return new Change.Refused("Månaderna stängs i ordning: stäng " + earlierOpen.get() + " först.");
        }
        YearBudget budget = budgets.get(month.getYear());
        if (budget == null) {
            return new Change.Refused("Enheten har ingen budget för " + month.getYear()
                    + "; en månad stängs mot budgeten.");
        }
        Map<YearMonth, MonthOutcome> closedNow = new TreeMap<>(months);
        closedNow.put(month, outcome.close(now, false, null));
        YearToDate toDate = yearToDate(budget, closedNow, month);
        boolean major = rule.isMajor(toDate);
        String plan = text(actionPlan);
        if (major && plan == null) {
            return new Change.Rejected(List.of(new Violation("actionPlan", "required-on-major-deviation",
                    "Större avvikelse: resultatet hittills i år (" + toDate.result().toPlainString() + " kr) ligger "
                    + toDate.deviation().negate().toPlainString() + " kr under budget (" + toDate.budgetResult()
                    .toPlainString() + " kr), mer än " + rule.thresholdPercent().stripTrailingZeros().toPlainString()
                    + " % av budgeterade intäkter hittills. Ange en handlingsplan ('actionPlan') för att stänga månaden.")));
        }
        closedNow.put(month, outcome.close(now, major, plan));
        ResultUnit closed = with(budgets, closedNow, sales);
        return new Change.MonthClosed(closed, closedNow.get(month), toDate, budget.requirement().orElse(null),
                closed.equity(month.getYear()), major);
    }

    /** Registers a requested sale to another municipality; it waits for the orderer board's consent. */
    public Change requestSale(String buyerMunicipality, String service, BigDecimal annualAmount, String ordererBoard,
                              Instant now) {
        Violations violations = new Violations();
        if (violations.require("buyerMunicipality", buyerMunicipality)) {
            violations.maxLength("buyerMunicipality", buyerMunicipality, NAME_MAX);
        }
        if (violations.require("service", service)) {
            violations.maxLength("service", service, NOTE_MAX);
        }
        BigDecimal amount = Amounts.kronor(violations, "annualAmount", annualAmount, false);
        if (violations.require("ordererBoard", ordererBoard)
                && !ordererBoard.strip().matches("board-[a-z0-9]+(-[a-z0-9]+)*")) {
            violations.add("ordererBoard", "format", "Ange beställarnämndens organisations-id, t.ex. 'board-von'.");
        }
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        MunicipalSale sale = new MunicipalSale(UUID.randomUUID(), buyerMunicipality.strip(), service.strip(), amount,
                ordererBoard.strip(), MunicipalSale.Status.REQUESTED, now, null, null, null);
        List<MunicipalSale> more = new ArrayList<>(sales);
        more.add(sale);
        return new Change.SaleChanged(with(budgets, months, more), sale);
    }

    /** The orderer board's consent or refusal of a requested sale, with its reason. */
    public Change decideSale(UUID saleId, String decision, String reason, String decidedBy, Instant now) {
        Violations violations = new Violations();
        Decision parsed = violations.oneOf(Decision.class, "decision", decision, true);
        if (violations.require("reason", reason)) {
            violations.maxLength("reason", reason, NOTE_MAX);
        }
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        MunicipalSale sale = sale(saleId).orElseThrow();
        if (sale.status() != MunicipalSale.Status.REQUESTED) {
            return new Change.Refused("Försäljningen är redan prövad (" + sale.status() + ").");
        }
        return replaced(sale.decided(parsed == Decision.CONSENT, decidedBy, now, reason.strip()));
    }

    /** The sale starts: only once the orderer board has consented. */
    public Change startSale(UUID saleId) {
        MunicipalSale sale = sale(saleId).orElseThrow();
        if (sale.status() != MunicipalSale.Status.CONSENTED) {
            return new Change.Refused(sale.status() == MunicipalSale.Status.REQUESTED || sale.status()
                    == MunicipalSale.Status.REFUSED ? "Försäljning till en annan kommun kräver berörd beställarnämnds"
                    + " medgivande innan den kan påbörjas (status " + sale.status() + ")."
                    : "Försäljningen är redan påbörjad (status " + sale.status() + ").");
        }
        return replaced(sale.withStatus(MunicipalSale.Status.STARTED));
    }

    /** The sale is invoiced: only once it has started, which needs the board's consent. */
    public Change invoiceSale(UUID saleId) {
        MunicipalSale sale = sale(saleId).orElseThrow();
        if (sale.status() != MunicipalSale.Status.STARTED) {
            return new Change.Refused(sale.status() == MunicipalSale.Status.INVOICED ? "Försäljningen är redan fakturerad."
                    : "Bara en påbörjad försäljning med beställarnämndens medgivande kan faktureras (status "
                    + sale.status() + ").");
        }
        return replaced(sale.withStatus(MunicipalSale.Status.INVOICED));
    }

    private Change replaced(MunicipalSale changed) {
        List<MunicipalSale> more = new ArrayList<>();
        for (MunicipalSale sale : sales) {
            more.add(sale.id().equals(changed.id()) ? changed : sale);
        }
        return new Change.SaleChanged(with(budgets, months, more), changed);
    }

    public Optional<MunicipalSale> sale(UUID saleId) {
        return sales.stream().filter(sale -> sale.id().equals(saleId)).findFirst();
    }

    /** The year's result requirement: the unit's decided one in its budget, else the ladder's. */
    public Optional<MarginRequirement> requirementFor(int year) {
        YearBudget budget = budgets.get(year);
        return budget != null ? budget.requirement() : MarginRequirement.ladder(year);
    }

    /** The year to date through a month, closed months only, beside the evenly spread budget. */
    public Optional<YearToDate> yearToDate(YearMonth through) {
        YearBudget budget = budgets.get(through.getYear());
        return budget == null ? Optional.empty() : Optional.of(yearToDate(budget, months, through));
    }

    private static YearToDate yearToDate(YearBudget budget, Map<YearMonth, MonthOutcome> months, YearMonth through) {
        BigDecimal revenues = BigDecimal.ZERO.setScale(2);
        BigDecimal costs = BigDecimal.ZERO.setScale(2);
        for (MonthOutcome outcome : months.values()) {
            if (outcome.closed() && outcome.period().getYear() == through.getYear()
                    && !outcome.period().isAfter(through)) {
                revenues = revenues.add(outcome.revenues());
                costs = costs.add(outcome.costs());
            }
        }
        BigDecimal share = BigDecimal.valueOf(through.getMonthValue());
        BigDecimal twelve = BigDecimal.valueOf(12);
        return new YearToDate(through.getYear(), through.getMonthValue(), revenues, costs,
                budget.revenues().multiply(share).divide(twelve, 2, java.math.RoundingMode.HALF_UP),
                budget.costs().multiply(share).divide(twelve, 2, java.math.RoundingMode.HALF_UP));
    }

    /**
     * The unit's equity for a year: the equity brought into its first year, plus every closed
     * month's result of the years before, brought forward; the year's closed results added to it.
     */
    public Equity equity(int year) {
        BigDecimal broughtForward = openingEquity;
        BigDecimal result = BigDecimal.ZERO.setScale(2);
        for (MonthOutcome outcome : months.values()) {
            if (!outcome.closed()) {
                continue;
            }
            if (outcome.period().getYear() < year) {
                broughtForward = broughtForward.add(outcome.result());
            } else if (outcome.period().getYear() == year) {
                result = result.add(outcome.result());
            }
        }
        return new Equity(year, broughtForward, result);
    }

    public Optional<YearMonth> lastClosedMonth() {
        return months.values().stream().filter(MonthOutcome::closed).map(MonthOutcome::period)
                .reduce((first, second) -> second);
    }

    private boolean hasClosedMonthIn(int year) {
        return months.values().stream().anyMatch(outcome -> outcome.closed() && outcome.period().getYear() == year);
    }

    private static YearMonth period(Violations violations, String period) {
        if (period == null || !period.strip().matches("\\d{4}-\\d{2}")) {
            violations.add("period", "format", "Månaden '" + period + "' ska skrivas ÅÅÅÅ-MM, t.ex. 2026-03.");
            return null;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(period.strip());
        } catch (java.time.format.DateTimeParseException e) {
            violations.add("period", "format", "Månaden '" + period + "' ska skrivas ÅÅÅÅ-MM, t.ex. 2026-03.");
            return null;
        }
        return month;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ResultUnit with(Map<Integer, YearBudget> newBudgets, Map<YearMonth, MonthOutcome> newMonths,
                            List<MunicipalSale> newSales) {
        return new ResultUnit(id, providerId, providerOrganisationId, name, serviceArea, firstYear, openingEquity,
                newBudgets, newMonths, newSales, registeredAt, version + 1);
    }

    enum Decision { CONSENT, REFUSE }

    /** What registering a unit can come to. */
    public sealed interface Registration {
        record Registered(ResultUnit unit) implements Registration {
        }

        record Rejected(List<Violation> violations) implements Registration {
        }
    }

    /** What an act on a unit can come to. */
    public sealed interface Change {
        record Done(ResultUnit unit) implements Change {
        }

        record SaleChanged(ResultUnit unit, MunicipalSale sale) implements Change {
        }

        /** The month is closed; the year to date, the year's requirement (null before 2015 without a decided one) and equity. */
        record MonthClosed(ResultUnit unit, MonthOutcome month, YearToDate toDate, MarginRequirement requirement,
                           Equity equity, boolean majorDeviation) implements Change {
        }

        /** The input breaks a rule: every violation at once. */
        record Rejected(List<Violation> violations) implements Change {
        }

        /** The act does not fit the unit's state now (a closed month, a sale without consent). */
        record Refused(String reason) implements Change {
        }
    }

    public ResultUnitId id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    /** The org claim of the in-house provider's users and its production board. */
    public String providerOrganisationId() {
        return providerOrganisationId;
    }

    public String name() {
        return name;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public int firstYear() {
        return firstYear;
    }

    public BigDecimal openingEquity() {
        return openingEquity;
    }

    public SortedMap<Integer, YearBudget> budgets() {
        return budgets;
    }

    public SortedMap<YearMonth, MonthOutcome> months() {
        return months;
    }

    public List<MunicipalSale> sales() {
        return sales;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version;
    }
}
