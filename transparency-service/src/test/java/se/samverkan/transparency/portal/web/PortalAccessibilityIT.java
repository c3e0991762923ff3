package se.samverkan.transparency.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.defaults.testing.browser.Axe;
import se.samverkan.defaults.testing.browser.Chromium;
import se.samverkan.transparency.portal.application.MeasureNameStore;
import se.samverkan.transparency.portal.application.UnitStatisticsStore;
import se.samverkan.transparency.portal.messaging.FollowUpEvents;
import se.samverkan.transparency.portal.web.PortalPageCatalogue.PortalPage;
import se.samverkan.transparency.publicprovider.application.PublicProviderStore;

/**
 * WCAG 2.1 AA for every page template: each page of {@link PortalPageCatalogue} is opened in a
 * real headless Chromium, must carry no script of its own, and is checked by axe-core, which must
 * find no violation. The figure is printed per page. One browser serves the whole class.
 */
@ExtendWith(Chromium.Required.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalAccessibilityIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    PublicProviderStore providers;
    @Autowired
    UnitStatisticsStore statistics;
    @Autowired
    MeasureNameStore measureNames;

    private Chromium chromium;

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;

    @BeforeAll
    void demoDataAndABrowser() {
        PortalDemoData.publish(providers, statistics, measureNames);
        PortalDemoData.publishFollowUp(new FollowUpEvents(rabbit, topology));
        await().atMost(Duration.ofSeconds(30)).until(() -> ApiClient.onPort(port)
                .get("/jamfor/utforare/" + PortalDemoData.NORR_AB + "/uppfoljning").body()
                .contains("Larm besvarades sent."));
        chromium = Chromium.start();
    }

    @AfterAll
    void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    List<PortalPage> pages() {
        return PortalPageCatalogue.PAGES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageMeetsWcag21AaWithNoViolationFoundByAxe(PortalPage page) {
        chromium.driver().get("http://localhost:" + port + page.path());
        assertThat(chromium.driver().findElements(By.tagName("h1"))).as("the page rendered").hasSize(1);
        assertThat(chromium.driver().findElements(By.tagName("script"))).as("the page needs no JavaScript").isEmpty();

        Axe.Result result = Axe.analyse(chromium.driver(), Axe.WCAG_21_AA);

        System.out.println("axe: " + page.path() + " (" + page.description() + ") " + result.summary());
        assertThat(result.violations()).as("axe-core's WCAG 2.1 AA violations on %s:%n%s", page, result.details())
                .isEmpty();
        assertThat(result.passedRules()).as("axe-core ran its rules").isPositive();
    }
}
