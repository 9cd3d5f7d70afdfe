package io.stocktrace.pack;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.Axe;
import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Whole packages in the operations' forms: a pallet picked as a delivery's line, kept when the draft is edited, shown
 * with its content and validated; an advance shipping notice uploaded (its mistakes by line first) and its pallet of
 * 2,000 serials in cases received by one scan of its SSCC; the scans refused; the new pieces at a phone's width.
 */
@OnH2
class PackagesInOperationsBrowserIT extends BrowserTest {
    private static final String PALLET = "106141412345678908";
    private static final String CASE_1 = Sscc.of(1, "0614141", 1);
    private static final String CASE_2 = Sscc.of(1, "0614141", 2);
    private long phone;

    @BeforeEach
    void warehouse() {
        var r = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "packages", true));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        phone = given.product("PHONE", "serial");
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private void waitUntil(String id, java.util.function.Predicate<String> ok) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ok.test(value(id)));
    }

    private void setValue(String id, String text) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, text);
    }

    private void scanPallet(String typed) {
        WebElement input = browser.findElement(By.id("pallet-scan"));
        input.clear();
        input.sendKeys(typed + "\n");
    }

    private String palletProblem(String contains) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("pallet-scan-problem")).getText().toLowerCase().contains(contains.toLowerCase()));
        return text(By.id("pallet-scan-problem"));
    }

    private void fitsAPhone(String what) {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(375, 812));
        try {
            waitFor(By.tagName("h1"));
            assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                    .as(what + " fits a phone").isLessThanOrEqualTo(375L);
            assertThat(Axe.violations(browser)).as("axe-core on " + what + " at 375 px").isEmpty();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void a_pallet_picked_as_a_delivery_line_is_kept_when_edited_shown_with_its_content_and_delivered() {
        given.receivedSerials(phone, "SN-1", "SN-2", "SN-3");
        var packed = admin.post("/api/v1/packages/put-in-pack", Map.of("package", Map.of("type", "pallet",
                "locationId", Locations.STOCK), "lines", List.of(line(phone, null, List.of("SN-1", "SN-2"), null))));
        assertThat(packed.status()).as(packed.body()).isEqualTo(201);
        String name = packed.at("/pack/name").asString();
        long id = packed.at("/pack/id").asLong();

        logInAsAdmin();
        open("/deliveries/new");
        new Select(waitFor(By.id("package-pick"))).selectByValue(name);
        waitUntil("packages", v -> v.equals(name + "\n"));
        new Select(browser.findElement(By.id("package-pick"))).selectByValue(name);
        assertThat(value("packages")).as("picked twice, named once").isEqualTo(name + "\n");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("package-content")).isEmpty());
        assertThat(text(By.id("package-content"))).as("the line shows the package's content")
                .contains(name, "2 serial numbers");
        fitsAPhone("the delivery form with a package");
        click("Create");
        assertState("Draft");
        assertThat(text(By.id("package-content"))).contains(name, "pallet", "2 serial numbers");
        assertThat(browser.findElement(By.cssSelector("#package-content a[href='/packages/" + id + "']")).getText())
                .isEqualTo(name);

        click("Edit");
        waitUntil("packages", v -> v.contains(name));
        click("Save");
        assertState("Draft");
        assertThat(text(By.id("package-content"))).as("the edit kept the package").contains(name);
        click("Validate");
        assertState("Done");
        assertThat(text(By.id("package-content"))).contains(name, "2 serial numbers");
        assertThat(admin.get("/api/v1/packages/" + id).at("/location").asString()).contains("Customers");
    }

    @Test
    void a_shipping_notice_uploaded_then_one_scan_receives_a_pallet_of_2000_serials_in_cases() {
        logInAsAdmin();
        open("/receipts/asn");
        String header = "sscc,type,parent,sku,lot,serial,quantity\n" + PALLET + ",pallet,,,,,\n";
        String wrong = header + CASE_1 + ",case," + PALLET + ",NOPE,,,1\n" + CASE_1 + ",box," + PALLET + ",PHONE,,S-1,\n";
        setValue("csv", wrong);
        click("Upload");
        assertThat(text(By.id("csv-problem"))).contains("Line 3, sku", "Line 4, type");
        assertThat(value("csv")).as("what was typed is kept").isEqualTo(wrong);
        assertThat(admin.get("/api/v1/transfers?type=receipt").at("/total").asLong()).isZero();
        fitsAPhone("the shipping notice upload");

        StringBuilder csv = new StringBuilder(header);
        for (int i = 0; i < 2000; i++) {
            csv.append(i < 1000 ? CASE_1 : CASE_2).append(",case,").append(PALLET).append(",PHONE,,ASN-").append(i)
                    .append(",\n");
        }
        setValue("csv", csv.toString());
        click("Upload");
        assertState("Draft");
        assertThat(text(By.id("package-content"))).contains(PALLET, CASE_1, "1000 serial numbers");

        open("/receipts/new");
        scanPallet("(00)106141412345678907");
        assertThat(palletProblem("check digit")).contains("should be 8");
        assertThat(value("pallet-scan")).as("what was typed is kept").isEqualTo("(00)106141412345678907");
        scanPallet("(00)" + Sscc.of(1, "0614141", 99));
        palletProblem("no open receipt");
        scanPallet("PALLET-1");
        palletProblem("is not an SSCC");
        assertThat(value("packageTree")).as("nothing was filled").isEmpty();
        fitsAPhone("the receipt form's pallet scan");

        scanPallet("(00)" + PALLET);
        waitUntil("packageTree", v -> v.contains(CASE_2));
        assertThat(value("package-0")).isEqualTo(CASE_1);
        assertThat(value("quantity-0")).isEqualTo("1000");
        assertThat(value("package-1")).isEqualTo(CASE_2);
        scanPallet(PALLET);
        palletProblem("on this receipt already");
        click("Create");
        assertState("Draft");
        click("Validate");
        assertState("Done");
        var pallet = admin.get("/api/v1/packages/by-name?name=" + PALLET);
        assertThat(pallet.at("/type").asString()).isEqualTo("pallet");
        assertThat(pallet.at("/totalQuantity").asInt()).isEqualTo(2000);
        assertThat(pallet.json().path("packages").findValuesAsString("name")).containsExactly(CASE_1, CASE_2);

        open("/receipts/new");
        scanPallet(PALLET);
        palletProblem("received already");
    }
}
