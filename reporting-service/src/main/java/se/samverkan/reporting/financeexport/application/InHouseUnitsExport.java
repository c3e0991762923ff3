package se.samverkan.reporting.financeexport.application;

import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.financeexport.domain.ExportTable;
import se.samverkan.reporting.financeexport.domain.InHouseResultsTable;
import se.samverkan.reporting.inhouseeconomy.application.InHouseEconomy;

/** The in-house result units' year so far: result, operating margin against the requirement, equity. */
@Component
class InHouseUnitsExport implements ExportSource {

    private final InHouseEconomy economy;

    InHouseUnitsExport(InHouseEconomy economy) {
        this.economy = economy;
    }

    @Override
    public String name() {
        return InHouseResultsTable.UNITS.name();
    }

    @Override
    public Set<ExportRequest.Parameter> parameters() {
        return Set.of(ExportRequest.Parameter.YEAR);
    }

    @Override
    public String fileName(ExportRequest request) {
        return "resultatenheter-helar-" + request.year();
    }

    @Override
    public ExportTable table(Caller caller, ExportRequest request) {
        return InHouseResultsTable.units(economy.ofYear(request.requiredYear(), caller));
    }
}
