package se.samverkan.deploymentchecks;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Parses manifests with the fabric8 Kubernetes model and makes it strict: the model keeps fields
 * it does not know in {@code additionalProperties} instead of failing, so every parsed object is
 * walked and any such field reported. A value of the wrong type fails the parse itself.
 */
final class StrictModel {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private StrictModel() {
    }

    /** The model class for an apiVersion and kind, or null when the model does not know them (a custom resource). */
    static Class<? extends KubernetesResource> builtInClass(String apiVersion, String kind) {
        Class<? extends KubernetesResource> type = SERIALIZATION.getRegisteredKubernetesResource(apiVersion, kind);
        return type == null || GenericKubernetesResource.class.equals(type) ? null : type;
    }

    /** Parses a built-in resource into its model class; problems (unknown fields, wrong types) go into the list. */
    static HasMetadata parse(Map<String, Object> document, Class<? extends KubernetesResource> type, List<String> problems) {
        String json = SERIALIZATION.asJson(document);
        Object parsed;
        try {
            parsed = SERIALIZATION.unmarshal(json, type);
        } catch (RuntimeException e) {
            problems.add("does not parse as " + type.getSimpleName() + ": " + rootMessage(e));
            return null;
        }
        unknownFields(parsed, "", problems);
        return (HasMetadata) parsed;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Walks the parsed model and reports every field the model kept as an additional property. */
    static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), problems);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : getters(value.getClass())) {
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    for (Object key : extra.keySet()) {
                        problems.add("unknown field " + (path.isEmpty() ? "" : path + ".") + key);
                    }
                }
                continue;
            }
            unknownFields(child, path + "." + property(getter), problems);
        }
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() != Object.class
                    && (method.getName().startsWith("get") || method.getName().startsWith("is"))
                    && !method.getName().equals("getClass")) {
                getters.add(method);
            }
        }
        return getters;
    }

    private static String property(Method getter) {
        String name = getter.getName().startsWith("is") ? getter.getName().substring(2) : getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
