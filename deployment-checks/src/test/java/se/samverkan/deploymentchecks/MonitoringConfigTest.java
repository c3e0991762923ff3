package se.samverkan.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Prometheus and Grafana of the observability profile: every deployable scraped, every metric the services expose on the dashboard. */
class MonitoringConfigTest {

    /** The metrics docs/operations.md lists (and service-defaults registers) that the dashboard must show. */
    static final List<String> METRICS = List.of("http_server_requests_seconds", "samverkan_outbox_pending",
            "samverkan_outbox_oldest_pending_age_seconds", "samverkan_outbox_published_total",
            "samverkan_outbox_confirmed_total", "samverkan_outbox_returned_total", "samverkan_outbox_nacked_total",
            "samverkan_consumer_parked_total", "spring_rabbit_listener_seconds", "jvm_memory_used_bytes");

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesTheActuatorOfEveryDeployable() {
        Map<String, Object> config = Repo.loadMap(Repo.file("deploy/prometheus/prometheus.yml"));
        Set<String> scraped = new HashSet<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            for (Map<String, Object> group : (List<Map<String, Object>>) job.getOrDefault("static_configs", List.of())) {
                for (Object target : (List<Object>) group.get("targets")) {
                    String[] hostPort = target.toString().split(":");
                    if (Deployables.MODULES.contains(hostPort[0])) {
                        assertThat(job.get("metrics_path")).as("metrics path of %s", target).isEqualTo("/actuator/prometheus");
                        assertThat(Integer.parseInt(hostPort[1])).as("port of %s", target)
                                .isEqualTo(Deployables.byModule(hostPort[0]).port());
                        assertThat(((Map<String, Object>) group.get("labels")).get("application"))
                                .as("application label of %s (the dashboard filters on it)", target).isEqualTo(hostPort[0]);
                        scraped.add(hostPort[0]);
                    }
                }
            }
        }
        assertThat(scraped).containsExactlyInAnyOrderElementsOf(Deployables.MODULES);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardShowsEveryMetricTheServicesExpose() {
        Map<String, Object> dashboard = Repo.loadMap(Repo.file("deploy/grafana/dashboards/samverkan.json"));
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> panel : (List<Map<String, Object>>) dashboard.get("panels")) {
            if ("row".equals(panel.get("type"))) {
                continue;
            }
            assertThat(((Map<String, Object>) panel.get("datasource")).get("uid")).as("data source of %s", panel.get("title"))
                    .isEqualTo("${datasource}");
            List<Map<String, Object>> targets = (List<Map<String, Object>>) panel.get("targets");
            assertThat(targets).as("queries of panel %s", panel.get("title")).isNotEmpty();
            for (Map<String, Object> target : targets) {
                String expr = String.valueOf(target.get("expr"));
                assertThat(expr).as("panel %s filters on the chosen applications", panel.get("title"))
                        .contains("application=~\"$application\"");
                assertThat(count(expr, '(')).as("balanced parentheses in %s", expr).isEqualTo(count(expr, ')'));
                assertThat(count(expr, '{')).as("balanced braces in %s", expr).isEqualTo(count(expr, '}'));
                expressions.add(expr);
            }
        }
        for (String metric : METRICS) {
            assertThat(expressions).as("a panel shows %s", metric).anyMatch(expr -> expr.matches("(?s).*\\b" + metric + "(_count|_sum|_max)?\\b.*"));
        }
        assertThat(String.join("\n", Repo.read(Repo.file("docs/operations.md"))))
                .as("the dashboard's metrics are documented").contains("samverkan_outbox_pending", "samverkan_consumer_parked_total");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaIsProvisionedWithPrometheusAndTheDashboardFolder() {
        Map<String, Object> datasources = Repo.loadMap(Repo.file("deploy/grafana/provisioning/datasources/prometheus.yml"));
        Map<String, Object> prometheus = ((List<Map<String, Object>>) datasources.get("datasources")).get(0);
        assertThat(prometheus).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        Map<String, Object> providers = Repo.loadMap(Repo.file("deploy/grafana/provisioning/dashboards/samverkan.yml"));
        Object path = ((Map<String, Object>) ((List<Map<String, Object>>) providers.get("providers")).get(0).get("options")).get("path");
        assertThat(Repo.read(Repo.file("docker-compose.yml"))).as("docker-compose.yml mounts the dashboards where the provider looks")
                .contains("./deploy/grafana/dashboards:" + path + ":ro");
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
