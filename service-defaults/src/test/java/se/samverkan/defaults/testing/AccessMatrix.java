package se.samverkan.defaults.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.defaults.security.Role;

/**
 * The broken-object-level-authorization (BOLA) matrix of one service: every route the service
 * maps, read from its request mappings, called by an anonymous caller and by each role, once
 * for an object of the caller's own organisation and once for another organisation's, with
 * the status each call must get. A route without a row fails the matrix, so a new endpoint
 * cannot slip in without someone deciding who may call it.
 *
 * <p>The matrix also checks that every route is in the service's OpenAPI description.
 *
 * <p>Unless a row says otherwise: anonymous callers get 401, roles the row does not name get
 * 403, and a role allowed only for its own organisation gets 404 for another's object, never
 * learning that it exists.
 */
public final class AccessMatrix {

    /** The org claim of callers acting for an organisation that owns nothing in the test. */
    public static final String STRANGER = "org-stranger";

    private final RequestMappingHandlerMapping mappings;
    private final ApiClient api;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    private AccessMatrix(RequestMappingHandlerMapping mappings, ApiClient api) {
        this.mappings = mappings;
        this.api = api;
    }

    public static AccessMatrix of(RequestMappingHandlerMapping mappings, ApiClient anonymousApi) {
        return new AccessMatrix(mappings, anonymousApi);
    }

    /** A row: "GET /api/v1/providers/{id}" exactly as the controller maps it. */
    public AccessMatrix route(String route, Function<Row, Row> row) {
        rows.put(route, row.apply(new Row(route)));
        return this;
    }

    /** The admin routes every service has (parked messages, read models, audit trail): administrators only. */
    public AccessMatrix adminRoutes(String readModelOrNull) {
        String missing = UUID.randomUUID().toString();
        route("GET /api/v1/admin/parked-messages", row -> row.anyOrganisation(200, Role.ADMINISTRATOR));
        route("GET /api/v1/admin/parked-messages/{id}", row -> row.path("/api/v1/admin/parked-messages/" + missing)
                .anyOrganisation(404, Role.ADMINISTRATOR));
        route("POST /api/v1/admin/parked-messages/{id}/replay", row -> row
                .path("/api/v1/admin/parked-messages/" + missing + "/replay").anyOrganisation(404, Role.ADMINISTRATOR));
        route("POST /api/v1/admin/parked-messages/{id}/discard", row -> row
                .path("/api/v1/admin/parked-messages/" + missing + "/discard").body(() -> "{\"reason\":\"test\"}")
                .anyOrganisation(404, Role.ADMINISTRATOR));
        route("GET /api/v1/admin/read-models", row -> row.anyOrganisation(200, Role.ADMINISTRATOR));
        String model = readModelOrNull == null ? "no-such-model" : readModelOrNull;
        int requested = readModelOrNull == null ? 404 : 202;
        route("POST /api/v1/admin/read-models/{name}/resync", row -> row
                .path("/api/v1/admin/read-models/" + model + "/resync").anyOrganisation(requested, Role.ADMINISTRATOR));
        route("POST /api/v1/admin/read-models/{name}/rebuild", row -> row
                .path("/api/v1/admin/read-models/" + model + "/rebuild").anyOrganisation(requested, Role.ADMINISTRATOR));
        route("GET /api/v1/admin/audit-log", row -> row.anyOrganisation(200, Role.ADMINISTRATOR));
        return this;
    }

    /** Checks every row against the mappings and every call against its expected status; prints the matrix. */
    public void verify() {
        Set<String> mapped = mappedRoutes();
        assertThat(new TreeSet<>(rows.keySet()))
                .as("every route the service maps has a row in the access matrix, and every row is a mapped route")
                .containsExactlyElementsOf(mapped);
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("[access-matrix] route | anonymous");
        for (Role role : Role.values()) {
            table.append(" | ").append(role.claim());
        }
        for (Row row : rows.values()) {
            table.append("\n[access-matrix] ").append(row.route);
            check(row, null, Ownership.OWN, wrong, table);
            for (Role role : Role.values()) {
                table.append(" |");
                check(row, role, Ownership.OWN, wrong, table);
                table.append("/");
                check(row, role, Ownership.OTHER, wrong, table);
            }
        }
        System.out.println(table);
        assertThat(wrong).as("calls that got another status than the matrix says (own/other organisation)").isEmpty();
        assertDocumented(mapped);
    }

