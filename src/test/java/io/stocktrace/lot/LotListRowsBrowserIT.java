package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The lots list's group rows open wherever they are clicked or from the keyboard; an empty list shows no count. */
@OnH2
class LotListRowsBrowserIT extends BrowserTest {

    @Test
    void a_group_row_opens_and_closes_when_clicked_anywhere_on_it_and_from_the_keyboard() {
        long tea = given.product("TEA", "lot");
        given.receivedLot(tea, "T-1", 4);
        logInAsAdmin();
        open("/lots?groupBy=product");
        WebElement group = waitFor(By.cssSelector("tr.group:not(.pending)"));

        group.findElement(By.cssSelector("td.num")).click();
        waitUntilOpen(true);
        assertThat(text(By.linkText("T-1"))).isEqualTo("T-1");
        clickOn(By.cssSelector("tr.group td.num"));
        waitUntilOpen(false);

        WebElement button = browser.findElement(By.cssSelector("tr.group button"));
        button.sendKeys(Keys.ENTER);
        waitUntilOpen(true);
        button.sendKeys(Keys.SPACE);
        waitUntilOpen(false);
        assertThat(browser.findElements(By.cssSelector("tbody.groupbody tr.sub"))).as("its lot's row, fetched once").hasSize(1);
    }

    @Test
    void a_search_that_matches_nothing_says_so_without_a_stray_count() {
        long tea = given.product("TEA", "lot");
        given.receivedLot(tea, "T-1", 4);
        logInAsAdmin();
        for (String path : List.of("/lots?q=nothing-like-it", "/lots?groupBy=&q=nothing-like-it",
                "/lots?groupBy=location&q=nothing-like-it")) {
            open(path);
            assertThat(text(By.cssSelector("p.empty"))).as(path).isEqualTo("No lot or serial number matches.");
            assertThat(browser.findElement(By.cssSelector(".pager")).getText()).as(path).isBlank();
            assertThat(browser.findElement(By.cssSelector("table.lots")).getText()).as(path).doesNotContain("0");
        }
    }

    private void waitUntilOpen(boolean open) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> String.valueOf(open).equals(
                d.findElement(By.cssSelector("tr.group button")).getDomAttribute("aria-expanded")));
    }
}
