package se.samverkan.defaults.testing.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility engine (MPL-2.0), run in the page the browser shows. Its
 * {@code axe.min.js} comes from Deque's own Maven artifact {@code com.deque.html.axe-core:selenium},
 * taken without its dependencies: only the script is used.
 */
public final class Axe {

    /** The rules of WCAG 2.0 and 2.1 at levels A and AA, the level the law asks of public services. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load("/axe.min.js");

    private static final String RUN = """
            const tags = arguments[0];
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(result => done({
              violations: result.violations.map(rule => ({
                id: rule.id, impact: rule.impact || '', help: rule.help,
                nodes: rule.nodes.map(node => node.target.join(' ') + ': ' + (node.failureSummary || ''))
              })),
              passes: result.passes.length,
              incomplete: result.incomplete.map(rule => rule.id)
            }), error => done({error: String(error)}));
            """;

    private Axe() {
    }

    public static Result analyse(WebDriver driver, List<String> tags) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(SOURCE);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) page.executeAsyncScript(RUN, tags);
        if (raw.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + raw.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) raw.get("violations");
        @SuppressWarnings("unchecked")
        List<String> incomplete = (List<String>) raw.get("incomplete");
        return new Result(violations.stream().map(Axe::violation).toList(),
                ((Number) raw.get("passes")).intValue(), incomplete);
    }

    @SuppressWarnings("unchecked")
    private static Violation violation(Map<String, Object> raw) {
        return new Violation((String) raw.get("id"), (String) raw.get("impact"), (String) raw.get("help"),
                (List<String>) raw.get("nodes"));
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param incomplete the rules axe could not decide on its own (for a person to review); not violations
     */
    public record Result(List<Violation> violations, int passedRules, List<String> incomplete) {

        public String summary() {
            return violations.size() + " violations, " + passedRules + " rules passed"
                   + (incomplete.isEmpty() ? "" : ", to review by hand: " + String.join(", ", incomplete));
        }

        public String details() {
            return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
        }
    }

    public record Violation(String rule, String impact, String help, List<String> nodes) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n    " + String.join("\n    ", nodes);
        }
    }
}
