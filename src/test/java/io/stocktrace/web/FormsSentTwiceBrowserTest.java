package io.stocktrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the tests of forms sent twice share: a double-click on a button, the inputs they fill, what they count. */
abstract class FormsSentTwiceBrowserTest extends BrowserTest {

    protected long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    protected void select(String id, String text) {
        new Select(waitFor(By.id(id))).selectByVisibleText(text);
    }

    protected void type(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /**
     * A double-click on the button: its form is sent twice, the second time after the first sending left, as when a
     * user clicks again while the page is loading (two clicks in one script would be merged by the browser into one
     * navigation), and the browser shows the second sending's answer.
     */
    protected void doubleClick(String button) {
        WebElement target = waitFor(By.xpath("//button[normalize-space(.)='" + button + "']"));
        browser.executeScript("""
                const button = arguments[0];
                fetch(button.form.action, {method: 'POST', body: new URLSearchParams(new FormData(button.form, button)),
                      redirect: 'manual'});
                button.click();
                """, target);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(target));
    }

    protected long id(String path) {
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*/" + path + "/(\\d+).*", "$1"));
    }

    /** Lot F-1 of FLOUR, 10 in WH/Stock. */
    protected long flourInStock() {
        long flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 10);
        return flour;
    }
}
