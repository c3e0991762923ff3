package se.samverkan.producer.insight.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A public-insight package (002, 004): the information an orderer board requests from a provider
 * under the public-insight clause of its agreement, so citizens can see how public money is
 * used; each item as requested, what the provider delivered and when, and whether it is overdue.
 * The same request template goes to every provider, in-house included.
 */
public final class InsightPackage {

    static final int TEXT_MAX = 4000;
    static final int ITEMS_MAX = 50;

    public enum Status { REQUESTED, PARTLY_DELIVERED, DELIVERED }

    /** One requested item and, once given, its delivery. */
    public record Item(UUID id, String description, String content, LocalDate deliveredOn, String deliveredBy) {

        public boolean delivered() {
            return deliveredOn != null;
        }
    }

    /** The request as a client sends it, unparsed. */
    public record Request(String title, String agreementId, String dueOn, List<String> items) {
    }

    private final UUID id;
    private final String providerId;
    private final String providerOrganisationId;
    private final String boardOrganisationId;
    private final String agreementId;
    private final String title;
    private final LocalDate requestedOn;
    private final LocalDate dueOn;
    private final String requestedBy;
    private final List<Item> items;
    private final Instant createdAt;
    private final long version;

    private InsightPackage(UUID id, String providerId, String providerOrganisationId, String boardOrganisationId,
                           String agreementId, String title, LocalDate requestedOn, LocalDate dueOn, String requestedBy,
                           List<Item> items, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.providerId = Objects.requireNonNull(providerId);
        this.providerOrganisationId = providerOrganisationId;
        this.boardOrganisationId = Objects.requireNonNull(boardOrganisationId);
        this.agreementId = agreementId;
        this.title = Objects.requireNonNull(title);
        this.requestedOn = Objects.requireNonNull(requestedOn);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.requestedBy = requestedBy;
        this.items = List.copyOf(items);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static InsightPackage restore(UUID id, String providerId, String providerOrganisationId,
                                         String boardOrganisationId, String agreementId, String title,
                                         LocalDate requestedOn, LocalDate dueOn, String requestedBy, List<Item> items,
                                         Instant createdAt, long version) {
        return new InsightPackage(id, providerId, providerOrganisationId, boardOrganisationId, agreementId, title,
                requestedOn, dueOn, requestedBy, items, createdAt, version);
    }

    /** A board requests the package; it is due after the day of the request. */
    public static Result request(String providerId, String providerOrganisationId, String boardOrganisationId,
                                 Request request, String user, LocalDate today, Instant now) {
        Violations violations = new Violations();
        if (violations.require("title", request.title())) {
            violations.maxLength("title", request.title(), 200);
        }
        violations.maxLength("agreementId", request.agreementId(), 100);
        LocalDate due = violations.date("dueOn", request.dueOn(), true);
        if (due != null && !due.isAfter(today)) {
            violations.add("dueOn", "after-request", "Sista dag för leveransen måste komma efter dagens begäran ("
                    + today + ").");
        }
        List<Item> items = new ArrayList<>();
        if (request.items() == null || request.items().isEmpty()) {
            violations.add("items", "required", "Ange minst en uppgift som utföraren ska lämna ('items').");
        } else if (request.items().size() > ITEMS_MAX) {
            violations.add("items", "max-size", "Högst " + ITEMS_MAX + " uppgifter per begäran.");
        } else {
            for (int i = 0; i < request.items().size(); i++) {
                String description = request.items().get(i);
                if (violations.require("items[" + i + "]", description)
                        && violations.maxLength("items[" + i + "]", description, TEXT_MAX)) {
                    items.add(new Item(UUID.randomUUID(), description.strip(), null, null, null));
                }
            }
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(new InsightPackage(UUID.randomUUID(), providerId, providerOrganisationId,
                boardOrganisationId, blank(request.agreementId()), request.title().strip(), today, due, user, items, now,
                0));
    }

    /** The provider delivers an item; each item is delivered once. */
    public Result deliver(UUID itemId, String content, String user, LocalDate today) {
        Item item = items.stream().filter(candidate -> candidate.id().equals(itemId)).findFirst().orElse(null);
        if (item == null) {
            return new Result.NoSuchItem();
        }
        Violations violations = new Violations();
        if (item.delivered()) {
            violations.add("item", "delivered", "Uppgiften är redan lämnad (" + item.deliveredOn() + ").");
        }
        if (violations.require("content", content)) {
            violations.maxLength("content", content, TEXT_MAX);
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        List<Item> changed = items.stream().map(candidate -> candidate.id().equals(itemId)
                ? new Item(itemId, candidate.description(), content.strip(), today, user) : candidate).toList();
        return new Result.Done(new InsightPackage(id, providerId, providerOrganisationId, boardOrganisationId,
                agreementId, title, requestedOn, dueOn, requestedBy, changed, createdAt, version + 1));
    }

    public Status status() {
        long delivered = items.stream().filter(Item::delivered).count();
        return delivered == 0 ? Status.REQUESTED : delivered == items.size() ? Status.DELIVERED
                : Status.PARTLY_DELIVERED;
    }

    /** Some item is still missing after the due date. */
    public boolean overdue(LocalDate today) {
        return status() != Status.DELIVERED && today.isAfter(dueOn);
    }

    /** Every item was delivered, and the last one after the due date. */
    public boolean deliveredLate() {
        return status() == Status.DELIVERED && items.stream().anyMatch(item -> item.deliveredOn().isAfter(dueOn));
    }

    public LocalDate deliveredOn() {
        return items.stream().map(Item::deliveredOn).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public sealed interface Result {
        record Done(InsightPackage insightPackage) implements Result {
        }

        record Rejected(List<Violation> violations) implements Result {
        }

        record NoSuchItem() implements Result {
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

    public String boardOrganisationId() {
        return boardOrganisationId;
    }

    public String agreementId() {
        return agreementId;
    }

    public String title() {
        return title;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public List<Item> items() {
        return items;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
