package se.samverkan.web;

import java.time.LocalDate;
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
 * Findings (avvikelser) and action plans, both sides of the dialogue: the board's official
 * registers a finding against a requirement of a signed agreement; the provider answers with an
 * action plan. orderer-service decides who sees and does what; its messages are shown beside
 * the fields they name.
 */
@Controller
class Findings {

    static final Map<String, String> STATUSES = Map.of(
            "AWAITING_ACTION_PLAN", "Väntar på åtgärdsplan",
            "PLAN_SUBMITTED", "Åtgärdsplan inlämnad",
            "PLAN_ACCEPTED", "Åtgärdsplan godkänd",
            "PLAN_REJECTED", "Åtgärdsplan inte godkänd",
            "CLOSED", "Stängd");
    static final Map<String, String> SEVERITIES = labels("LOW", "Låg", "MEDIUM", "Måttlig", "HIGH", "Hög",
            "SERIOUS", "Allvarlig");
    static final Map<String, String> SOURCES = labels(
            "VISIT", "Verksamhetsbesök",
            "UNANNOUNCED_VISIT", "Oanmält besök",
            "STATISTICS", "Statistik",
            "USER_SURVEY", "Brukarundersökning",
            "NATIONAL_REGISTER", "Nationellt kvalitetsregister",
            "COMPLAINT", "Synpunkt, klagomål eller anmälan",
            "DOCUMENT_REVIEW", "Granskning av dokument");
    static final List<String> ACTION_FIELDS = List.of("description", "responsible", "dueOn", "expectedEffect");

    private final Api api;

    Findings(Api api) {
        this.api = api;
    }

    @GetMapping("/app/avvikelser")
    String list(Model model) {
        model.addAttribute("findings", api.get(uri -> uri.path("/api/v1/findings").queryParam("size", 100).build())
                .path("content"));
        model.addAttribute("statuses", STATUSES);
        return "avvikelser";
    }

    @GetMapping("/app/avvikelser/ny")
    String newFinding(@RequestParam(required = false) String agreementId, Model model) {
        model.addAttribute("agreements", api.get(uri -> uri.path("/api/v1/agreements").queryParam("status", "SIGNED")
                .queryParam("size", 100).queryParam("sort", "title").build()).path("content"));
        if (agreementId != null && !agreementId.isBlank()) {
            model.addAttribute("agreement", api.get(uri -> uri.path("/api/v1/agreements/{id}").build(agreementId)));
        }
        model.addAttribute("severities", SEVERITIES);
        model.addAttribute("sources", SOURCES);
        model.addAttribute("errors", Map.of());
        model.addAttribute("finding", Map.of("observedOn", today().toString(), "agreementId",
                agreementId == null ? "" : agreementId));
        return "ny-avvikelse";
    }

    @PostMapping("/app/avvikelser")
    String register(@RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("agreementId", "requirementId", "evidence", "evidenceSource", "observedOn",
                "severity", "planDueOn", "goalImpact")) {
            String value = form.getFirst(field);
            body.put(field, value == null || value.isBlank() ? null : value);
        }
        Api.Answer answer = api.post("/api/v1/findings", body);
        if (answer.ok()) {
            return "redirect:/app/avvikelser/" + answer.body().path("id").asString() + "?registrerad";
        }
        newFinding((String) body.get("agreementId"), model);
        model.addAttribute("errors", answer.fieldErrors());
        model.addAttribute("problem", answer.detail());
        model.addAttribute("finding", body);
        return "ny-avvikelse";
    }

    @GetMapping("/app/avvikelser/{id}")
    String finding(@PathVariable String id, Model model) {
        model.addAttribute("finding", api.get(uri -> uri.path("/api/v1/findings/{id}").build(id)));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("errors", Map.of());
        model.addAttribute("plan", Map.of());
        return "avvikelse";
    }

    @PostMapping("/app/avvikelser/{id}/atgardsplan")
    String answer(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> action = new LinkedHashMap<>();
        Map<String, Object> plan = new LinkedHashMap<>();
        for (String field : ACTION_FIELDS) {
            String value = form.getFirst("actions[0]." + field);
            action.put(field, value == null || value.isBlank() ? null : value);
            plan.put("actions[0]." + field, value);
        }
        String analysis = form.getFirst("analysis");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("analysis", analysis == null || analysis.isBlank() ? null : analysis);
        body.put("actions", List.of(action));
        Api.Answer answer = api.post("/api/v1/findings/{id}/action-plans", body, id);
        if (answer.ok()) {
            return "redirect:/app/avvikelser/" + id + "?inlamnad";
        }
        finding(id, model);
        plan.put("analysis", analysis);
        model.addAttribute("errors", answer.fieldErrors());
        model.addAttribute("problem", answer.detail());
        model.addAttribute("plan", plan);
        return "avvikelse";
    }

    private static LocalDate today() {
        return LocalDate.now(Listing.SWEDISH_TIME);
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }
}
