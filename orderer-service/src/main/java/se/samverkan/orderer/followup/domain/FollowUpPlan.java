package se.samverkan.orderer.followup.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A board's annual follow-up plan (uppföljningsplan): drafted by its officials, decided by the
 * board. It must cover every provider with an active agreement, whatever the form of the
 * provider, the in-house production included (competitive neutrality). After the decision only
 * special reviews are added, each with its cause.
 */
public final class FollowUpPlan {

    static final int TEXT_MAX = 1000;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final FollowUpPlanId id;
    private final String boardId;
    private final String boardOrganisationId;
    private final int year;
    private final List<FollowUpItem> items;
    private final boolean decided;
    private final LocalDate decidedOn;
    private final String decisionReference;
    private final Instant createdAt;
    private final long version;

    /** A provider the board has an active agreement with in the plan's year. */
    public record ContractedProvider(String providerId, String name) {
    }

    /** An item as a client sends it, unparsed. */
    public record ItemTerms(String providerId, String what, String form, String responsible, String interval,
                            List<String> feedbackTo, String cause) {
    }

    private FollowUpPlan(FollowUpPlanId id, String boardId, String boardOrganisationId, int year, List<FollowUpItem> items,
                         boolean decided, LocalDate decidedOn, String decisionReference, Instant createdAt,
                         long version) {
        this.id = Objects.requireNonNull(id);
        this.boardId = Objects.requireNonNull(boardId);
        this.boardOrganisationId = Objects.requireNonNull(boardOrganisationId);
        this.year = year;
        this.items = List.copyOf(items);
        this.decided = decided;
        this.decidedOn = decidedOn;
        this.decisionReference = decisionReference;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static FollowUpPlan restore(FollowUpPlanId id, String boardId, String boardOrganisationId, int year,
                                       List<FollowUpItem> items, boolean decided, LocalDate decidedOn,
                                       String decisionReference, Instant createdAt, long version) {
        return new FollowUpPlan(id, boardId, boardOrganisationId, year, items, decided, decidedOn, decisionReference,
                createdAt, version);
    }

    /** Starts the draft plan of the board for the year. */
    public static Result start(String boardId, String boardOrganisationId, Integer year, Instant now) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            return new Result.Rejected(List.of(new Violation("year", "range",
                    "Ange planens år mellan " + FIRST_YEAR + " och " + LAST_YEAR + ".")));
        }
        return new Result.Done(new FollowUpPlan(FollowUpPlanId.newId(), boardId, boardOrganisationId, year, List.of(),
                false, null, null, now, 0));
    }

    /**
     * Adds an item for a provider the board has an agreement with. Before the decision any form
     * may be added; afterwards only a special review, with its cause.
     */
    public Result add(ItemTerms terms, Map<String, String> knownProviders) {
        Violations violations = new Violations();
        String providerName = null;
        if (violations.require("providerId", terms.providerId())) {
            providerName = knownProviders.get(terms.providerId().strip());
            if (providerName == null) {
                violations.add("providerId", "contracted", "Utföraren " + terms.providerId() + " har inget avtal med "
                        + "nämnden; planen följer upp utförare som nämnden har avtal med.");
            }
        }
        if (violations.require("what", terms.what())) {
            violations.maxLength("what", terms.what(), TEXT_MAX);
        }
        FollowUpForm form = violations.oneOf(FollowUpForm.class, "form", terms.form(), true);
        if (violations.require("responsible", terms.responsible())) {
            violations.maxLength("responsible", terms.responsible(), 200);
        }
        Interval interval = violations.oneOf(Interval.class, "interval", terms.interval(), true);
        Set<FeedbackRecipient> feedbackTo = new LinkedHashSet<>();
        if (terms.feedbackTo() == null || terms.feedbackTo().isEmpty()) {
            violations.add("feedbackTo", "required", "Ange vem som får återkoppling: BOARD, PROVIDER och/eller PUBLIC.");
        } else {
            for (int i = 0; i < terms.feedbackTo().size(); i++) {
                FeedbackRecipient recipient = violations.oneOf(FeedbackRecipient.class, "feedbackTo[" + i + "]",
                        terms.feedbackTo().get(i), true);
                if (recipient != null) {
                    feedbackTo.add(recipient);
                }
            }
        }
        SpecialReviewCause cause = violations.oneOf(SpecialReviewCause.class, "cause", terms.cause(), false);
        if (form == FollowUpForm.SPECIAL_REVIEW && cause == null && !violations.has("cause")) {
            violations.add("cause", "required", "En särskild granskning ska ange sin anledning: NEW_LAW, BOARD_DECISION "
                    + "eller CHAIR_DECISION.");
        }
        if (decided && form != null && form != FollowUpForm.SPECIAL_REVIEW) {
            violations.add("form", "decided-plan", "Planen är beslutad; efter beslutet läggs bara särskilda granskningar "
                    + "(SPECIAL_REVIEW) till.");
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        List<FollowUpItem> more = new ArrayList<>(items);
        more.add(new FollowUpItem(UUID.randomUUID(), terms.providerId().strip(), providerName, terms.what().strip(),
                form, terms.responsible().strip(), interval, List.copyOf(feedbackTo), cause));
        return new Result.Done(with(more, decided, decidedOn, decisionReference));
    }

    /** Removes an item of a draft. */
    public Result remove(UUID itemId) {
        if (decided) {
            return new Result.Rejected(List.of(new Violation("status", "decided-plan",
                    "Planen är beslutad; dess punkter kan inte tas bort.")));
        }
        List<FollowUpItem> fewer = items.stream().filter(item -> !item.id().equals(itemId)).toList();
        if (fewer.size() == items.size()) {
            return new Result.NoSuchItem();
        }
        return new Result.Done(with(fewer, false, null, null));
    }

    /**
     * The board decides the plan. It cannot while a provider with an active agreement is missing
     * from it, whatever its form, the in-house production included.
     */
    public Result decide(String on, String reference, Collection<ContractedProvider> contracted) {
        Violations violations = new Violations();
        if (decided) {
            violations.add("status", "decided-plan", "Planen är redan beslutad (" + decidedOn + ").");
        }
        LocalDate date = violations.date("decidedOn", on, true);
        violations.maxLength("reference", reference, 200);
        for (ContractedProvider provider : contracted) {
            if (items.stream().noneMatch(item -> item.providerId().equals(provider.providerId()))) {
                violations.add("items", "every-contracted-provider", "Planen följer inte upp " + provider.name()
                        + ", som nämnden har avtal med " + year + ". Alla utförare ska med, oavsett driftform.");
            }
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(with(items, true, date, reference == null || reference.isBlank() ? null
                : reference.strip()));
    }

    public boolean ownedBy(String organisation) {
        return boardOrganisationId.equals(organisation);
    }

    private FollowUpPlan with(List<FollowUpItem> newItems, boolean isDecided, LocalDate on, String reference) {
        return new FollowUpPlan(id, boardId, boardOrganisationId, year, newItems, isDecided, on, reference, createdAt,
                version + 1);
    }

    /** What a change of the plan can come to. */
    public sealed interface Result {
        record Done(FollowUpPlan plan) implements Result {
        }

        record Rejected(List<Violation> violations) implements Result {
        }

        record NoSuchItem() implements Result {
        }
    }

    public FollowUpPlanId id() {
        return id;
    }

    public String boardId() {
        return boardId;
    }

    public String boardOrganisationId() {
        return boardOrganisationId;
    }

    public int year() {
        return year;
    }

    public List<FollowUpItem> items() {
        return items;
    }

    public boolean decided() {
        return decided;
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public Optional<String> decisionReference() {
        return Optional.ofNullable(decisionReference);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
