package se.samverkan.orderer.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;
import se.samverkan.orderer.board.domain.BoardId;

/**
 * A board's statistics specification (statistikspecifikation) for one service area: the one
 * document that tells every provider unit in the area which statistics to report, how often and
 * broken down how (003 Bilaga 3). The board's officials work on a draft; publishing freezes it
 * as the next version, which is kept and never changes. Editing after that starts a new draft.
 */
public final class StatisticsSpecification {

    private final StatisticsSpecificationId id;
    private final BoardId boardId;
    private final String boardOrganisationId;
    private final String boardShortName;
    private final ServiceArea serviceArea;
    private final Instant createdAt;
    private final List<PublishedVersion> publishedVersions;
    private final Draft draft;
    private final long revision;

    private StatisticsSpecification(StatisticsSpecificationId id, BoardId boardId, String boardOrganisationId,
                                    String boardShortName, ServiceArea serviceArea, Instant createdAt,
                                    List<PublishedVersion> publishedVersions, Draft draft, long revision) {
        this.id = Objects.requireNonNull(id);
        this.boardId = Objects.requireNonNull(boardId);
        this.boardOrganisationId = Objects.requireNonNull(boardOrganisationId);
        this.boardShortName = Objects.requireNonNull(boardShortName);
        this.serviceArea = Objects.requireNonNull(serviceArea);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.publishedVersions = List.copyOf(publishedVersions);
        this.draft = draft;
        this.revision = revision;
    }

    /** Restores a specification from storage. */
    public static StatisticsSpecification restore(StatisticsSpecificationId id, BoardId boardId,
                                                  String boardOrganisationId, String boardShortName,
                                                  ServiceArea serviceArea, Instant createdAt,
                                                  List<PublishedVersion> publishedVersions, Draft draft,
                                                  long revision) {
        return new StatisticsSpecification(id, boardId, boardOrganisationId, boardShortName, serviceArea, createdAt,
                publishedVersions, draft, revision);
    }

    /**
     * Starts a board's specification for a service area, as an empty draft of version 1.
     *
     * @param boardId             the board; null when the request named none
     * @param boardOrganisationId the {@code org} claim of the board's officials
     */
    public static Creation create(BoardId boardId, String boardOrganisationId, String boardShortName,
                                  String serviceArea, Instant now) {
        Violations violations = new Violations();
        if (boardId == null) {
            violations.add("boardId", "required", "Ange nämnden som specifikationen gäller (boardId).");
        }
        ServiceArea area = violations.oneOf(ServiceArea.class, "serviceArea", serviceArea, true);
        if (!violations.isEmpty()) {
            return new Creation.Rejected(violations.list());
        }
        return new Creation.Created(new StatisticsSpecification(StatisticsSpecificationId.newId(), boardId,
                boardOrganisationId, boardShortName, area, now, List.of(),
                new Draft(1, SpecificationContent.EMPTY, now), 0));
    }

    /**
     * Replaces the content of the draft with what the officials wrote. When every version is
     * published, this starts the draft of the next version: a published version never changes.
     * Every broken rule is reported at once, and then nothing changes.
     */
    public DraftEdit editDraft(DraftInput input, Instant now) {
        DraftRules.Result checked = DraftRules.check(input, publishedVersions);
        if (checked instanceof DraftRules.Result.Invalid invalid) {
            return new DraftEdit.Rejected(invalid.violations());
        }
        SpecificationContent content = ((DraftRules.Result.Valid) checked).content();
        int version = draft != null ? draft.version() : nextVersion();
        Draft edited = new Draft(version, content, now);
        return new DraftEdit.Edited(new StatisticsSpecification(id, boardId, boardOrganisationId, boardShortName,
                serviceArea, createdAt, publishedVersions, edited, revision + 1), edited);
    }

