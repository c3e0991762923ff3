package se.samverkan.defaults.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A service started by a test itself, on the test infrastructure and a free port, for test
 * engines outside Spring's JUnit Jupiter support (jqwik). Closing it drops its database.
 */
public final class RunningService implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final ApiClient api;
    private final MongoTemplate mongo;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = ApiClient.onPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        this.mongo = context.getBean(MongoTemplate.class);
    }

    public static RunningService start(Class<?> application) {
        Map<String, Object> properties = new LinkedHashMap<>(TestInfrastructure.properties());
        properties.put("server.port", "0");
        // As arguments, so they win over application.yml.
        return new RunningService(new SpringApplicationBuilder(application).run(properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new)));
    }

    public ApiClient api() {
        return api;
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    /** A bean of the running service, e.g. to feed a read model the way its listener would. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        mongo.getDb().drop();
        context.close();
    }
}
