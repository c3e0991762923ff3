package se.samverkan.reporting.inhouseeconomy.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.inhouseeconomy.application.InHouseEconomy;
import se.samverkan.reporting.inhouseeconomy.domain.InHouseResults;
import se.samverkan.reporting.inhouseeconomy.domain.UnitYear;

/** The in-house production's results of a year: per unit margin against requirement, and equity. */
@RestController
@RequestMapping("/api/v1/reports/in-house-results")
class InHouseResultsController {

    private final InHouseEconomy economy;

    InHouseResultsController(InHouseEconomy economy) {
        this.economy = economy;
    }

    @GetMapping
    ResultsOfYear ofYear(@RequestParam(required = false) Integer year, Caller caller) {
        if (year == null || year < 2000 || year > 2100) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(List.of(new Violation("year",
                    year == null ? "required" : "range", "Ange året som 'year', t.ex. year=2026."))), null);
        }
        InHouseResults results = economy.ofYear(year, caller);
        return new ResultsOfYear(year, results.units().stream().map(UnitRow::of).toList(),
                results.serviceAreas().stream().map(TotalRow::of).toList(), TotalRow.of(results.production()));
    }

    record ResultsOfYear(int year, List<UnitRow> units, List<TotalRow> serviceAreas, TotalRow production) {
    }

    record UnitRow(String resultUnitId, String name, String serviceArea, int closedMonths, int lastClosedMonth,
                   BigDecimal revenues, BigDecimal costs, BigDecimal result, BigDecimal operatingMarginPercent,
                   BigDecimal marginRequirementPercent, String requirementSource, Boolean meetsRequirement,
                   BigDecimal equityBroughtForward, BigDecimal equityCarriedForward) {

        static UnitRow of(UnitYear unit) {
            return new UnitRow(unit.resultUnitId(), unit.name(), unit.serviceArea(), unit.months().size(),
                    unit.lastClosedMonth(), unit.revenues(), unit.costs(), unit.result(), unit.marginPercent(),
                    unit.marginRequirement(), unit.requirementSource(), unit.meetsRequirement(),
                    unit.equityBroughtForward(), unit.equityCarriedForward());
        }
    }

    record TotalRow(String serviceArea, int units, int unitsMeetingRequirement, BigDecimal revenues, BigDecimal costs,
                    BigDecimal result, BigDecimal operatingMarginPercent, BigDecimal equityBroughtForward,
                    BigDecimal equityCarriedForward) {

        static TotalRow of(InHouseResults.Total total) {
            return new TotalRow(total.serviceArea(), total.units(), total.unitsMeetingRequirement(), total.revenues(),
                    total.costs(), total.result(), total.marginPercent(), total.equityBroughtForward(),
                    total.equityCarriedForward());
        }
    }
}
