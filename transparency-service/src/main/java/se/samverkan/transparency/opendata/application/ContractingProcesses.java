package se.samverkan.transparency.opendata.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import se.samverkan.transparency.portal.application.MeasureNameStore;
import se.samverkan.transparency.portal.application.PortalProperties;
import se.samverkan.transparency.portal.application.UnitStatisticsStore;
import se.samverkan.transparency.portal.domain.DisclosureControl;
import se.samverkan.transparency.portal.domain.MeasureName;
import se.samverkan.transparency.portal.domain.OpenDataValue;
import se.samverkan.transparency.portal.domain.UnitStatistics;
import se.samverkan.transparency.publicagreement.application.PublicAgreementQueries;
import se.samverkan.transparency.publicagreement.domain.PublicAgreement;
import se.samverkan.transparency.publicprovider.application.PublicProviderQueries;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;

/**
 * Every public agreement as a contracting process for open data: the agreement, its provider where
 * published, and the statistics the provider's units reported in the agreement's service area
 * during its period, under the same disclosure control as the portal.
 */
@Service
@EnableConfigurationProperties(OpenDataProperties.class)
public class ContractingProcesses {

    private final PublicAgreementQueries agreements;
    private final PublicProviderQueries providers;
    private final UnitStatisticsStore statistics;
    private final MeasureNameStore measureNames;
    private final DisclosureControl disclosure;

    ContractingProcesses(PublicAgreementQueries agreements, PublicProviderQueries providers,
                         UnitStatisticsStore statistics, MeasureNameStore measureNames, PortalProperties portal) {
        this.agreements = agreements;
        this.providers = providers;
        this.statistics = statistics;
        this.measureNames = measureNames;
        this.disclosure = new DisclosureControl(portal.minRespondents());
    }

    public List<ContractingProcess> all() {
        Map<String, List<UnitStatistics>> byServiceArea = new HashMap<>();
        Map<String, Map<String, MeasureName>> namesByServiceArea = new HashMap<>();
        List<ContractingProcess> processes = new ArrayList<>();
        for (PublicAgreement agreement : agreements.all()) {
            List<Report> reports = new ArrayList<>();
            Map<String, MeasureName> names = Map.of();
            if (agreement.serviceArea() != null) {
                names = namesByServiceArea.computeIfAbsent(agreement.serviceArea(), measureNames::namesIn);
                for (UnitStatistics submission : byServiceArea.computeIfAbsent(agreement.serviceArea(),
                        statistics::inServiceArea)) {
                    if (agreement.providerId().equals(submission.providerId()) && during(agreement, submission)) {
                        reports.add(new Report(submission, submission.values().stream()
                                .map(figures -> OpenDataValue.of(submission, figures, disclosure)).toList()));
                    }
                }
            }
            reports.sort(java.util.Comparator.comparing((Report report) -> String.valueOf(report.statistics().periodEnd()))
                    .thenComparing(report -> report.statistics().unitId()));
            processes.add(new ContractingProcess(agreement, providers.find(agreement.providerId()), reports, names));
        }
        return processes;
    }

    public Optional<Instant> lastChange() {
        return agreements.lastChange();
    }

    /** A period that overlaps the agreement's: it ends on or after the first day and starts on or before the last. */
    private static boolean during(PublicAgreement agreement, UnitStatistics submission) {
        String start = submission.periodStart() == null ? submission.periodEnd() : submission.periodStart();
        String end = submission.periodEnd() == null ? submission.periodStart() : submission.periodEnd();
        if (start == null || end == null) {
            return false;
        }
        return end.compareTo(agreement.startsOn()) >= 0
               && agreement.lastDay().map(last -> start.compareTo(last) <= 0).orElse(true);
    }

    /** @param provider the provider, where its registration has been published */
    public record ContractingProcess(PublicAgreement agreement, Optional<PublicProvider> provider,
                                     List<Report> reports, Map<String, MeasureName> measureNames) {
    }

    /** One unit's statistics for one period, each measure as published (withheld cells carry no value). */
    public record Report(UnitStatistics statistics, List<OpenDataValue> values) {
    }
}
