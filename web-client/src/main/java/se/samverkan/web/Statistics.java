package se.samverkan.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.JsonNode;

/**
 * A provider unit's statistics for a period (inrapportering): the form is built from the
 * measures the published statistics specification of the unit's service area asks for at the
 * period's frequency (those taken from a source system are left out). producer-service checks
 * the submission against the specification in force; each violation it names
 * ({@code values[i].byGender}, {@code period}, …) is shown beside the field it concerns.
 */
@Controller
class Statistics {

    private static final Pattern VALUE_FIELD = Pattern.compile("^values\\[(\\d+)](?:\\.(\\w+))?(?:\\.(.+))?$");

    private final Api api;

    Statistics(Api api) {
        this.api = api;
    }

    @GetMapping("/app/statistik")
    String choose(Model model) {
        model.addAttribute("units", units());
        model.addAttribute("period", YearMonth.now(Listing.SWEDISH_TIME).minusMonths(1).toString());
        return "statistik";
    }

    @GetMapping("/app/statistik/rapportera")
    String form(@RequestParam String unitId, @RequestParam String period, Model model) {
        Unit unit = units().stream().filter(u -> u.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new Api.ApiProblem(new Api.Answer(404, tools.jackson.databind.node.JsonNodeFactory
                        .instance.objectNode().put("detail", "Enheten finns inte bland dina enheter."))));
        model.addAttribute("unit", unit);
        model.addAttribute("period", period);
        String frequency = frequency(period);
        JsonNode version = specificationFor(unit.serviceArea());
        List<JsonNode> measures = new ArrayList<>();
        if (version != null) {
            for (JsonNode measure : version.path("measures")) {
                boolean fromSourceSystem = measure.hasNonNull("sourceSystem");
                if (measure.path("frequency").asString().equals(frequency) && !fromSourceSystem) {
                    measures.add(measure);
                }
            }
            model.addAttribute("ageBands", version.path("ageBands"));
            model.addAttribute("specification", version);
        }
        model.addAttribute("measures", measures);
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "statistik-rapport";
    }

