package se.samverkan.defaults.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generators of the input a write endpoint must survive: JSON objects whose fields hold values
 * of any JSON type (odd strings, huge numbers, nesting, nulls), plausible values mixed in so
 * the deeper rules are reached, and text that is not JSON at all.
 */
public final class BadInput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BadInput() {
    }

    /** Request bodies for an endpoint with these fields; {@code plausible} gives good values per field. */
    public static Arbitrary<String> bodies(Map<String, Arbitrary<String>> plausible) {
        return bodiesOf(objectWith(new LinkedHashMap<String, Arbitrary<?>>(plausible)));
    }

    /**
     * Request bodies made of these objects (see {@link #objectWith}), and text that is not JSON at all.
     */
    public static Arbitrary<String> bodiesOf(Arbitrary<Map<String, Object>> objects) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, objects.map(JSON::writeValueAsString)),
                net.jqwik.api.Tuple.of(1, notJson()));
    }

    /**
     * A JSON object whose fields each hold a plausible value, any JSON value, or are missing.
     * A plausible value may be of any shape (text, a number, a list, an object made by this same
     * method), so nesting it reaches the rules of inner objects, e.g. the indicators of a goal.
     */
    public static Arbitrary<Map<String, Object>> objectWith(Map<String, Arbitrary<?>> plausible) {
        List<Arbitrary<Map.Entry<String, Object>>> fields = new ArrayList<>();
        plausible.forEach((name, good) -> fields.add(Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, good.map(value -> (Object) value)),
                net.jqwik.api.Tuple.of(3, anyValue()),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Missing.FIELD))).map(value -> (Map.Entry<String, Object>) new AbstractMap.SimpleEntry<>(name, value))));
        return Combinators.combine(fields).as(entries -> {
            Map<String, Object> object = new LinkedHashMap<>();
            entries.forEach(entry -> {
                if (entry.getValue() != Missing.FIELD) {
                    object.put(entry.getKey(), entry.getValue());
                }
            });
            return object;
        });
    }

    private static Arbitrary<Object> anyValue() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300).map(s -> (Object) s),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.strings().withChars("åäöÅÄÖé—\u200b\uFEFF-0123456789 ").ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.longs().map(n -> (Object) n),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null),
                Arbitraries.strings().ofMaxLength(5).list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.just(Map.of("nested", List.of(1, "två", Map.of()))).map(m -> (Object) m),
                Arbitraries.strings().ofLength(5_000).map(s -> (Object) s));
    }

    private static Arbitrary<String> notJson() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("{", "}", "[]", "null", "\"text\"", "{\"name\":", "{\"name\":\"x\",}", "{'name':'x'}",
                        "{\"name\":\"x\"}}", "1e999999"));
    }

    /**
     * What every write endpoint must answer to any input: 201 Created, or a 4xx problem detail
     * with its type, status and a detail a person can act on; never a 5xx.
     */
    public static void assertCreatedOrRejectedCleanly(HttpResponse<String> response, String body) {
        assertSucceededOrRejectedCleanly(response, body, 201);
    }

    /** The same for an endpoint whose success is another status, e.g. 200 for a revision with PUT. */
    public static void assertSucceededOrRejectedCleanly(HttpResponse<String> response, String body, int success) {
        assertThat(response.statusCode()).as("status for %s", body).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(body)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = ApiClient.json(response);
            assertThat(problem.get("type").asString()).as(body).startsWith("urn:samverkan:problem:");
            assertThat(problem.get("status").asInt()).as(body).isEqualTo(response.statusCode());
            assertThat(problem.get("detail").asString()).as(body).isNotBlank();
        } else {
            assertThat(response.statusCode()).as(body).isEqualTo(success);
        }
    }

    /** Like {@link #assertCreatedOrRejectedCleanly}, for an endpoint that answers {@code success} when it takes the input. */
    public static void assertAnsweredOrRejectedCleanly(HttpResponse<String> response, String body, int success) {
        if (response.statusCode() == success) {
            return;
        }
        assertThat(response.statusCode()).as("status for %s", body).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).as(body)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).as(body).startsWith("urn:samverkan:problem:");
        assertThat(problem.get("detail").asString()).as(body).isNotBlank();
    }

    private enum Missing { FIELD }
}
