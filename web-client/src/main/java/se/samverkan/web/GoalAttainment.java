package se.samverkan.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.JsonNode;

/**
 * Goal attainment (måluppfyllelse) of a year of a mandate period, indicator by indicator against
 * its target, and the equality analysis (jämställdhetsanalys) of the same year: the difference
 * between women's and men's figures. reporting-service compiles both and leaves out the goals of
 * boards the user does not act for.
 */
@Controller
class GoalAttainment {

    static final Map<String, String> GOAL_AREAS = Coverage.labels(
            "SOCIAL", "Social hållbarhet", "ECOLOGICAL", "Ekologisk hållbarhet", "ECONOMIC", "Ekonomisk hållbarhet");
    static final Map<String, String> DIRECTIONS = Coverage.labels(
            "INCREASE", "ska öka", "DECREASE", "ska minska", "KEEP", "ska hållas");

    private final Api api;

    GoalAttainment(Api api) {
        this.api = api;
    }

    @GetMapping("/app/maluppfyllelse")
    String attainment(@RequestParam(name = "mandatperiod", required = false) String period,
                      @RequestParam(name = "ar", required = false) String ar, Model model) {
        Period chosen = choose(period, ar, model);
        if (chosen == null) {
            return "maluppfyllelse";
        }
        JsonNode attainment = api.get(uri -> uri.path("/api/v1/reports/goal-attainment/{period}/{year}")
                .build(chosen.mandatePeriod(), chosen.year()));
        model.addAttribute("attainment", attainment);
        model.addAttribute("charts", indicatorCharts(attainment, chosen.year()));
        model.addAttribute("goalAreas", GOAL_AREAS);
        model.addAttribute("directions", DIRECTIONS);
        return "maluppfyllelse";
    }

    @GetMapping("/app/jamstalldhet")
    String equality(@RequestParam(name = "mandatperiod", required = false) String period,
                    @RequestParam(name = "ar", required = false) String ar, Model model) {
        Period chosen = choose(period, ar, model);
        if (chosen == null) {
            return "jamstalldhet";
        }
        JsonNode equality = api.get(uri -> uri.path("/api/v1/reports/equality/{period}/{year}")
                .build(chosen.mandatePeriod(), chosen.year()));
        model.addAttribute("equality", equality);
        model.addAttribute("charts", genderCharts(equality, chosen.year()));
        return "jamstalldhet";
    }

    record Period(String mandatePeriod, int year) {
    }

    /**
     * The mandate periods the council has adopted goals for, and the one and the year asked for:
     * by default the period of this year (or the newest) and this year (or the period's last).
     */
    private Period choose(String period, String ar, Model model) {
        Map<String, List<Integer>> periods = new LinkedHashMap<>();
        for (JsonNode goals : api.get(uri -> uri.path("/api/v1/council-goals").queryParam("size", 100).build())
                .path("content")) {
            int first = goals.path("firstYear").asInt();
            int last = goals.path("lastYear").asInt();
            periods.put(goals.path("mandatePeriod").asString(), IntStream.rangeClosed(first, last).boxed().toList());
        }
        model.addAttribute("periods", periods);
        if (periods.isEmpty()) {
            return null;
        }
        int thisYear = Listing.thisYear();
        String mandatePeriod;
        if (period == null || period.isBlank()) {
            mandatePeriod = periods.entrySet().stream().filter(entry -> entry.getValue().contains(thisYear))
                    .map(Map.Entry::getKey).findFirst()
                    .orElse(periods.keySet().stream().max(String::compareTo).orElseThrow());
        } else {
            mandatePeriod = Listing.oneOf(period, periods.keySet(), "mandatperiod");
        }
        List<Integer> years = periods.get(mandatePeriod);
        int year = Listing.year(ar, years.contains(thisYear) ? thisYear : years.get(years.size() - 1));
        if (!years.contains(year)) {
            throw new Listing.BadParameter("Året " + year + " ingår inte i mandatperioden " + mandatePeriod
                    + ". Välj ett år mellan " + years.get(0) + " och " + years.get(years.size() - 1) + ".");
        }
        model.addAttribute("mandatePeriod", mandatePeriod);
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        return new Period(mandatePeriod, year);
    }

    /** Indicator id → its target and actual of the year, one small chart each (the units differ). */
    static Map<String, BarChart> indicatorCharts(JsonNode attainment, int year) {
        Map<String, BarChart> charts = new LinkedHashMap<>();
        for (JsonNode area : attainment.path("goalAreas")) {
            for (JsonNode councilGoal : area.path("councilGoals")) {
                for (JsonNode boardGoal : councilGoal.path("boardGoals")) {
                    for (JsonNode indicator : boardGoal.path("indicators")) {
                        String id = indicator.path("indicatorId").asString();
                        String name = indicator.path("name").asString();
                        charts.put(id, BarChart.of("indikator-" + id, name + ": utfall mot mål " + year,
                                "Utfall (fylld stapel) och mål (ofylld stapel) " + year + " för indikatorn " + name
                                        + ", " + indicator.path("statusLabel").asString("") + ".",
                                unitOf(indicator), List.of(new BarChart.Series("Utfall", "fylld"),
                                        new BarChart.Series("Mål", "kontur")),
                                List.of(new BarChart.Row(String.valueOf(year), Arrays.asList(
                                        Figures.decimal(indicator.path("actual")),
                                        Figures.decimal(indicator.path("target")))))));
                    }
                }
            }
        }
        return charts;
    }

    /** Row index → women's and men's figures of the indicator, where the figures have a gender breakdown. */
    static Map<Integer, BarChart> genderCharts(JsonNode equality, int year) {
        Map<Integer, BarChart> charts = new LinkedHashMap<>();
        JsonNode rows = equality.path("rows");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            JsonNode gender = row.path("gender");
            if (gender.isMissingNode() || gender.isNull()) {
                continue;
            }
            String name = row.path("indicatorName").asString();
            charts.put(i, BarChart.of("kon-" + i, name + ": kvinnor och män " + year,
                    "Kvinnornas (fylld stapel) och männens (ofylld stapel) utfall " + year + " för " + name + "."
                            + (gender.path("flagged").asBoolean() ? " Skillnaden är större än tröskeln och ska förklaras."
                            : ""), unitOf(row),
                    List.of(new BarChart.Series("Kvinnor", "fylld"), new BarChart.Series("Män", "kontur")),
                    List.of(new BarChart.Row(String.valueOf(year), Arrays.asList(
                            Figures.decimal(gender.path("women")), Figures.decimal(gender.path("men")))))));
        }
        return charts;
    }

    private static String unitOf(JsonNode indicator) {
        String unit = indicator.path("unit").asString("");
        return "antal".equals(unit) ? null : unit;
    }
}
