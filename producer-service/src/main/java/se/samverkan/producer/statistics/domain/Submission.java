package se.samverkan.producer.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit's statistics for one period (inrapportering), with every version: the first
 * submission and each correction after it. A correction never overwrites; it is a new version,
 * and the history stays readable. The provider, the unit and the period never change.
 */
public final class Submission {

    private final String id;
    private final String providerId;
    private final String providerOrganisationId;
    private final ReportingUnit unit;
    private final ReportingPeriod period;
    private final LocalDate dueOn;
    private final List<SubmissionVersion> versions;
    private final long revision;

    private Submission(String id, String providerId, String providerOrganisationId, ReportingUnit unit,
                       ReportingPeriod period, LocalDate dueOn, List<SubmissionVersion> versions, long revision) {
        this.id = Objects.requireNonNull(id);
        this.providerId = Objects.requireNonNull(providerId);
        this.providerOrganisationId = Objects.requireNonNull(providerOrganisationId);
        this.unit = Objects.requireNonNull(unit);
        this.period = Objects.requireNonNull(period);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.versions = List.copyOf(versions);
        if (this.versions.isEmpty()) {
            throw new IllegalArgumentException("a submission has at least one version");
        }
        this.revision = revision;
    }

    public static Submission restore(String id, String providerId, String providerOrganisationId, ReportingUnit unit,
                                     ReportingPeriod period, LocalDate dueOn, List<SubmissionVersion> versions,
                                     long revision) {
        return new Submission(id, providerId, providerOrganisationId, unit, period, dueOn, versions, revision);
    }

    /** The unit's first submission for the period: version 1. */
    public static Submission submit(String providerId, String providerOrganisationId, ReportingUnit unit,
                                    ReportingPeriod period, DueDates dueDates, Content content) {
        return new Submission(UUID.randomUUID().toString(), providerId, providerOrganisationId, unit, period,
                dueDates.dueOn(period), List.of(content.asVersion(1)), 0);
    }

    /** A correction: the next version, the earlier ones kept as they were. */
    public Submission correct(Content content) {
        List<SubmissionVersion> more = new ArrayList<>(versions);
        more.add(content.asVersion(current().version() + 1));
        return new Submission(id, providerId, providerOrganisationId, unit, period, dueOn, more, revision + 1);
    }

    /** The period's statistics arrived late: the first version came after the due date. */
    public boolean late() {
        return versions.get(0).submittedOn().isAfter(dueOn);
    }

    public SubmissionVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** Whether the board's officials read it: the board whose specification a version was checked against. */
    public boolean concernsBoard(String boardOrganisationId) {
        return versions.stream().anyMatch(version -> version.boardOrganisationId().equals(boardOrganisationId));
    }

    public String id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public String providerOrganisationId() {
        return providerOrganisationId;
    }

    public ReportingUnit unit() {
        return unit;
    }

    public ReportingPeriod period() {
        return period;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    /** Oldest first. */
    public List<SubmissionVersion> versions() {
        return versions;
    }

    /** The storage revision read; a write succeeds only if nobody wrote since. */
    public long revision() {
        return revision;
    }

    /** What one version holds, checked already. */
    public record Content(List<ReportedValue> values, SpecificationVersion specification, Instant submittedAt,
                          LocalDate submittedOn, String submittedBy, String comment) {

        SubmissionVersion asVersion(int number) {
            return new SubmissionVersion(number, values, specification.specificationId(), specification.version(),
                    specification.boardId(), specification.boardOrganisationId(), submittedAt, submittedOn,
                    submittedBy, comment);
        }
    }
}
