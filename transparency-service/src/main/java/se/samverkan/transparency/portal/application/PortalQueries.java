package se.samverkan.transparency.portal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.transparency.portal.domain.DisclosureControl;
import se.samverkan.transparency.portal.domain.MeasureName;
import se.samverkan.transparency.portal.domain.NeutralOrder;
import se.samverkan.transparency.portal.domain.QualityFigures;
import se.samverkan.transparency.portal.domain.UnitListing;
import se.samverkan.transparency.publicprovider.application.PublicProviderQueries;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.PublicUnit;

/** What the public comparison portal shows: units per service area, a provider, units side by side. */
@Service
@EnableConfigurationProperties(PortalProperties.class)
public class PortalQueries {

    public static final int MIN_COMPARED = 2;
    public static final int MAX_COMPARED = 4;

    private final PublicProviderQueries providers;
    private final UnitStatisticsStore statistics;
    private final MeasureNameStore measureNames;
    private final DisclosureControl disclosure;

    PortalQueries(PublicProviderQueries providers, UnitStatisticsStore statistics, MeasureNameStore measureNames,
                  PortalProperties properties) {
        this.providers = providers;
        this.statistics = statistics;
        this.measureNames = measureNames;
        this.disclosure = new DisclosureControl(properties.minRespondents());
    }

    /** A service area's units, filtered, in the neutral order, with every area and legal form there is to filter by. */
    public AreaListing units(String serviceArea, String area, String legalForm) {
        return units(serviceArea, area, legalForm, null);
    }

    /** The units of a service area in the neutral order, narrowed by area, form of operation and a name search. */
    public AreaListing units(String serviceArea, String area, String legalForm, String search) {
        List<UnitListing> all = unitsIn(serviceArea);
        Set<String> areas = new LinkedHashSet<>();
        Set<String> legalForms = new LinkedHashSet<>();
        all.forEach(unit -> {
            if (unit.area() != null) {
                areas.add(unit.area());
            }
            legalForms.add(unit.legalForm());
        });
        List<UnitListing> shown = all.stream()
                .filter(unit -> area == null || area.equals(unit.area()))
                .filter(unit -> legalForm == null || legalForm.equals(unit.legalForm()))
                .filter(unit -> unit.matches(search))
                .toList();
        return new AreaListing(shown, List.copyOf(areas), List.copyOf(legalForms),
                QualityFigures.of(statistics.inServiceArea(serviceArea), disclosure));
    }

    /** A provider with its units and each unit's latest figures. */
    public Optional<ProviderView> provider(String providerId) {
        return providers.find(providerId).map(provider -> {
            List<UnitListing> units = NeutralOrder.of(provider.units().stream()
                    .map(unit -> listing(provider, unit)).toList());
            List<String> serviceAreas = units.stream().map(UnitListing::serviceArea).distinct().toList();
            List<se.samverkan.transparency.portal.domain.UnitStatistics> submissions = new ArrayList<>();
            serviceAreas.forEach(serviceArea -> submissions.addAll(statistics.inServiceArea(serviceArea)));
            return new ProviderView(provider, units, QualityFigures.of(submissions, disclosure), names(serviceAreas));
        });
    }

    /**
     * The named units side by side in the neutral order, or why not: between {@value #MIN_COMPARED} and
     * {@value #MAX_COMPARED} different units, each of them listed.
     */
    public Comparison compare(List<String> unitIds) {
        List<String> distinct = unitIds == null ? List.of()
                : unitIds.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
        if (distinct.size() < MIN_COMPARED || distinct.size() > MAX_COMPARED) {
            return new Comparison.Refused(Comparison.Reason.COUNT, distinct.size());
        }
        List<UnitListing> found = new ArrayList<>();
        for (String unitId : distinct) {
            Optional<UnitListing> unit = findUnit(unitId);
            if (unit.isEmpty()) {
                return new Comparison.Refused(Comparison.Reason.UNKNOWN_UNIT, distinct.size());
            }
            found.add(unit.get());
        }
        found = NeutralOrder.of(found);
        List<se.samverkan.transparency.portal.domain.UnitStatistics> submissions = new ArrayList<>();
        List<String> serviceAreas = found.stream().map(UnitListing::serviceArea).distinct().toList();
        serviceAreas.forEach(serviceArea -> submissions.addAll(statistics.inServiceArea(serviceArea)));
        return new Comparison.SideBySide(found, QualityFigures.of(submissions, disclosure), names(serviceAreas));
    }

    private Map<String, MeasureName> names(List<String> serviceAreas) {
        Map<String, MeasureName> names = new HashMap<>();
        serviceAreas.forEach(serviceArea -> measureNames.namesIn(serviceArea).forEach(names::putIfAbsent));
        return names;
    }

    private Optional<UnitListing> findUnit(String unitId) {
        return providers.list(null, null, Pageable.unpaged()).stream()
                .flatMap(provider -> provider.units().stream().filter(unit -> unit.unitId().equals(unitId))
                        .map(unit -> listing(provider, unit)))
                .findFirst();
    }

    private List<UnitListing> unitsIn(String serviceArea) {
        return NeutralOrder.of(providers.list(null, serviceArea, Pageable.unpaged()).stream()
                .flatMap(provider -> provider.units().stream()
                        .filter(unit -> unit.serviceArea().equals(serviceArea))
                        .map(unit -> listing(provider, unit)))
                .toList());
    }

    private static UnitListing listing(PublicProvider provider, PublicUnit unit) {
        return new UnitListing(unit.unitId(), unit.name(), unit.serviceArea(), unit.area(), provider.providerId(),
                provider.name(), provider.legalForm());
    }

    public record AreaListing(List<UnitListing> units, List<String> areas, List<String> legalForms,
                              QualityFigures figures) {
    }

    /** @param names the measures' names by code, where the specification has arrived */
    public record ProviderView(PublicProvider provider, List<UnitListing> units, QualityFigures figures,
                               Map<String, MeasureName> names) {
    }

    /** Units side by side, or the reason they cannot be. */
    public sealed interface Comparison {

        enum Reason { COUNT, UNKNOWN_UNIT }

        record SideBySide(List<UnitListing> units, QualityFigures figures, Map<String, MeasureName> names)
                implements Comparison {
        }

        record Refused(Reason reason, int given) implements Comparison {
        }
    }
}
