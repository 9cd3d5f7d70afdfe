package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Reporting ‣ Moves History: the ledger newest first, its filters and its pages, in a real browser. */
@OnH2
class MovesBrowserIT extends BrowserTest {

    @Test
    void moves_history_lists_done_moves_newest_first_with_filters_and_pages() {
        long coffee = given.product("COFFEE", "lot");
        long tea = given.product("TEA", "lot");
        given.receivedLot(coffee, "C-1", 10);
        given.receivedLot(tea, "T-1", 5);
        long shop = given.partner("Shop");
        given.done(given.transfer("delivery", shop, line(coffee, "C-1", null, 3)));

        logInAsAdmin();
        click("Reporting");
        click("Moves History");
        assertThat(text(By.cssSelector(".crumbs [aria-current=page]"))).isEqualTo("Moves History");
        assertThat(references()).containsExactly("WH/OUT/00001", "WH/IN/00002", "WH/IN/00001");
        assertThat(text(By.cssSelector("table.moves tbody tr"))).contains("COFFEE name", "C-1", "WH/Stock",
                "Partners/Customers", "3", "admin");
        assertThat(text(By.cssSelector("table.moves tbody tr td.contact"))).as("the delivery's partner").isEqualTo("Shop");
        screenshot("moves-history");

        new Select(browser.findElement(By.id("product"))).selectByVisibleText("COFFEE name (COFFEE)");
        click("Search");
        assertThat(references()).containsExactly("WH/OUT/00001", "WH/IN/00001");

        open("/moves?reference=out");
        assertThat(references()).containsExactly("WH/OUT/00001");
        open("/moves?lot=T-1");
        assertThat(references()).containsExactly("WH/IN/00002");
        open("/moves?from=" + LocalDate.now().plusDays(1));
        assertThat(text(By.cssSelector(".empty"))).isEqualTo("No move matches.");

        open("/moves?limit=2");
        assertThat(references()).containsExactly("WH/OUT/00001", "WH/IN/00002");
        click("Older");
        assertThat(references()).containsExactly("WH/IN/00001");
        assertThat(browser.findElements(By.linkText("Older"))).isEmpty();
        click("Newest");
        assertThat(references()).hasSize(2);
    }

    private List<String> references() {
        waitFor(By.cssSelector("table.moves"));
        return browser.findElements(By.cssSelector("table.moves tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }
}
