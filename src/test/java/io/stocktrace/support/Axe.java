package io.stocktrace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the npm package pinned by src/test/browser/package-lock.json (the build installs it with npm ci), run in
 * the page open in the browser. It is injected through WebDriver, which the page's Content-Security-Policy does not
 * govern, and it needs no eval.
 */
public final class Axe {
    private static final Path SCRIPT = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js");
    private static String source;

    private Axe() {
    }

    /** One rule broken on the page: where (CSS selectors of the offending nodes) and what axe says about it. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " " + targets;
        }
    }

    /** The violations of the page as it is now (WCAG 2.x A and AA, and axe's best practices). */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120)); // a loaded machine, a long page
        JavascriptExecutor browser = (JavascriptExecutor) driver;
        browser.executeScript(script() + "\n;window.__stocktraceAxe = axe;");
        Object found = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.__stocktraceAxe.run(document, {resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                            targets: v.nodes.map(n => n.target.join(' '))}))))
                    .catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), targets: []}]));
                """);
        return ((List<Map<String, Object>>) found).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("targets")))
                .toList();
    }

    private static synchronized String script() {
        if (source == null) {
            if (!Files.exists(SCRIPT)) {
                throw new IllegalStateException(SCRIPT + " is missing: run npm ci in src/test/browser (mvn does it)");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
