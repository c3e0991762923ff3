package se.samverkan.transparency.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import se.samverkan.transparency.portal.web.PortalPageCatalogue.PortalPage;

class PortalPageCatalogueTest {

    @Test
    void everyPageTemplateOfThePortalIsOpenedByTheBrowserTests() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/portal/*.html");
        Set<String> pages = Arrays.stream(templates).filter(PortalPageCatalogueTest::isPage)
                .map(template -> "portal/" + template.getFilename().replace(".html", ""))
                .collect(Collectors.toSet());

        assertThat(pages).isNotEmpty();
        assertThat(PortalPageCatalogue.PAGES.stream().map(PortalPage::template).collect(Collectors.toSet()))
                .as("a row in PortalPageCatalogue for every page template (fragments aside)")
                .containsAll(pages);
    }

    /** A page template; layout.html and figures.html only hold fragments that pages include. */
    private static boolean isPage(Resource template) {
        try {
            return !template.getContentAsString(StandardCharsets.UTF_8).contains("th:fragment=");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
