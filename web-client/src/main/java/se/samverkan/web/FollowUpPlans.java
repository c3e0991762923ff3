package se.samverkan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.JsonNode;

/**
 * The board's annual follow-up plan (uppföljningsplan): start the draft for a year, add what is
 * followed up for each contracted provider, and record the board's decision. The rules (every
 * contracted provider covered, special reviews only after the decision) are orderer-service's;
 * its messages are shown beside the fields they name.
 */
@Controller
class FollowUpPlans {

    static final Map<String, String> FORMS = labels(
            "SUPERVISION", "Tillsyn",
            "ACTIVITY_FOLLOW_UP", "Verksamhetsuppföljning",
            "CONTRACT_FOLLOW_UP", "Avtalsuppföljning",
            "USER_SURVEY", "Brukarundersökning",
            "SPECIAL_REVIEW", "Särskild granskning");
    static final Map<String, String> INTERVALS = labels(
            "ONCE", "En gång",
            "MONTHLY", "Varje månad",
            "QUARTERLY", "Varje kvartal",
            "TWICE_A_YEAR", "Två gånger om året",
            "YEARLY", "En gång om året");
    static final Map<String, String> RECIPIENTS = labels(
            "BOARD", "Nämnden",
            "PROVIDER", "Utföraren",
            "PUBLIC", "Allmänheten");
    static final Map<String, String> CAUSES = labels(
            "NEW_LAW", "Ny lagstiftning",
            "BOARD_DECISION", "Nämndens beslut",
            "CHAIR_DECISION", "Ordförandens beslut");

    private final Api api;

    FollowUpPlans(Api api) {
        this.api = api;
    }

    @GetMapping("/app/uppfoljningsplaner")
    String list(Model model) {
        JsonNode plans = api.get(uri -> uri.path("/api/v1/follow-up-plans").queryParam("size", 100).build());
        model.addAttribute("plans", plans.path("content"));
        model.addAttribute("boards", boardNames());
        model.addAttribute("ownBoards", ownBoards(model));
        model.addAttribute("nextYear", Listing.thisYear() + 1);
        model.addAttribute("errors", Map.of());
        return "uppfoljningsplaner";
    }

    @PostMapping("/app/uppfoljningsplaner")
    String start(@RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("boardId", form.getFirst("boardId"));
        body.put("year", integerOrText(form.getFirst("year")));
        Api.Answer answer = api.post("/api/v1/follow-up-plans", body);
        if (answer.ok()) {
            return "redirect:/app/uppfoljningsplaner/" + answer.body().path("id").asString();
        }
        list(model);
        model.addAttribute("errors", answer.fieldErrors());
        model.addAttribute("problem", answer.detail());
        model.addAttribute("nextYear", form.getFirst("year"));
        return "uppfoljningsplaner";
    }

    @GetMapping("/app/uppfoljningsplaner/{id}")
    String plan(@PathVariable String id, Model model) {
        JsonNode plan = api.get(uri -> uri.path("/api/v1/follow-up-plans/{id}").build(id));
        model.addAttribute("plan", plan);
        model.addAttribute("boards", boardNames());
        model.addAttribute("providers", contractedProviders(plan.path("boardId").asString()));
        model.addAttribute("forms", FORMS);
        model.addAttribute("intervals", INTERVALS);
        model.addAttribute("recipients", RECIPIENTS);
        model.addAttribute("causes", CAUSES);
        model.addAttribute("itemErrors", Map.of());
        model.addAttribute("decideErrors", Map.of());
        model.addAttribute("item", Map.of("feedbackTo", List.of("BOARD", "PROVIDER")));
        model.addAttribute("decision", Map.of("decidedOn", LocalDate.now(Listing.SWEDISH_TIME).toString()));
        return "uppfoljningsplan";
    }

    @PostMapping("/app/uppfoljningsplaner/{id}/punkter")
    String addItem(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("providerId", "what", "form", "responsible", "interval", "cause")) {
            String value = form.getFirst(field);
            body.put(field, value == null || value.isBlank() ? null : value);
        }
        body.put("feedbackTo", form.getOrDefault("feedbackTo", List.of()));
        Api.Answer answer = api.post("/api/v1/follow-up-plans/{id}/items", body, id);
        if (answer.ok()) {
            return "redirect:/app/uppfoljningsplaner/" + id + "?tillagd#punkter";
        }
        plan(id, model);
        model.addAttribute("itemErrors", answer.fieldErrors());
        model.addAttribute("itemProblem", answer.detail());
        Map<String, Object> item = new LinkedHashMap<>(body);
        model.addAttribute("item", item);
        return "uppfoljningsplan";
    }

    @PostMapping("/app/uppfoljningsplaner/{id}/beslut")
    String decide(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decidedOn", form.getFirst("decidedOn"));
        body.put("reference", form.getFirst("reference"));
        Api.Answer answer = api.post("/api/v1/follow-up-plans/{id}/decide", body, id);
        if (answer.ok()) {
            return "redirect:/app/uppfoljningsplaner/" + id + "?beslutad";
        }
        plan(id, model);
        model.addAttribute("decideErrors", answer.fieldErrors());
        model.addAttribute("decideProblem", answer.detail());
        model.addAttribute("decideMessages", messages(answer.body()));
        model.addAttribute("decision", body);
        return "uppfoljningsplan";
    }

    /** The boards by id, for their names (every logged-in user may list the boards). */
    private Map<String, String> boardNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode board : api.get(uri -> uri.path("/api/v1/boards").queryParam("size", 100).build()).path("content")) {
            names.put(board.path("id").asString(), board.path("name").asString());
        }
        return names;
    }

    /** The boards whose officials the user is: the one whose organisation id is the user's. */
    private List<JsonNode> ownBoards(Model model) {
        SignedInUser user = (SignedInUser) model.getAttribute("user");
        List<JsonNode> own = new ArrayList<>();
        for (JsonNode board : api.get(uri -> uri.path("/api/v1/boards").queryParam("size", 100).build()).path("content")) {
            if (user == null || user.has(SignedInUser.ADMINISTRATOR)
                    || board.path("organisationId").asString("").equals(user.organisation())) {
                own.add(board);
            }
        }
        return own;
    }

    /** The providers the board has a signed agreement with, once each, by name. */
    private Map<String, String> contractedProviders(String boardId) {
        Map<String, String> providers = new java.util.TreeMap<>();
        Map<String, String> byName = new LinkedHashMap<>();
        JsonNode agreements = api.get(uri -> uri.path("/api/v1/agreements").queryParam("boardId", boardId)
                .queryParam("status", "SIGNED").queryParam("size", 100).build());
        for (JsonNode agreement : agreements.path("content")) {
            providers.put(agreement.path("provider").path("name").asString(), agreement.path("provider").path("id").asString());
        }
        providers.forEach((name, id) -> byName.put(id, name));
        return byName;
    }

    static List<String> messages(JsonNode problem) {
        List<String> messages = new ArrayList<>();
        problem.path("errors").forEach(error -> messages.add(error.path("message").asString()));
        return messages;
    }

    private static Object integerOrText(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }
}
