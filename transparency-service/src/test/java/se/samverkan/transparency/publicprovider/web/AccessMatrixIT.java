package se.samverkan.transparency.publicprovider.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.AccessMatrix;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.OwnerStandIn;
import se.samverkan.defaults.testing.TestInfrastructure;

/** Who may call which transparency-service route: the portal is open to all, the admin APIs to administrators. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    Topology topology;

    @Test
    void everyRouteAnswersEachRoleAsTheMatrixSays() {
        OwnerStandIn.takeResyncRequests(admin, topology);
        AccessMatrix.of(mappings, ApiClient.onPort(port))
                .route("GET /api/v1/public/providers", row -> row.publicAccess(200))
                .route("GET /api/v1/public/providers/{id}", row -> row
                        .path("/api/v1/public/providers/" + UUID.randomUUID()).publicAccess(404))
                .route("GET /api/v1/public/open-data/values", row -> row.publicAccess(200))
                .route("GET /api/v1/public/open-data/values.csv", row -> row.publicAccess(200))
                // no agreement has been published in this test: OCDS allows no empty release package
                .route("GET /api/v1/public/open-data/ocds/releases.json", row -> row.publicAccess(404))
                .route("GET /api/v1/public/open-data/catalog.jsonld", row -> row.publicAccess(200))
                .adminRoutes("public-providers")
                .verify();
    }
}