    @PostMapping("/app/statistik/rapportera")
    String submit(@RequestParam MultiValueMap<String, String> form, Model model) {
        String unitId = form.getFirst("unitId");
        String period = form.getFirst("period");
        form(unitId, period, model);
        @SuppressWarnings("unchecked")
        List<JsonNode> measures = (List<JsonNode>) model.getAttribute("measures");
        Unit unit = (Unit) model.getAttribute("unit");
        List<String> sent = new ArrayList<>();
        List<Map<String, Object>> values = new ArrayList<>();
        for (JsonNode measure : measures) {
            String code = measure.path("code").asString();
            String prefix = "m." + code + ".";
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("measure", code);
            boolean given = false;
            if (measure.path("valueType").asString().equals("TEXT")) {
                given |= put(value, "text", form.getFirst(prefix + "text"), false);
            } else {
                given |= put(value, "value", form.getFirst(prefix + "value"), true);
            }
            List<String> breakdowns = new ArrayList<>();
            measure.path("breakdowns").forEach(b -> breakdowns.add(b.asString()));
            if (breakdowns.contains("GENDER")) {
                Map<String, Object> gender = new LinkedHashMap<>();
                given |= put(gender, "K", form.getFirst(prefix + "K"), true);
                given |= put(gender, "M", form.getFirst(prefix + "M"), true);
                if (!gender.isEmpty() && value.get("value") != null) {
                    gender.put("T", value.get("value"));
                }
                value.put("byGender", gender.isEmpty() ? null : gender);
            }
            if (breakdowns.contains("AGE_BAND")) {
                Map<String, Object> ages = new LinkedHashMap<>();
                for (JsonNode band : (JsonNode) model.getAttribute("ageBands")) {
                    given |= put(ages, band.asString(), form.getFirst(prefix + "age." + band.asString()), true);
                }
                value.put("byAgeBand", ages.isEmpty() ? null : ages);
            }
            if (breakdowns.contains("AREA")) {
                String area = form.getFirst(prefix + "area");
                Map<String, Object> areas = new LinkedHashMap<>();
                if (area != null && !area.isBlank()) {
                    given |= put(areas, area.strip(), form.getFirst(prefix + "areaValue"), true);
                }
                value.put("byArea", areas.isEmpty() ? null : areas);
            }
            if (measure.path("reportsRespondents").asBoolean(false)) {
                given |= put(value, "respondents", form.getFirst(prefix + "respondents"), true);
            }
            if (measure.path("reportsResponseRate").asBoolean(false)) {
                given |= put(value, "responseRate", form.getFirst(prefix + "responseRate"), true);
            }
            if (given) {
                value.values().removeIf(java.util.Objects::isNull);
                values.add(value);
                sent.add(code);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId);
        body.put("period", period);
        body.put("values", values);
        String comment = form.getFirst("comment");
        body.put("comment", comment == null || comment.isBlank() ? null : comment);
        Api.Answer answer = api.post("/api/v1/providers/{id}/statistics", body, unit.providerId());
        if (answer.ok()) {
            model.addAttribute("submitted", answer.body());
            return "statistik-inlamnad";
        }
        model.addAttribute("errors", errorsByField(answer.body(), sent));
        model.addAttribute("problem", answer.detail());
        model.addAttribute("messages", FollowUpPlans.messages(answer.body()));
        model.addAttribute("values", form.toSingleValueMap());
        return "statistik-rapport";
    }

    /** The API's fields ({@code values[1].byGender.K}) as the form's ({@code m.HOME_CARE_USERS.K}). */
    static Map<String, String> errorsByField(JsonNode problem, List<String> sent) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asString("");
            String message = error.path("message").asString("");
            Matcher matcher = VALUE_FIELD.matcher(field);
            String key = field;
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) < sent.size()) {
                String code = sent.get(Integer.parseInt(matcher.group(1)));
                String part = matcher.group(2);
                String detail = matcher.group(3);
                if (part == null || part.equals("measure")) {
                    key = "m." + code;
                } else if (part.equals("byGender")) {
                    key = "m." + code + "." + (detail == null ? "gender" : detail);
                } else if (part.equals("byAgeBand")) {
                    key = "m." + code + (detail == null ? ".ages" : ".age." + detail);
                } else if (part.equals("byArea")) {
                    key = "m." + code + ".area";
                } else {
                    key = "m." + code + "." + part;
                }
            }
            errors.merge(key, message, (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** Puts a figure (a decimal comma is read as a point) or a text; answers whether anything was given. */
    private static boolean put(Map<String, Object> target, String key, String raw, boolean number) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String text = raw.strip();
        if (number) {
            try {
                target.put(key, new BigDecimal(text.replace(" ", "").replace(',', '.')));
                return true;
            } catch (NumberFormatException notANumber) {
                // sent as typed: the API names the field and says what it wants
            }
        }
        target.put(key, text);
        return true;
    }

    private static String frequency(String period) {
        if (period == null) {
            return "MONTHLY";
        }
        if (period.matches("\\d{4}")) {
            return "YEARLY";
        }
        if (period.matches("(?i)\\d{4}-q[1-4]")) {
            return "QUARTERLY";
        }
        return "MONTHLY";
    }

    /** The current version of the published specification for the service area (the first, if several boards have one). */
    private JsonNode specificationFor(String serviceArea) {
        JsonNode specifications = api.get(uri -> uri.path("/api/v1/statistics-specifications")
                .queryParam("serviceArea", serviceArea).build());
        for (JsonNode specification : specifications.path("content")) {
            String id = specification.path("id").asString();
            JsonNode current = specification.path("currentVersion");
            if (!current.isNull() && !current.isMissingNode()) {
                return api.get(uri -> uri.path("/api/v1/statistics-specifications/{id}/versions/{version}")
                        .build(id, current.asInt()));
            }
        }
        return null;
    }

    /** The units of the user's own provider (a provider's users list only their own provider). */
    private List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (JsonNode listed : api.get(uri -> uri.path("/api/v1/providers").queryParam("size", 100).build())
                .path("content")) {
            JsonNode provider = api.get(uri -> uri.path("/api/v1/providers/{id}").build(listed.path("id").asString()));
            for (JsonNode unit : provider.path("units")) {
                if (unit.path("closedOn").isNull() || unit.path("closedOn").isMissingNode()) {
                    units.add(new Unit(unit.path("id").asString(), unit.path("name").asString(),
                            unit.path("serviceArea").asString(), provider.path("id").asString(),
                            provider.path("name").asString()));
                }
            }
        }
        return units;
    }

    record Unit(String id, String name, String serviceArea, String providerId, String providerName) {
    }
}
