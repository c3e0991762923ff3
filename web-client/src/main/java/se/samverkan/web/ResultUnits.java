package se.samverkan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.JsonNode;

/**
 * The in-house production's result units (resultatenheter): their equity per service area for a
 * year, and per unit the budgets with their margin requirement and each year's operating margin
 * against it, with the equity carried from year to year. producer-service computes every figure.
 */
@Controller
class ResultUnits {

    private final Api api;

    ResultUnits(Api api) {
        this.api = api;
    }

    @GetMapping("/app/resultatenheter")
    String list(@RequestParam(name = "ar", required = false) String ar,
                @RequestParam(name = "sida", required = false) String sida, Model model, HttpServletRequest request) {
        int thisYear = Listing.thisYear();
        int year = Listing.year(ar, thisYear);
        int page = Listing.page(sida);
        JsonNode units = api.get(uri -> uri.path("/api/v1/result-units").queryParam("page", page - 1)
                .queryParam("size", Listing.PAGE_SIZE).build());
        JsonNode equity = api.get(uri -> uri.path("/api/v1/result-units/equity").queryParam("year", year).build());
        model.addAttribute("units", units.path("content"));
        model.addAttribute("pager", Listing.Pager.of(units, request));
        model.addAttribute("equity", equity);
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(thisYear, thisYear - 1, thisYear - 2, thisYear - 3));
        model.addAttribute("chart", equityChart(equity, year));
        return "resultatenheter";
    }

    @GetMapping("/app/resultatenheter/{id}")
    String unit(@PathVariable String id, Model model) {
        JsonNode unit = api.get(uri -> uri.path("/api/v1/result-units/{id}").build(id));
        model.addAttribute("unit", unit);
        model.addAttribute("marginChart", marginChart(unit));
        model.addAttribute("equityChart", equityOverTime(unit));
        return "resultatenhet";
    }

    /** Equity per service area at the start and the end of the year. */
    static BarChart equityChart(JsonNode equity, int year) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (JsonNode area : equity.path("serviceAreas")) {
            rows.add(new BarChart.Row(area.path("serviceAreaLabel").asString(area.path("serviceArea").asString()),
                    Arrays.asList(Figures.decimal(area.path("broughtForward")), Figures.decimal(area.path("carriedForward")))));
        }
        return BarChart.of("eget-kapital-diagram", "Eget kapital per verksamhetsområde " + year + ", kronor",
                "Ingående och utgående eget kapital " + year + " för resultatenheterna i varje verksamhetsområde"
                        + " (ingående fylld stapel, utgående ofylld). Negativt eget kapital ritas till vänster om nollan.",
                "kr", List.of(new BarChart.Series("Ingående " + year, "fylld"),
                        new BarChart.Series("Utgående " + year, "kontur")), rows);
    }

    /** Each year's operating margin against its requirement. */
    static BarChart marginChart(JsonNode unit) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (JsonNode year : unit.path("years")) {
            rows.add(new BarChart.Row(year.path("year").asString(), Arrays.asList(
                    Figures.decimal(year.path("operatingMarginPercent")),
                    Figures.decimal(year.path("requirement").path("marginPercent")))));
        }
        return BarChart.of("marginal-diagram", "Rörelsemarginal mot resultatkrav per år, procent",
                "Rörelsemarginalen (fylld stapel) för de stängda månaderna av varje år, bredvid årets resultatkrav"
                        + " (ofylld stapel), för " + unit.path("name").asString() + ".", "%",
                List.of(new BarChart.Series("Rörelsemarginal", "fylld"), new BarChart.Series("Resultatkrav", "kontur")),
                rows);
    }

    /** The equity carried forward at the end of each year: how it has moved over time. */
    static BarChart equityOverTime(JsonNode unit) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (JsonNode year : unit.path("years")) {
            rows.add(new BarChart.Row(year.path("year").asString(),
                    Arrays.asList(Figures.decimal(year.path("equity").path("carriedForward")))));
        }
        return BarChart.of("eget-kapital-over-tid", "Eget kapital vid årets slut, kronor",
                "Det egna kapitalet som " + unit.path("name").asString() + " för vidare vid slutet av varje år"
                        + " (räknat på stängda månader). Negativt eget kapital ritas till vänster om nollan.", "kr",
                List.of(new BarChart.Series("Utgående eget kapital", "fylld")), rows);
    }
}
