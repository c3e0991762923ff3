package se.samverkan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.JsonNode;

/**
 * The coverage of a board's follow-up (täckning): per unit of its contracted providers, whether
 * the yearly visit and the deep follow-up are done, due or overdue, and the provider meetings per
 * service area and term. orderer-service applies the rules and decides which boards a user sees.
 */
@Controller
class Coverage {

    static final Map<String, String> STATUSES = labels("OK", "Uppfyllt", "DUE", "Ska göras", "OVERDUE", "Försenat");

    private final Api api;

    Coverage(Api api) {
        this.api = api;
    }

    @GetMapping("/app/tackning")
    String coverage(@RequestParam(name = "ar", required = false) String ar,
                    @RequestParam(name = "namnd", required = false) String namnd,
                    @RequestParam(name = "sida", required = false) String sida, Model model, HttpServletRequest request) {
        int thisYear = Listing.thisYear();
        int year = Listing.year(ar, thisYear);
        int page = Listing.page(sida);
        List<JsonNode> boards = visibleBoards((SignedInUser) model.getAttribute("user"));
        String boardId = namnd != null && !namnd.isBlank() ? namnd.strip()
                : boards.isEmpty() ? null : boards.get(0).path("id").asString();
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2));
        model.addAttribute("boards", boards);
        model.addAttribute("boardId", boardId);
        model.addAttribute("statuses", STATUSES);
        if (boardId == null) {
            return "tackning";
        }
        JsonNode coverage = api.get(uri -> uri.path("/api/v1/boards/{id}/coverage").queryParam("year", year)
                .queryParam("page", page - 1).queryParam("size", Listing.PAGE_SIZE).build(boardId));
        model.addAttribute("coverage", coverage);
        model.addAttribute("pager", Listing.Pager.of(coverage, request));
        // the chart counts every unit, not only this page's (the API's largest page is 100 units)
        JsonNode all = coverage.path("totalElements").asLong() <= coverage.path("content").size() ? coverage
                : api.get(uri -> uri.path("/api/v1/boards/{id}/coverage").queryParam("year", year)
                        .queryParam("size", 100).build(boardId));
        model.addAttribute("chart", chart(all, year));
        return "tackning";
    }

    /** Units per status, for the chart and the table beside it. */
    static BarChart chart(JsonNode coverage, int year) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.keySet().forEach(status -> counts.put(status, 0));
        for (JsonNode unit : coverage.path("content")) {
            counts.merge(unit.path("status").asString(), 1, Integer::sum);
        }
        List<BarChart.Row> rows = new ArrayList<>();
        counts.forEach((status, count) -> rows.add(new BarChart.Row(STATUSES.getOrDefault(status, status),
                List.of(BigDecimal.valueOf(count)))));
        long total = coverage.path("totalElements").asLong();
        int counted = coverage.path("content").size();
        String description = "Av " + counted + " enheter är " + counts.get("OK") + " uppföljda enligt reglerna, "
                + counts.get("DUE") + " ska följas upp under perioden och " + counts.get("OVERDUE") + " är försenade."
                + (total > counted ? " Diagrammet räknar de " + counted + " första av " + total + " enheter." : "");
        return BarChart.of("tackning-diagram", "Enheternas uppföljning " + year + ", antal enheter per status",
                description, null, List.of(new BarChart.Series("Enheter", "fylld")), total == 0 ? List.of() : rows);
    }

    /** The user's own board, or every board for the council level and administrators. */
    private List<JsonNode> visibleBoards(SignedInUser user) {
        List<JsonNode> visible = new ArrayList<>();
        for (JsonNode board : api.get(uri -> uri.path("/api/v1/boards").queryParam("size", 100).build()).path("content")) {
            if (user == null || user.readsEveryBoard()
                    || board.path("organisationId").asString("").equals(user.organisation())) {
                visible.add(board);
            }
        }
        return visible;
    }

    static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }
}
