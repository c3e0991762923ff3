package se.samverkan.reporting.providerstatistics.web;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;

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

/** Who may call which reporting-service route: the municipality-wide compilations are not for providers. */
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
                .route("GET /api/v1/reports/providers-by-legal-form", row -> row.anyOrganisation(200,
                        COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD, ADMINISTRATOR))
                .adminRoutes("provider-statistics")
                .verify();
    }
}
