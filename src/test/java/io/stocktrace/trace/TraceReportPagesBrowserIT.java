package io.stocktrace.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.bench.XsPlant;
import io.stocktrace.support.Axe;
import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Traceability report of a big trace in a real browser: the hot lot of the trace benchmark's plant (size XS) with
 * the report's "whole" bound lowered to 20 operations and its pages to 10 rows, so that it takes the path a hot lot's
 * 90,000 operations take: its figures first, level 0's first rows, "Load more", and each level loaded when opened,
 * from the same pages as the API's.
 */
@OnH2
@TestPropertySource(properties = {"stocktrace.trace.report-whole-up-to=20", "stocktrace.trace.report-page=10"})
class TraceReportPagesBrowserIT extends BrowserTest {

    @Test
    void a_big_trace_opens_with_its_figures_and_unfolds_each_level_ten_rows_at_a_time_from_the_pages() throws Exception {
        long hot = XsPlant.load(dataSource, 11);
        JsonNode summary = admin.get("/api/v1/lots/" + hot + "/trace/summary?direction=downstream").json();
        logInAsAdmin();
        open("/lots/" + hot + "/traceability?direction=downstream");

        assertThat(text(By.cssSelector(".trace-summary"))).startsWith(summary.path("lots").asLong() + " lots and "
                + summary.path("operations").asLong() + " operations over " + summary.path("levels").size() + " levels");
        assertThat(browser.findElements(By.cssSelector("figure.genealogy"))).as("no picture of 50 orders' lots").isEmpty();
        assertThat(rowsOfLevel(0)).hasSize(10);
        clickOn(By.cssSelector("tbody[data-level='0'] tr.more button"));
        waitForRows(0, 20);
        screenshot("traceability-big-level-0");

        JsonNode levelOne = summary.path("levels").get(1);
        String label = "Made into, level 1 (" + levelOne.path("lots").asLong() + " lots, "
                + levelOne.path("operations").asLong() + " operations)";
        assertThat(rowsOfLevel(1)).as("a level loads when it is opened").isEmpty();
        click(label);
        waitForRows(1, 10);
        List<String> lots = new ArrayList<>();
        admin.get("/api/v1/lots/" + hot + "/trace/operations?direction=downstream&depth=1&limit=10").json()
                .path("operations").forEach(o -> lots.add(o.path("reference").asString() + " " + o.path("lotName").asString()));
        assertThat(rowsOfLevel(1).stream().map(r -> r.findElement(By.cssSelector("td:nth-child(1)")).getText() + " "
                + r.findElement(By.cssSelector("td:nth-child(4)")).getText()).toList())
                .as("the level's rows are the API's page of that level").isEqualTo(lots);
        clickOn(By.cssSelector("tbody[data-level='1'] tr.more button"));
        waitForRows(1, 20);
        assertThat(Axe.violations(browser)).as("accessibility of the report with two levels loaded").isEmpty();
        screenshot("traceability-big-level-1");
        click(label);
        assertThat(rowsOfLevel(1)).as("the level folds back").isEmpty();
    }

    /** The rows of the report's level that show. */
    private List<WebElement> rowsOfLevel(int depth) {
        return browser.findElements(By.cssSelector("tbody[data-level='" + depth + "'] tr.sub:not(.more)")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private void waitForRows(int depth, int count) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> rowsOfLevel(depth).size() == count);
    }
}
