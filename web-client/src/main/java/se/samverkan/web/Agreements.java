package se.samverkan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.JsonNode;

/**
 * The contract register (avtal) as the user may see it, filtered by status and procurement route,
 * and one agreement with its requirements per category of the requirement catalogue and the
 * findings registered against it.
 */
@Controller
class Agreements {

    static final Map<String, String> STATUSES = Coverage.labels(
            "DRAFT", "Utkast", "SIGNED", "Undertecknat", "TERMINATED", "Avslutat");
    static final Map<String, String> ROUTES = Coverage.labels(
            "LOV", "Kundval (LOV)",
            "LOU", "Upphandling (LOU/LUF)",
            "DIRECT_ORDER", "Direktbeställning till egenregin",
            "IOP", "Idéburet offentligt partnerskap (IOP)");
    static final Map<String, String> SORTS = Coverage.labels(
            "startsOn,desc", "Startdatum, senaste först",
            "title", "Namn, A–Ö",
            "annualValueSek,desc", "Årligt värde, störst först");
    /** The requirement catalogue's categories in its own order. */
    static final List<String> CATEGORIES = List.of("BASIC_QUALITY", "ACTIVITY_GOALS", "RESOURCE_EFFICIENCY",
            "SOCIAL_SUSTAINABILITY", "ENVIRONMENTAL_SUSTAINABILITY", "LABOUR_CONDITIONS", "FOLLOW_UP_DUTY",
            "PUBLIC_INSIGHT_DUTY");
    static final Map<String, String> METHODS = Coverage.labels(
            "STATISTICS", "Statistik",
            "VISIT", "Verksamhetsbesök",
            "USER_SURVEY", "Brukarundersökning",
            "DOCUMENT_REVIEW", "Granskning av dokument",
            "NATIONAL_REGISTER", "Nationellt kvalitetsregister",
            "PROVIDER_MEETING", "Utförarmöte");

    private final Api api;

    Agreements(Api api) {
        this.api = api;
    }

    @GetMapping("/app/avtal")
    String list(@RequestParam(required = false) String status, @RequestParam(name = "vag", required = false) String route,
                @RequestParam(name = "sortering", required = false) String sort,
                @RequestParam(name = "sida", required = false) String sida, Model model, HttpServletRequest request) {
        String chosenStatus = Listing.oneOf(status, STATUSES.keySet(), "status");
        String chosenRoute = Listing.oneOf(route, ROUTES.keySet(), "upphandlingsväg");
        String chosenSort = Listing.oneOf(sort, SORTS.keySet(), "sortering");
        int page = Listing.page(sida);
        JsonNode agreements = api.get(uri -> {
            uri.path("/api/v1/agreements").queryParam("page", page - 1).queryParam("size", Listing.PAGE_SIZE)
                    .queryParam("sort", chosenSort == null ? "startsOn,desc" : chosenSort);
            if (chosenStatus != null) {
                uri.queryParam("status", chosenStatus);
            }
            if (chosenRoute != null) {
                uri.queryParam("route", chosenRoute);
            }
            return uri.build();
        });
        model.addAttribute("agreements", agreements.path("content"));
        model.addAttribute("pager", Listing.Pager.of(agreements, request));
        model.addAttribute("status", chosenStatus);
        model.addAttribute("route", chosenRoute);
        model.addAttribute("sort", chosenSort == null ? "startsOn,desc" : chosenSort);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("routes", ROUTES);
        model.addAttribute("sorts", SORTS);
        return "avtalslista";
    }

    @GetMapping("/app/avtal/{id}")
    String agreement(@PathVariable String id, Model model) {
        JsonNode agreement = api.get(uri -> uri.path("/api/v1/agreements/{id}").build(id));
        model.addAttribute("agreement", agreement);
        model.addAttribute("categories", byCategory(agreement.path("requirements")));
        model.addAttribute("findings", api.get(uri -> uri.path("/api/v1/findings").queryParam("agreementId", id)
                .queryParam("size", 100).build()).path("content"));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("findingStatuses", Findings.STATUSES);
        model.addAttribute("methods", METHODS);
        return "avtal";
    }

    /** Category label → its requirements, in the catalogue's order; categories without a requirement are left out. */
    static Map<String, List<JsonNode>> byCategory(JsonNode requirements) {
        Map<String, List<JsonNode>> byCode = new LinkedHashMap<>();
        CATEGORIES.forEach(code -> byCode.put(code, new ArrayList<>()));
        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonNode requirement : requirements) {
            String code = requirement.path("category").asString();
            byCode.computeIfAbsent(code, unknown -> new ArrayList<>()).add(requirement);
            labels.put(code, requirement.path("categoryLabel").asString(code));
        }
        Map<String, List<JsonNode>> byLabel = new LinkedHashMap<>();
        byCode.forEach((code, listed) -> {
            if (!listed.isEmpty()) {
                byLabel.put(labels.get(code), listed);
            }
        });
        return byLabel;
    }
}