    /**
     * Publishes the draft as the next version, from its validity start date. A specification
     * with no measures is not published: providers would be told to report nothing.
     */
    public Publication publish(Instant now) {
        if (draft == null) {
            return new Publication.NothingToPublish(latestVersion().map(PublishedVersion::version).orElse(0));
        }
        Violations violations = new Violations();
        if (draft.content().validFrom() == null) {
            violations.add("validFrom", "required", "Ange från vilket datum versionen gäller (validFrom) innan den "
                    + "publiceras.");
        }
        if (draft.content().isEmpty()) {
            violations.add("measures", "not-empty", "En statistikspecifikation kan inte publiceras utan mått. Lägg "
                    + "till minst ett mått i utkastet.");
        }
        if (!violations.isEmpty()) {
            return new Publication.Rejected(violations.list());
        }
        PublishedVersion version = new PublishedVersion(draft.version(), draft.content(), now);
        List<PublishedVersion> versions = new ArrayList<>(publishedVersions);
        versions.add(version);
        return new Publication.Published(new StatisticsSpecification(id, boardId, boardOrganisationId, boardShortName,
                serviceArea, createdAt, versions, null, revision + 1), version);
    }

    /** What starting a specification can come to. */
    public sealed interface Creation {
        record Created(StatisticsSpecification specification) implements Creation {
        }

        record Rejected(List<Violation> violations) implements Creation {
        }
    }

    /** What editing the draft can come to. */
    public sealed interface DraftEdit {
        record Edited(StatisticsSpecification specification, Draft draft) implements DraftEdit {
        }

        record Rejected(List<Violation> violations) implements DraftEdit {
        }
    }

    /** What publishing can come to. */
    public sealed interface Publication {
        record Published(StatisticsSpecification specification, PublishedVersion version) implements Publication {
        }

        record Rejected(List<Violation> violations) implements Publication {
        }

        /** There is no draft: every version is published already ({@code latestVersion} 0 when none is). */
        record NothingToPublish(int latestVersion) implements Publication {
        }
    }

    /** Whether the board's officials act for this organisation ({@code org} claim). */
    public boolean isOfBoard(String organisation) {
        return boardOrganisationId.equals(organisation);
    }

    /** Whether any version has been published; before that only the board's officials know of it. */
    public boolean isPublished() {
        return !publishedVersions.isEmpty();
    }

    public Optional<PublishedVersion> version(int number) {
        return publishedVersions.stream().filter(version -> version.version() == number).findFirst();
    }

    public Optional<PublishedVersion> latestVersion() {
        return publishedVersions.isEmpty() ? Optional.empty()
                : Optional.of(publishedVersions.get(publishedVersions.size() - 1));
    }

    /** The version that applies on the day: the latest whose validity has started. */
    public Optional<PublishedVersion> versionValidOn(LocalDate day) {
        PublishedVersion valid = null;
        for (PublishedVersion version : publishedVersions) {
            if (!version.content().validFrom().isAfter(day)) {
                valid = version;
            }
        }
        return Optional.ofNullable(valid);
    }

    /** The last day a version applies: the day before the next version starts; empty while none follows. */
    public Optional<LocalDate> validUntil(PublishedVersion version) {
        return version(version.version() + 1).map(next -> next.content().validFrom().minusDays(1));
    }

    private int nextVersion() {
        return latestVersion().map(PublishedVersion::version).orElse(0) + 1;
    }

    public StatisticsSpecificationId id() {
        return id;
    }

    public BoardId boardId() {
        return boardId;
    }

    public String boardOrganisationId() {
        return boardOrganisationId;
    }

    public String boardShortName() {
        return boardShortName;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Every published version, oldest first. */
    public List<PublishedVersion> publishedVersions() {
        return publishedVersions;
    }

    public Optional<Draft> draft() {
        return Optional.ofNullable(draft);
    }

    /** The aggregate's revision for optimistic locking; 0 when new, one up per change. */
    public long revision() {
        return revision;
    }
}
