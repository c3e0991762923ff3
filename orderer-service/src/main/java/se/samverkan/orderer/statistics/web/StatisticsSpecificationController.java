package se.samverkan.orderer.statistics.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.statistics.application.CreateSpecification;
import se.samverkan.orderer.statistics.application.EditDraft;
import se.samverkan.orderer.statistics.application.PublishSpecification;
import se.samverkan.orderer.statistics.application.SpecificationAccess;
import se.samverkan.orderer.statistics.application.SpecificationQueries;
import se.samverkan.orderer.statistics.domain.AgeBand;
import se.samverkan.orderer.statistics.domain.Breakdown;
import se.samverkan.orderer.statistics.domain.Draft;
import se.samverkan.orderer.statistics.domain.DraftInput;
import se.samverkan.orderer.statistics.domain.Measure;
import se.samverkan.orderer.statistics.domain.MeasureInput;
import se.samverkan.orderer.statistics.domain.PublishedVersion;
import se.samverkan.orderer.statistics.domain.ServiceArea;
import se.samverkan.orderer.statistics.domain.SpecificationContent;
import se.samverkan.orderer.statistics.domain.StatisticsSpecification;

@RestController
@RequestMapping(StatisticsSpecificationController.PATH)
class StatisticsSpecificationController {

    static final String PATH = "/api/v1/statistics-specifications";
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("boardShortName", "boardShortName");
        SORTABLE.put("serviceArea", "serviceArea");
        SORTABLE.put("createdAt", "createdAt");
    }

    private final CreateSpecification createSpecification;
    private final EditDraft editDraft;
    private final PublishSpecification publishSpecification;
    private final SpecificationQueries queries;

    StatisticsSpecificationController(CreateSpecification createSpecification, EditDraft editDraft,
                                      PublishSpecification publishSpecification, SpecificationQueries queries) {
        this.createSpecification = createSpecification;
        this.editDraft = editDraft;
        this.publishSpecification = publishSpecification;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<?> create(@RequestBody CreateSpecificationRequest request, Caller caller) {
        CreateSpecification.Outcome outcome = createSpecification.handle(
                new CreateSpecification.Command(request.boardId(), request.serviceArea(), caller));
        if (outcome instanceof CreateSpecification.Outcome.Created created) {
            StatisticsSpecification specification = created.specification();
            return ResponseEntity.created(URI.create(PATH + "/" + specification.id()))
                    .eTag(String.valueOf(specification.revision()))
                    .body(SpecificationResponse.of(specification, true, queries.today()));
        }
        if (outcome instanceof CreateSpecification.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof CreateSpecification.Outcome.NoSuchBoard missing) {
            return ResponseEntity.status(404).body(Problems.notFound("Det finns ingen nämnd " + missing.boardId()
                    + " vars statistik du kan specificera."));
        }
        StatisticsSpecification existing = ((CreateSpecification.Outcome.AlreadyExists) outcome).existing();
        return ResponseEntity.status(409).body(Problems.conflict(existing.boardShortName() + " har redan en "
                + "statistikspecifikation för verksamhetsområdet " + ServiceAreaCode.labelOf(existing.serviceArea().name())
                + " (" + PATH + "/" + existing.id() + "). Det finns en per nämnd och verksamhetsområde: ändra dess "
                + "utkast i stället."));
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String boardId,
                           @RequestParam(required = false) String serviceArea,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        BoardId board = null;
        ServiceArea area = null;
        if (boardId != null && !boardId.isBlank()) {
            board = BoardId.parse(boardId.strip()).orElse(null);
            if (board == null) {
                return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("boardId", "format",
                        "'" + boardId + "' är inte ett nämnd-id."))));
            }
        }
        if (serviceArea != null && !serviceArea.isBlank()) {
            area = ServiceArea.parse(serviceArea.strip()).orElse(null);
            if (area == null) {
                return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("serviceArea",
                        "one-of", "Okänt verksamhetsområde '" + serviceArea + "'."))));
            }
        }
        LocalDate today = queries.today();
        return ResponseEntity.ok(PageResponse.of(queries.list(board, area, caller,
                        PageRequests.of(page, size, sort, SORTABLE)),
                specification -> SpecificationResponse.of(specification,
                        SpecificationAccess.maySeeDraft(caller, specification), today)));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return queries.find(id, caller).<ResponseEntity<?>>map(specification -> ResponseEntity.ok(
                        SpecificationResponse.of(specification, SpecificationAccess.maySeeDraft(caller, specification),
                                queries.today())))
                .orElseGet(() -> notFound(id));
    }

    @GetMapping("/{id}/draft")
    ResponseEntity<?> draft(@PathVariable String id, Caller caller) {
        return queries.draft(id, caller).<ResponseEntity<?>>map(found -> ResponseEntity.ok()
                        .eTag(String.valueOf(found.specification().revision()))
                        .body(ContentResponse.ofDraft(found.specification(), found.part())))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound(
                        "Det finns inget utkast till statistikspecifikationen " + id + ".")));
    }

    @PutMapping("/{id}/draft")
    ResponseEntity<?> editDraft(@PathVariable String id, @RequestBody DraftRequest request,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        EditDraft.Outcome outcome = editDraft.handle(new EditDraft.Command(id, request.toInput(), revision(ifMatch),
                caller));
        if (outcome instanceof EditDraft.Outcome.Edited edited) {
            return ResponseEntity.ok().eTag(String.valueOf(edited.specification().revision()))
                    .body(ContentResponse.ofDraft(edited.specification(), edited.draft()));
        }
        if (outcome instanceof EditDraft.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof EditDraft.Outcome.NoSuchSpecification) {
            return notFound(id);
        }
        return changedMeanwhile();
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<?> publish(@PathVariable String id,
                              @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        PublishSpecification.Outcome outcome = publishSpecification.handle(
                new PublishSpecification.Command(id, revision(ifMatch), caller));
        if (outcome instanceof PublishSpecification.Outcome.Published published) {
            StatisticsSpecification specification = published.specification();
            return ResponseEntity.created(URI.create(PATH + "/" + id + "/versions/" + published.version().version()))
                    .eTag(String.valueOf(specification.revision()))
                    .body(ContentResponse.ofVersion(specification, published.version()));
        }
        if (outcome instanceof PublishSpecification.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof PublishSpecification.Outcome.NothingToPublish nothing) {
            return ResponseEntity.status(409).body(Problems.conflict("Det finns inget utkast att publicera: version "
                    + nothing.latestVersion() + " är publicerad och gäller som den är. Ändra specifikationen för att "
                    + "börja version " + (nothing.latestVersion() + 1) + "."));
        }
        if (outcome instanceof PublishSpecification.Outcome.NoSuchSpecification) {
            return notFound(id);
        }
        return changedMeanwhile();
    }

    @GetMapping("/{id}/versions/{version}")
    ResponseEntity<?> version(@PathVariable String id, @PathVariable String version, Caller caller) {
        return queries.version(id, version, caller).<ResponseEntity<?>>map(found -> ResponseEntity.ok(
                        ContentResponse.ofVersion(found.specification(), found.part())))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Statistikspecifikationen " + id
                        + " har ingen publicerad version " + version + ".")));
    }

    private static ResponseEntity<?> notFound(String id) {
        return ResponseEntity.status(404).body(Problems.notFound("Statistikspecifikationen " + id + " finns inte."));
    }

    private static ResponseEntity<?> changedMeanwhile() {
        return ResponseEntity.status(409).body(Problems.conflict("Statistikspecifikationen ändrades av någon annan "
                + "sedan du läste den. Läs om den och försök igen."));
    }

    /**
     * The revision in an {@code If-Match} header ({@code "3"}, {@code W/"3"}); null for none or
     * {@code *}; -1, which matches no revision, for anything else.
     */
    static Long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.split(",")[0].strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    record CreateSpecificationRequest(String boardId, String serviceArea) {
    }

    record DraftRequest(String validFrom, List<String> ageBands, List<MeasureRequest> measures) {

        DraftInput toInput() {
            return new DraftInput(validFrom, ageBands, measures == null ? null : measures.stream()
                    .map(measure -> measure == null ? null : measure.toInput()).toList());
        }
    }

    record MeasureRequest(String code, String name, String definition, String category, String valueType, String unit,
                          String frequency, Boolean required, List<String> breakdowns, BigDecimal minValue,
                          BigDecimal maxValue, Boolean reportsRespondents, Boolean reportsResponseRate,
                          String volumeMeasure, String resourceMeasure, String sourceSystem) {

        MeasureInput toInput() {
            return new MeasureInput(code, name, definition, category, valueType, unit, frequency, required, breakdowns,
                    minValue, maxValue, reportsRespondents, reportsResponseRate, volumeMeasure, resourceMeasure,
                    sourceSystem);
        }
    }

    /** A specification at a glance; {@code draft} only for those who may see it. */
    record SpecificationResponse(String id, String boardId, String boardShortName, String boardOrganisationId,
                                 String serviceArea, String serviceAreaLabel, Instant createdAt,
                                 Integer currentVersion, Integer latestVersion, List<VersionSummary> versions,
                                 DraftSummary draft) {

        static SpecificationResponse of(StatisticsSpecification specification, boolean withDraft, LocalDate today) {
            return new SpecificationResponse(specification.id().toString(), specification.boardId().toString(),
                    specification.boardShortName(), specification.boardOrganisationId(),
                    specification.serviceArea().name(), ServiceAreaCode.labelOf(specification.serviceArea().name()),
                    specification.createdAt(),
                    specification.versionValidOn(today).map(PublishedVersion::version).orElse(null),
                    specification.latestVersion().map(PublishedVersion::version).orElse(null),
                    specification.publishedVersions().stream().map(version -> new VersionSummary(version.version(),
                            version.content().validFrom(), specification.validUntil(version).orElse(null),
                            version.publishedAt(), version.content().measures().size())).toList(),
                    withDraft ? specification.draft().map(draft -> new DraftSummary(draft.version(),
                            draft.content().validFrom(), draft.changedAt(), draft.content().measures().size()))
                            .orElse(null) : null);
        }
    }

    record VersionSummary(int version, LocalDate validFrom, LocalDate validUntil, Instant publishedAt,
                          int measureCount) {
    }

    record DraftSummary(int version, LocalDate validFrom, Instant changedAt, int measureCount) {
    }

    /** A draft or a published version in full. */
    record ContentResponse(String specificationId, String boardId, String boardShortName, String boardOrganisationId,
                           String serviceArea, String serviceAreaLabel, int version, String status,
                           LocalDate validFrom, LocalDate validUntil, Instant publishedAt, Instant changedAt,
                           List<String> ageBands, List<MeasureResponse> measures) {

        static ContentResponse ofDraft(StatisticsSpecification specification, Draft draft) {
            return of(specification, draft.version(), "DRAFT", draft.content(), null, null, draft.changedAt());
        }

        static ContentResponse ofVersion(StatisticsSpecification specification, PublishedVersion version) {
            return of(specification, version.version(), "PUBLISHED", version.content(),
                    specification.validUntil(version).orElse(null), version.publishedAt(), null);
        }

        private static ContentResponse of(StatisticsSpecification specification, int version, String status,
                                          SpecificationContent content, LocalDate validUntil, Instant publishedAt,
                                          Instant changedAt) {
            return new ContentResponse(specification.id().toString(), specification.boardId().toString(),
                    specification.boardShortName(), specification.boardOrganisationId(),
                    specification.serviceArea().name(), ServiceAreaCode.labelOf(specification.serviceArea().name()),
                    version, status, content.validFrom(), validUntil, publishedAt, changedAt,
                    content.ageBands().stream().map(AgeBand::toString).toList(),
                    content.measures().stream().map(MeasureResponse::of).toList());
        }
    }

    record MeasureResponse(String code, String name, String definition, String category, String categoryLabel,
                           String valueType, String unit, String frequency, String frequencyLabel, boolean required,
                           List<String> breakdowns, BigDecimal minValue, BigDecimal maxValue,
                           boolean reportsRespondents, boolean reportsResponseRate, String volumeMeasure,
                           String resourceMeasure, String sourceSystem) {

        static MeasureResponse of(Measure measure) {
            return new MeasureResponse(measure.code(), measure.name(), measure.definition(), measure.category().name(),
                    measure.category().label(), measure.valueType().name(), measure.unit(),
                    measure.frequency().name(), measure.frequency().label(), measure.required(),
                    measure.breakdowns().stream().map(Breakdown::name).toList(), measure.minValue(),
                    measure.maxValue(), measure.reportsRespondents(), measure.reportsResponseRate(),
                    measure.volumeMeasure(), measure.resourceMeasure(), measure.sourceSystem());
        }
    }
}
