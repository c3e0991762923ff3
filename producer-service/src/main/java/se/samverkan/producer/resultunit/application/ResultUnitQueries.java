package se.samverkan.producer.resultunit.application;

import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.producer.resultunit.domain.MonthlyReport;
import se.samverkan.producer.resultunit.domain.MunicipalSale;
import se.samverkan.producer.resultunit.domain.ResultUnit;
import se.samverkan.producer.resultunit.domain.ResultUnitId;
import se.samverkan.producer.resultunit.domain.ServiceAreaEquity;

@Service
public class ResultUnitQueries {

    private final ResultUnitRepository units;
    private final ResultUnitProperties properties;

    ResultUnitQueries(ResultUnitRepository units, ResultUnitProperties properties) {
        this.units = units;
        this.properties = properties;
    }

    /** The unit, if it exists and the caller may see it. */
    public Optional<ResultUnit> find(String id, Caller caller) {
        return ResultUnitId.parse(id).flatMap(units::find)
                .filter(unit -> ResultUnitAccess.maySee(caller, unit.providerOrganisationId()));
    }

    public Page<ResultUnit> list(Caller caller, Pageable pageable) {
        return units.list(ResultUnitAccess.onlyOrganisation(caller), pageable);
    }

    /** The units' equity for the year, summed per service area, over the units the caller may see. */
    public List<ServiceAreaEquity> equityByServiceArea(int year, Caller caller) {
        return ServiceAreaEquity.sum(units.all(ResultUnitAccess.onlyOrganisation(caller)), year);
    }

    /** The monthly report to KS on every unit the caller may see. */
    public MonthlyReport monthlyReport(YearMonth period, Caller caller) {
        return MonthlyReport.of(period, units.all(ResultUnitAccess.onlyOrganisation(caller)),
                properties.majorDeviationRule());
    }

    /**
     * Sales to other municipalities: an orderer official sees those needing their own board's
     * consent; the production board its own units' sales; the council level all.
     */
    public List<UnitSale> sales(Caller caller) {
        List<UnitSale> found = new ArrayList<>();
        if (caller.hasAny(ORDERER_OFFICIAL) && !ResultUnitAccess.seesAll(caller)) {
            if (caller.organisation() != null) {
                for (ResultUnit unit : units.withSalesFor(caller.organisation())) {
                    unit.sales().stream().filter(sale -> caller.actsFor(sale.ordererBoard()))
                            .forEach(sale -> found.add(new UnitSale(unit, sale)));
                }
            }
            return found;
        }
        for (ResultUnit unit : units.withSalesFor(null)) {
            if (ResultUnitAccess.maySee(caller, unit.providerOrganisationId())) {
                unit.sales().forEach(sale -> found.add(new UnitSale(unit, sale)));
            }
        }
        return found;
    }

    public record UnitSale(ResultUnit unit, MunicipalSale sale) {
    }
}
