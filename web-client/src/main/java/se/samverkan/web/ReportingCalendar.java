package se.samverkan.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.JsonNode;

/**
 * The council level's reporting calendar (rapportering) for a year: each report's due day and
 * which boards handed it in on time, late or not at all; and the units' statistics that should
 * have arrived and did not. reporting-service decides what each user sees.
 */
@Controller
class ReportingCalendar {

    private final Api api;

    ReportingCalendar(Api api) {
        this.api = api;
    }

    @GetMapping("/app/rapportering")
    String calendar(@RequestParam(name = "ar", required = false) String ar,
                    @RequestParam(name = "sida", required = false) String sida, Model model, HttpServletRequest request) {
        int thisYear = Listing.thisYear();
        int year = Listing.year(ar, thisYear);
        int page = Listing.page(sida);
        JsonNode calendar = api.get(uri -> uri.path("/api/v1/reports/calendar/{year}").build(year));
        JsonNode missing = api.get(uri -> uri.path("/api/v1/reports/missing-submissions").queryParam("page", page - 1)
                .queryParam("size", Listing.PAGE_SIZE).queryParam("sort", "dueOn").build());
        model.addAttribute("calendar", calendar);
        model.addAttribute("missing", missing.path("content"));
        model.addAttribute("pager", Listing.Pager.of(missing, request));
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2));
        return "rapportering";
    }
}
