package io.stocktrace.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Axe;
import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The package screens as a new user meets them, at a phone's width (390 x 844) and a desktop's: the Packages list
 * empty then searched, the New Package form refused then created, the package's form, Put in Pack, the shipping
 * notice upload and the receipt form's pallet scan; each fits the screen and axe-core finds no violation.
 */
@OnH2
class PackageScreensBrowserIT extends BrowserTest {
    private static final List<Dimension> SCREENS = List.of(new Dimension(390, 844), new Dimension(1280, 900));

    @BeforeEach
    void packagesOn() {
        var r = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "packages", true, "gs1CompanyPrefixes", List.of(Map.of("prefix", "9506000", "length", 7))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        given.receivedLot(given.product("MILK", "lot"), "M-1", 10);
    }

    private void fitsAndPasses(String page, String shot, int width) {
        waitFor(By.tagName("main"));
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as(page + " fits " + width + " px").isLessThanOrEqualTo((long) width);
        assertThat(Axe.violations(browser)).as("axe-core on " + page + " at " + width + " px").isEmpty();
        screenshot(shot + "-" + width);
    }

    @Test
    void a_new_user_finds_the_package_screens_clear_and_whole_on_a_phone_and_a_desktop() {
        logInAsAdmin();
        Dimension before = browser.manage().window().getSize();
        try {
            for (Dimension screen : SCREENS) {
                browser.manage().window().setSize(screen);
                walk(screen.getWidth());
            }
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private void walk(int width) {
        open("/packages?q=NO-SUCH");
        assertThat(text(By.cssSelector("p.empty"))).contains("NO-SUCH");
        fitsAndPasses("the Packages list searched in vain", "packages-search", width);

        open("/packages/new");
        browser.findElement(By.id("type")).clear();
        browser.findElement(By.id("name")).sendKeys("x".repeat(300));
        click("Create");
        assertThat(text(By.cssSelector("p.problem"))).startsWith("Nothing was saved: 2 problems");
        assertThat(text(By.id("type-problem"))).as("a blank type is named, not made a box").contains("must not be blank");
        assertThat(text(By.id("name-problem"))).contains("at most 64 characters");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).as("what was typed is kept")
                .isEqualTo("x".repeat(300));
        fitsAndPasses("the New Package form refused", "package-new-refused", width);
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("type")).sendKeys("pallet");
        click("Create");
        waitFor(By.id("package-name"));
        String sscc = text(By.id("package-name"));
        assertThat(browser.findElements(By.cssSelector("table.content, table.carried, table.history")))
                .as("an empty package shows no empty tables").isEmpty();
        assertThat(text(By.cssSelector("p.empty"))).contains("This package is empty");
        fitsAndPasses("the package's form", "package-form", width);

        click("Put in Pack");
        waitFor(By.id("packageName"));
        assertThat(browser.findElement(By.id("packageName")).getDomProperty("value")).isEqualTo(sscc);
        assertThat(browser.findElement(By.id("type")).isDisplayed()).as("a new package's inputs hide").isFalse();
        fitsAndPasses("Put in Pack", "put-in-pack", width);
        clickOn(By.id("target-new"));
        assertThat(browser.findElement(By.id("type")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("packageName")).isDisplayed()).isFalse();
        fitsAndPasses("Put in Pack into a new package", "put-in-pack-new", width);

        open("/packages");
        assertThat(text(By.cssSelector("table.packages"))).contains(sscc, "pallet");
        fitsAndPasses("the Packages list", "packages-list", width);

        open("/receipts/asn");
        fitsAndPasses("the shipping notice upload", "asn-upload", width);

        open("/receipts/new");
        waitFor(By.id("pallet-scan"));
        fitsAndPasses("the receipt form with its pallet scan", "receipt-pallet-scan", width);
    }
}