    /**
     * Every mapped route is in the service's OpenAPI description, which anyone may read, and every
     * route but the public ones says it needs a bearer token.
     */
    private void assertDocumented(Set<String> mapped) {
        HttpResponse<String> response = api.get("/v3/api-docs");
        assertThat(response.statusCode()).as("the OpenAPI description answers without a token: %s", response.body())
                .isEqualTo(200);
        JsonNode paths = JsonMapper.builder().build().readTree(response.body()).path("paths");
        List<String> undocumented = new ArrayList<>();
        List<String> unsecured = new ArrayList<>();
        for (String route : mapped) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1);
            JsonNode operation = paths.path(path).path(method);
            if (operation.isMissingNode()) {
                undocumented.add(route);
            } else if (!path.startsWith("/api/v1/public/") && operation.path("security").isEmpty()) {
                unsecured.add(route);
            }
        }
        assertThat(undocumented).as("routes missing from /v3/api-docs").isEmpty();
        assertThat(unsecured).as("documented routes that do not say they need a bearer token").isEmpty();
    }

    private void check(Row row, Role role, Ownership ownership, List<String> wrong, StringBuilder table) {
        String owner = row.nextOwner();
        String path = row.target == null ? row.path : row.target.apply(owner);
        ApiClient caller = role == null ? api
                : api.as(role, ownership == Ownership.OWN ? owner : STRANGER);
        int expected = row.expected(role, ownership);
        HttpResponse<String> response = caller.send(row.method, path, row.body == null ? null : row.body.apply(owner));
        table.append(' ').append(response.statusCode());
        if (response.statusCode() != expected) {
            wrong.add(row.route + " as " + (role == null ? "anonymous" : role.claim() + " (" + ownership + ")")
                    + ": expected " + expected + ", got " + response.statusCode() + " " + response.body());
        }
        if (expected >= 400 && response.statusCode() == expected
                && !response.headers().firstValue("Content-Type").orElse("").contains("application/problem+json")) {
            wrong.add(row.route + " as " + (role == null ? "anonymous" : role.claim())
                    + ": the refusal is not a problem detail");
        }
    }

    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                assertThat(methods).as("%s names its HTTP method", pattern).isNotEmpty();
                methods.forEach(method -> routes.add(method.name() + " " + pattern));
            }
        }
        return routes;
    }

    enum Ownership { OWN, OTHER }

    /** One route's expectations and how to call it. */
    public static final class Row {

        private static final AtomicInteger OWNERS = new AtomicInteger();

        private final String route;
        private final String method;
        private String path;
        private Function<String, String> target;
        private Function<String, String> body;
        private Integer publicStatus;
        private final Map<Role, Integer> anyOrganisation = new EnumMap<>(Role.class);
        private final Map<Role, Integer> ownOrganisation = new EnumMap<>(Role.class);
        private IntFunction<String> ownerNames = n -> "org-bola-" + n;

        Row(String route) {
            this.route = route;
            String[] parts = route.split(" ", 2);
            this.method = parts[0];
            this.path = parts[1];
        }

        /** The concrete path to call when the route has variables but no owned target. */
        public Row path(String concrete) {
            this.path = concrete;
            return this;
        }

        /**
         * The object the call is about: given an organisation id, the fixture creates an object
         * that organisation owns and answers the concrete path to it.
         */
        public Row target(Function<String, String> pathToNewObjectOwnedBy) {
            this.target = pathToNewObjectOwnedBy;
            return this;
        }

        /** The organisation ids made for targets start with this (e.g. "provider"). */
        public Row owners(String prefix) {
            this.ownerNames = n -> prefix + "-bola-" + n;
            return this;
        }

        /** How the n-th owning organisation is named, where its id must have a certain shape (e.g. "board-bola7"). */
        public Row ownerNames(IntFunction<String> names) {
            this.ownerNames = names;
            return this;
        }

        /**
         * The organisation ids made for targets come from this supplier, for objects whose owners'
         * ids follow a rule the default form breaks (a board's officials act for
         * {@code board-<short name>}, and a short name has no hyphen).
         */
        public Row owners(Supplier<String> freshOrganisationIds) {
            this.ownerNames = n -> freshOrganisationIds.get();
            return this;
        }

        /** A fresh body for each call (bodies that create things must not collide). */
        public Row body(Supplier<String> fresh) {
            this.body = owner -> fresh.get();
            return this;
        }

        /** A fresh body for each call that refers to an object of the owning organisation (e.g. its board). */
        public Row bodyFor(Function<String, String> forOwner) {
            this.body = forOwner;
            return this;
        }

        /** Anyone, logged in or not, gets this status. */
        public Row publicAccess(int status) {
            this.publicStatus = status;
            return this;
        }

        /** These roles get the status whichever organisation they act for. */
        public Row anyOrganisation(int status, Role... roles) {
            for (Role role : roles) {
                anyOrganisation.put(role, status);
            }
            return this;
        }

        /** These roles get the status for their own organisation's object and 404 for another's. */
        public Row ownOrganisation(int status, Role... roles) {
            for (Role role : roles) {
                ownOrganisation.put(role, status);
            }
            return this;
        }

        String nextOwner() {
            return ownerNames.apply(OWNERS.incrementAndGet());
        }

        int expected(Role role, Ownership ownership) {
            if (publicStatus != null) {
                return publicStatus;
            }
            if (role == null) {
                return 401;
            }
            if (anyOrganisation.containsKey(role)) {
                return anyOrganisation.get(role);
            }
            if (ownOrganisation.containsKey(role)) {
                return ownership == Ownership.OWN ? ownOrganisation.get(role) : 404;
            }
            return 403;
        }
    }
}
