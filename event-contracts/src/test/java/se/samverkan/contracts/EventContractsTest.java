package se.samverkan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contracts module, its example JSON and {@code docs/events.md} tell one story: every event
 * type has an example that reads into its record and writes back the same, and the document
 * lists exactly these types with exactly these examples.
 */
class EventContractsTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Path EVENTS_DOC = Path.of("..", "docs", "events.md");
    private static final Pattern SECTION = Pattern.compile("^## `([a-z.\\-]+\\.v[0-9]+)`$", Pattern.MULTILINE);

    @Test
    void everyExampleReadsIntoItsRecordAndWritesBackUnchanged() throws IOException {
        for (EventType<?> type : EventTypes.ALL) {
            JsonNode example = example(type);
            JavaType javaType = JSON.getTypeFactory().constructParametricType(EventEnvelope.class, type.payloadType());
            EventEnvelope<?> envelope = JSON.readValue(example.toString(), javaType);

            assertThat(envelope.type()).isEqualTo(type.name());
            assertThat(JSON.readTree(JSON.writeValueAsString(envelope))).as(type.name()).isEqualTo(example);
        }
    }

    @Test
    void readersIgnoreFieldsTheyDoNotKnow() throws IOException {
        for (EventType<?> type : EventTypes.ALL) {
            ObjectNode example = (ObjectNode) example(type);
            example.put("addedInALaterVersion", "x");
            ((ObjectNode) example.get("payload")).put("alsoNew", 42);
            JavaType javaType = JSON.getTypeFactory().constructParametricType(EventEnvelope.class, type.payloadType());

            EventEnvelope<?> envelope = JSON.readValue(example.toString(), javaType);

            assertThat(envelope.payload()).isInstanceOf(type.payloadType());
        }
    }

    @Test
    void docsEventsListsExactlyTheEventTypesOfTheContracts() throws IOException {
        Map<String, JsonNode> documented = documentedExamples();

        assertThat(documented.keySet())
                .containsExactlyInAnyOrderElementsOf(EventTypes.ALL.stream().map(EventType::name).toList());
    }

    @Test
    void docsEventsShowsTheSameExampleAsTheContracts() throws IOException {
        Map<String, JsonNode> documented = documentedExamples();
        for (EventType<?> type : EventTypes.ALL) {
            assertThat(documented.get(type.name())).as("example of " + type.name() + " in docs/events.md")
                    .isEqualTo(example(type));
        }
    }

    @Test
    void typeNamesAreVersionedWireNames() {
        assertThat(EventTypes.ALL).allSatisfy(type -> assertThat(type.name()).matches(".+\\.v[0-9]+"));
        assertThat(EventTypes.byName("provider.registered.v1")).contains(EventTypes.PROVIDER_REGISTERED_V1);
        assertThat(EventTypes.byName("provider.registered.v0")).isEmpty();
    }

    private static JsonNode example(EventType<?> type) throws IOException {
        try (InputStream in = EventContractsTest.class.getResourceAsStream(type.exampleResource())) {
            assertThat(in).as("example resource " + type.exampleResource()).isNotNull();
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Each section {@code ## `type`} of docs/events.md and the first json block under it. */
    private static Map<String, JsonNode> documentedExamples() throws IOException {
        String doc = Files.readString(EVENTS_DOC, StandardCharsets.UTF_8);
        Matcher matcher = SECTION.matcher(doc);
        List<int[]> sections = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
            sections.add(new int[] {matcher.end(), 0});
        }
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < sections.size() ? doc.lastIndexOf("## ", sections.get(i + 1)[0]) : doc.length();
            String section = doc.substring(sections.get(i)[0], end);
            int start = section.indexOf("```json");
            assertThat(start).as("a json example under " + names.get(i)).isNotNegative();
            int close = section.indexOf("```", start + 7);
            examples.put(names.get(i), JSON.readTree(section.substring(start + 7, close)));
        }
        return examples;
    }
}
