package se.samverkan.deploymentchecks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The structural schemas (openAPIV3Schema) of the operators' custom resources, vendored from
 * their CRDs into src/test/resources/crds (see the README there), and a validator that reports
 * what the API server would reject or silently drop: unknown fields, wrong types, missing
 * required fields, values outside an enum.
 */
final class CrdSchemas {

    private CrdSchemas() {
    }

    /** The schema of a custom resource kind, if one is vendored. */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> schema(String apiVersion, String kind) {
        String name = "/crds/" + apiVersion.replace('/', '_') + "_" + kind + ".json";
        try (InputStream in = CrdSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            Map<String, Object> crd = Repo.yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return Optional.of((Map<String, Object>) crd.get("schema"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a value against a structural schema; problems go into the list with their path. */
    @SuppressWarnings("unchecked")
    static void validate(Object value, Map<String, Object> schema, String path, List<String> problems) {
        if (value == null) {
            return; // null is dropped by the API server for optional fields; required ones are checked by the parent
        }
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            if (!(value instanceof Integer || value instanceof Long || value instanceof String)) {
                problems.add(path + ": an integer or a string expected, found " + describe(value));
            }
            return;
        }
        if (schema.containsKey("anyOf") && !schema.containsKey("type")) {
            for (Object alternative : (List<Object>) schema.get("anyOf")) {
                List<String> attempt = new java.util.ArrayList<>();
                validate(value, (Map<String, Object>) alternative, path, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            problems.add(path + ": matches none of the allowed forms, found " + describe(value));
            return;
        }
        Object type = schema.get("type");
        if (type == null) {
            if (schema.containsKey("properties") || schema.containsKey("additionalProperties")) {
                type = "object";
            } else {
                return; // no constraint (x-kubernetes-preserve-unknown-fields or an empty schema)
            }
        }
        if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
            problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        switch (type.toString()) {
            case "object" -> {
                if (!(value instanceof Map<?, ?> map)) {
                    problems.add(path + ": an object expected, found " + describe(value));
                    return;
                }
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                Object additional = schema.get("additionalProperties");
                boolean preserve = Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
                for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
                    if (!map.containsKey(required)) {
                        problems.add(path + ": the required field " + required + " is missing");
                    }
                }
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    String child = path + "." + key;
                    if (properties.containsKey(key)) {
                        validate(entry.getValue(), (Map<String, Object>) properties.get(key), child, problems);
                    } else if (additional instanceof Map<?, ?> additionalSchema) {
                        validate(entry.getValue(), (Map<String, Object>) additionalSchema, child, problems);
                    } else if (!preserve && !Boolean.TRUE.equals(additional)) {
                        problems.add(child + ": unknown field");
                    }
                }
            }
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    problems.add(path + ": an array expected, found " + describe(value));
                    return;
                }
                Object items = schema.get("items");
                if (items instanceof Map<?, ?> itemSchema) {
                    for (int i = 0; i < list.size(); i++) {
                        validate(list.get(i), (Map<String, Object>) itemSchema, path + "[" + i + "]", problems);
                    }
                }
            }
            case "string" -> {
                if (!(value instanceof String)) {
                    problems.add(path + ": a string expected, found " + describe(value));
                }
            }
            case "integer" -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger)) {
                    problems.add(path + ": an integer expected, found " + describe(value));
                }
            }
            case "number" -> {
                if (!(value instanceof Number)) {
                    problems.add(path + ": a number expected, found " + describe(value));
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    problems.add(path + ": a boolean expected, found " + describe(value));
                }
            }
            default -> problems.add(path + ": the schema has an unknown type " + type);
        }
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return value.getClass().getSimpleName() + " " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }
}
