package se.samverkan.orderer.procurement.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.orderer.procurement.application.TenderService;
import se.samverkan.orderer.procurement.domain.Rulebook;
import se.samverkan.orderer.procurement.domain.Tender;

/** The boards' tenders under LOU and LUF: announcement, bids, evaluation, award, standstill, contract. */
@RestController
@RequestMapping("/api/v1/tenders")
class TenderController {

    private static final Map<String, String> SORTABLE = Map.of("bidDeadline", "bidDeadline", "reference", "reference",
            "createdAt", "createdAt");

    private final TenderService tenders;

    TenderController(TenderService tenders) {
        this.tenders = tenders;
    }

    @PostMapping
    ResponseEntity<?> announce(@RequestBody AnnounceRequest request, Caller caller) {
        TenderService.Outcome outcome = tenders.announce(request.boardId(), request.terms(), caller);
        if (outcome instanceof TenderService.Outcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/tenders/" + done.tender().id()))
                    .body(TenderResponse.of(done.tender(), true));
        }
        return answer(outcome, caller);
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String boardId,
                           @RequestParam(required = false) String serviceArea,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        Tender.Status parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = Tender.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("status", "one-of",
                        "Okänd status '" + status + "'. Tillåtna värden: OPEN, EVALUATED, AWARDED, CONCLUDED."))));
            }
        }
        return ResponseEntity.ok(PageResponse.of(tenders.list(blank(boardId), blank(serviceArea), parsed,
                        PageRequests.of(page, size, sort == null ? "bidDeadline,desc" : sort, SORTABLE)),
                tender -> TenderResponse.of(tender, tenders.seesEveryBid(caller, tender), caller)));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return tenders.find(id).<ResponseEntity<?>>map(tender -> ResponseEntity.ok(TenderResponse.of(tender,
                        tenders.seesEveryBid(caller, tender), caller)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Upphandlingen " + id
                        + " finns inte.")));
    }

    @PostMapping("/{id}/bids")
    ResponseEntity<?> bid(@PathVariable String id, @RequestBody BidRequest request, Caller caller) {
        TenderService.Outcome outcome = tenders.bid(id, request.providerId(), request.annualPriceSek(),
                request.description(), caller);
        if (outcome instanceof TenderService.Outcome.Done done) {
            return ResponseEntity.status(201).body(TenderResponse.of(done.tender(),
                    tenders.seesEveryBid(caller, done.tender()), caller));
        }
        return answer(outcome, caller);
    }

    @PostMapping("/{id}/evaluation")
    ResponseEntity<?> evaluate(@PathVariable String id, @RequestBody EvaluationRequest request, Caller caller) {
        return answer(tenders.evaluate(id, request.qualityScores(), caller), caller);
    }

    @PostMapping("/{id}/award")
    ResponseEntity<?> award(@PathVariable String id, @RequestBody AwardRequest request, Caller caller) {
        return answer(tenders.award(id, request.awardedOn(), request.standstillEndsOn(), caller), caller);
    }

    @PostMapping("/{id}/conclude")
    ResponseEntity<?> conclude(@PathVariable String id, Caller caller) {
        return answer(tenders.conclude(id, caller), caller);
    }

    private ResponseEntity<?> answer(TenderService.Outcome outcome, Caller caller) {
        if (outcome instanceof TenderService.Outcome.Done done) {
            return ResponseEntity.ok(TenderResponse.of(done.tender(), tenders.seesEveryBid(caller, done.tender()),
                    caller));
        }
        if (outcome instanceof TenderService.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof TenderService.Outcome.NotFound notFound) {
            return ResponseEntity.status(404).body(Problems.notFound(notFound.detail()));
        }
        return ResponseEntity.status(409).body(Problems.conflict(((TenderService.Outcome.Conflict) outcome).detail()));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record AnnounceRequest(String boardId, String reference, String title, String law, String serviceArea,
                           String bidDeadline, String contractStartsOn, String contractEndsOn,
                           BigDecimal estimatedAnnualValueSek, String valueLevel, String impactLevel,
                           Integer priceWeightPercent, List<Rulebook.RequirementTerms> requirements) {

        Tender.Terms terms() {
            return new Tender.Terms(reference, title, law, serviceArea, bidDeadline, contractStartsOn, contractEndsOn,
                    estimatedAnnualValueSek, valueLevel, impactLevel, priceWeightPercent, requirements);
        }
    }

    record BidRequest(String providerId, BigDecimal annualPriceSek, String description) {
    }

    record EvaluationRequest(Map<String, Integer> qualityScores) {
    }

    record AwardRequest(String awardedOn, String standstillEndsOn) {
    }

    record BidResponse(String id, String providerId, String providerName, BigDecimal annualPriceSek,
                       String description, Instant submittedAt, Integer qualityScore, BigDecimal totalScore,
                       boolean winner) {
    }

    record TenderResponse(String id, String boardId, String reference, String title, String law, String serviceArea,
                          LocalDate bidDeadline, Tender.Contract contract, int priceWeightPercent,
                          List<Rulebook.Requirement> requirements, String status, int numberOfBids,
                          List<BidResponse> bids, LocalDate awardedOn, LocalDate standstillEndsOn,
                          LocalDate concludedOn, String agreementId, Instant createdAt, long version) {

        static TenderResponse of(Tender t, boolean everyBid) {
            return of(t, everyBid, null);
        }

        /** Every bid for the board and the council level; a bidder sees its own bid only. */
        static TenderResponse of(Tender t, boolean everyBid, Caller caller) {
            String winner = t.winner().map(bid -> bid.id().toString()).orElse(null);
            List<BidResponse> bids = t.bids().stream()
                    .filter(bid -> everyBid || caller != null && bid.providerOrganisationId() != null
                            && caller.actsFor(bid.providerOrganisationId()))
                    .map(bid -> new BidResponse(bid.id().toString(), bid.providerId(), bid.providerName(),
                            bid.annualPriceSek(), bid.description(), bid.submittedAt(), bid.qualityScore(),
                            t.score(bid), bid.id().toString().equals(winner))).toList();
            return new TenderResponse(t.id().toString(), t.boardId(), t.reference(), t.title(), t.law().name(),
                    t.serviceArea(), t.bidDeadline(), t.contract(), t.priceWeightPercent(), t.requirements(),
                    t.status().name(), t.bids().size(), bids, t.award().map(Tender.Award::awardedOn).orElse(null),
                    t.award().map(Tender.Award::standstillEndsOn).orElse(null), t.concludedOn().orElse(null),
                    t.status() == Tender.Status.CONCLUDED ? t.agreementId() : null, t.createdAt(), t.version());
        }
    }
}
