package se.samverkan.producer.activity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A provider's activity plan or activity report for one year. Every submission is a version; a
 * correction is a new version and the earlier ones are kept. The document is late when its first
 * version came after the due date.
 */
public final class AnnualDocument {

    static final int SECTION_MAX = 20_000;
    static final int FIRST_YEAR = 2000;
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** One submitted version. */
    public record Version(int number, Map<Kind.Section, String> sections, Instant submittedAt, String submittedBy) {

        public Version {
            sections = Map.copyOf(sections);
        }
    }

    private final UUID id;
    private final String providerId;
    private final String providerOrganisationId;
    private final Kind kind;
    private final int year;
    private final List<Version> versions;
    private final long version;

    private AnnualDocument(UUID id, String providerId, String providerOrganisationId, Kind kind, int year,
                           List<Version> versions, long version) {
        this.id = Objects.requireNonNull(id);
        this.providerId = Objects.requireNonNull(providerId);
        this.providerOrganisationId = providerOrganisationId;
        this.kind = Objects.requireNonNull(kind);
        this.year = year;
        this.versions = List.copyOf(versions);
        this.version = version;
    }

    public static AnnualDocument restore(UUID id, String providerId, String providerOrganisationId, Kind kind, int year,
                                         List<Version> versions, long version) {
        return new AnnualDocument(id, providerId, providerOrganisationId, kind, year, versions, version);
    }

    /** A document not yet submitted, to submit its first version. */
    public static AnnualDocument none(String providerId, String providerOrganisationId, Kind kind, int year) {
        return new AnnualDocument(UUID.randomUUID(), providerId, providerOrganisationId, kind, year, List.of(), 0);
    }

    /**
     * Submits a version. Every section of the kind is filled in, no unknown section is given; a
     * plan looks forward (its year has not ended) and a report looks back (its year has ended).
     */
    public Result submit(Map<String, String> given, String user, Instant now) {
        Violations violations = new Violations();
        LocalDate today = LocalDate.ofInstant(now, SWEDEN);
        if (year < FIRST_YEAR || year > today.getYear() + 2) {
            violations.add("year", "range", "Ange ett år mellan " + FIRST_YEAR + " och " + (today.getYear() + 2) + ".");
        } else if (kind == Kind.ACTIVITY_PLAN && year < today.getYear()) {
            violations.add("year", "plan-looks-forward", "En verksamhetsplan gäller kommande eller innevarande år; "
                    + year + " har redan passerat. Lämna en verksamhetsberättelse för det.");
        } else if (kind == Kind.ACTIVITY_REPORT && year >= today.getYear()) {
            violations.add("year", "report-looks-back", "En verksamhetsberättelse lämnas för ett år som har passerat; "
                    + year + " är inte slut än.");
        }
        Map<Kind.Section, String> sections = new LinkedHashMap<>();
        Map<String, String> sent = given == null ? Map.of() : given;
        for (Map.Entry<String, String> entry : sent.entrySet()) {
            Kind.Section section = parse(entry.getKey());
            if (section == null || !kind.sections().contains(section)) {
                violations.add("sections." + entry.getKey(), "unknown-section", "En " + kind.swedishName()
                        + " har inget avsnitt '" + entry.getKey() + "'. Avsnitten är: " + names() + ".");
            }
        }
        for (Kind.Section section : kind.sections()) {
            String text = sent.entrySet().stream().filter(e -> section == parse(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            String field = "sections." + section.name();
            if (text == null || text.isBlank()) {
                violations.add(field, "required", "Avsnittet '" + section.heading() + "' (" + section.name()
                        + ") måste fyllas i.");
            } else if (violations.maxLength(field, text, SECTION_MAX)) {
                sections.put(section, text.strip());
            }
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        List<Version> more = new ArrayList<>(versions);
        more.add(new Version(versions.size() + 1, sections, now, user));
        return new Result.Done(new AnnualDocument(id, providerId, providerOrganisationId, kind, year, more,
                version + 1));
    }

    /** Due by the kind's date for the year. */
    public LocalDate dueOn() {
        return kind.dueOn(year);
    }

    /** The first version came after the due date. */
    public boolean late() {
        return !versions.isEmpty()
                && LocalDate.ofInstant(versions.get(0).submittedAt(), SWEDEN).isAfter(dueOn());
    }

    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    private static Kind.Section parse(String name) {
        try {
            return name == null ? null : Kind.Section.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private String names() {
        return String.join(", ", kind.sections().stream().map(Enum::name).toList());
    }

    public sealed interface Result {
        record Done(AnnualDocument document) implements Result {
        }

        record Rejected(List<Violation> violations) implements Result {
        }
    }

    public UUID id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public String providerOrganisationId() {
        return providerOrganisationId;
    }

    public Kind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public List<Version> versions() {
        return versions;
    }

    public long version() {
        return version;
    }
}
