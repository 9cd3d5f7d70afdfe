package io.stocktrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/** Products, partners and locations created and edited in their forms, and refused inputs that save nothing. */
@OnH2
class RecordFormsBrowserIT extends BrowserTest {
    private static final String GTIN = "9506000134352";
    private static final String LOCATION_GLN = "9506000000008";

    @BeforeEach
    void lots_and_expiry_on() {
        admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true));
    }

    private void type(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private List<Map<String, Object>> rows(String table) {
        return jdbc.sql("SELECT * FROM " + table + " ORDER BY id").query().listOfRows();
    }

    private void select(String id, String text) {
        new Select(waitFor(By.id(id))).selectByVisibleText(text);
    }

    @Test
    void a_location_a_partner_and_a_product_created_and_edited_in_their_forms_are_used_in_a_receipt() {
        logInAsAdmin();
        open("/locations");
        click("New");
        type("name", "Cold Room");
        select("parentId", "WH/Stock");
        type("gln", LOCATION_GLN);
        click("Save");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("WH/Stock/Cold Room");
        type("name", "Cold Room A");
        click("Save");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Saved.");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("WH/Stock/Cold Room A");
        open("/locations");
        click("WH/Stock/Cold Room A");
        assertThat(value("gln")).isEqualTo(LOCATION_GLN);
        long room = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/locations/(\\d+).*", "$1"));

        open("/partners");
        click("New");
        type("name", "Mill Co");
        type("gln", "9506000000015");
        type("city", "Lyon");
        type("country", "FR");
        click("Save");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("Mill Co");
        type("name", "Mill Company");
        click("Save");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Saved.");
        open("/partners");
        click("Mill Company");
        assertThat(value("city")).isEqualTo("Lyon");
        long mill = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/partners/(\\d+).*", "$1"));

        open("/products");
        click("New");
        type("name", "Flour");
        type("sku", "FLOUR");
        select("tracking", "By Lots");
        type("uom", "kg");
        type("gtin", GTIN);
        type("expirationDays", "30");
        type("alertDays", "5");
        screenshot("product-new");
        click("Save");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("Flour");
        type("name", "Flour T55 from the mill by the river, in bags of twenty-five kilograms");
        type("removalDays", "3");
        click("Save");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Saved.");
        open("/products");
        click("FLOUR");
        long flour = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/products/(\\d+).*", "$1"));
        JsonNode product = admin.get("/api/v1/products/" + flour).json();
        assertThat(product.path("name").asString()).startsWith("Flour T55");
        assertThat(product.path("tracking").asString()).isEqualTo("lot");
        assertThat(product.path("uom").asString()).isEqualTo("kg");
        assertThat(product.path("gtin").asString()).isEqualTo(GTIN);
        assertThat(product.path("expiry").path("expirationDays").asInt()).isEqualTo(30);
        assertThat(product.path("expiry").path("removalDays").asInt()).isEqualTo(3);
        assertThat(browser.findElement(By.id("tracking")).isEnabled()).as("no stock yet").isTrue();

        click("Operations");
        click("Receipts");
        click("New");
        select("product-0", product.path("name").asString() + " (FLOUR)");
        type("lot-0", "F-1");
        type("quantity-0", "5");
        click("Create");
        click("Validate");
        assertState("Done");

        JsonNode draft = given.transfer("receipt", mill, Map.of("productId", flour, "lot", "F-2", "quantity", 7));
        var moved = admin.post("/api/v1/transfers", Map.of("type", "receipt", "partnerId", mill,
                "destinationLocationId", room, "lines", List.of(Map.of("productId", flour, "lot", "F-3", "quantity", 4))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        given.done(moved.json());
        given.done(draft);
        JsonNode quants = admin.get("/api/v1/lots/" + given.lotId(flour, "F-3") + "/quants").json();
        assertThat(quants.toString()).contains("WH/Stock/Cold Room A");

        open("/products/" + flour);
        assertThat(browser.findElement(By.id("tracking")).isEnabled()).as("stock on hand locks it").isFalse();
        assertThat(text(By.id("tracking-hint"))).contains("has stock on hand");
    }

    @Test
    void a_refused_product_shows_every_field_message_keeps_what_was_typed_and_saves_nothing() {
        long phone = given.product("PHONE", "serial");
        List<Map<String, Object>> before = rows("products");
        logInAsAdmin();
        open("/products/new");
        type("name", "Scale");
        type("sku", "PHONE");
        type("gtin", "9506000134353");
        type("alertDays", "ten");
        type("expirationDays", "-1");
        click("Save");
        assertThat(text(By.id("alertDays-problem"))).isEqualTo("Alert Date: a number of days from 0 to 36500.");
        assertThat(text(By.cssSelector("p.problem"))).isEqualTo("Nothing was saved: 1 problem, shown next to its field.");
        assertThat(value("alertDays")).isEqualTo("ten");
        assertThat(value("gtin")).isEqualTo("9506000134353");
        assertThat(value("name")).isEqualTo("Scale");
        type("alertDays", "10");
        click("Save");
        assertThat(text(By.id("gtin-problem"))).contains("valid GS1 check digit");
        assertThat(text(By.id("expirationDays-problem"))).isEqualTo("Expiration Date: a number of days from 0 to 36500.");
        assertThat(browser.findElement(By.id("gtin")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(rows("products")).isEqualTo(before);

        open("/products/" + phone);
        type("name", " ");
        type("uom", "");
        click("Save");
        assertThat(text(By.id("name-problem"))).isEqualTo("Product Name: 1 to 200 characters.");
        assertThat(text(By.id("uom-problem"))).isNotBlank();
        assertThat(value("uom")).isEmpty();
        assertThat(rows("products")).isEqualTo(before);
        var site = io.stocktrace.support.Http.to(port).basic("admin", ADMIN_PASSWORD);
        assertThat(site.get("/products/abc").status()).as("a bad id").isEqualTo(400);
        assertThat(site.get("/products/999999").status()).as("an unknown id").isEqualTo(404);

        String viewer = user("viewer");
        logInAs(viewer, "password-" + viewer);
        open("/products/" + phone);
        assertThat(browser.findElements(By.xpath("//button[.='Save']"))).isEmpty();
        assertThat(postFromPage("/products/" + phone, "name=Hacked&uom=Units")).isEqualTo(403);
        assertThat(rows("products")).isEqualTo(before);
    }

    @Test
    void a_refused_partner_shows_every_field_message_keeps_what_was_typed_and_saves_nothing() {
        long shop = given.partner("Shop");
        List<Map<String, Object>> before = rows("partners");
        logInAsAdmin();
        open("/partners/new");
        type("name", "Cafe Rose");
        type("email", "not-an-address");
        type("country", "France");
        type("gln", "12");
        click("Save");
        assertThat(text(By.id("email-problem"))).isEqualTo("Email: must be an e-mail address.");
        assertThat(text(By.id("country-problem"))).isEqualTo("Country: ISO 3166 two-letter code.");
        assertThat(text(By.id("gln-problem"))).isEqualTo("GLN: 13 digits.");
        assertThat(value("email")).isEqualTo("not-an-address");
        assertThat(value("name")).isEqualTo("Cafe Rose");
        assertThat(rows("partners")).isEqualTo(before);

        open("/partners/" + shop);
        type("name", "");
        type("city", "Paris");
        type("country", "fr");
        click("Save");
        assertThat(text(By.id("name-problem"))).isEqualTo("Name: 1 to 200 characters.");
        assertThat(text(By.id("country-problem"))).isEqualTo("Country: ISO 3166 two-letter code.");
        assertThat(value("city")).isEqualTo("Paris");
        assertThat(rows("partners")).isEqualTo(before);
    }

    @Test
    void a_refused_location_shows_every_field_message_keeps_what_was_typed_and_saves_nothing() {
        long coffee = given.product("COFFEE", "lot");
        given.receivedLot(coffee, "C-1", 3);
        List<Map<String, Object>> before = rows("locations");
        logInAsAdmin();
        open("/locations/new");
        type("name", "Shelf/1");
        type("gln", "9506000000009");
        type("country", "F");
        click("Save");
        assertThat(text(By.id("name-problem"))).isEqualTo("Location Name: 1 to 100 characters, without '/'.");
        assertThat(text(By.id("gln-problem"))).isEqualTo("GLN: a GLN: 13 digits with a valid check digit.");
        assertThat(text(By.id("country-problem"))).isNotBlank();
        assertThat(value("name")).isEqualTo("Shelf/1");
        assertThat(rows("locations")).isEqualTo(before);

        open("/locations/2");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("WH/Stock");
        select("usage", "view");
        type("phone", "+33 1 23 45 67 89");
        click("Save");
        assertThat(text(By.id("usage-problem"))).contains("holds stock");
        assertThat(new Select(browser.findElement(By.id("usage"))).getFirstSelectedOption().getText()).isEqualTo("view");
        assertThat(value("phone")).isEqualTo("+33 1 23 45 67 89");
        type("name", "");
        click("Save");
        assertThat(text(By.id("name-problem"))).isEqualTo("Location Name: 1 to 100 characters, without '/'.");
        assertThat(rows("locations")).isEqualTo(before);
    }

    @Test
    void a_huge_name_and_hostile_text_are_refused_or_kept_as_text_and_save_nothing() {
        List<Map<String, Object>> partners = rows("partners");
        List<Map<String, Object>> products = rows("products");
        String hostile = "<script>alert(1)</script>'; DROP TABLE partners; --";
        logInAsAdmin();
        open("/partners/new");
        browser.executeScript("document.getElementById('name').value = arguments[0]", "P".repeat(10_000));
        type("email", hostile);
        type("city", hostile);
        click("Save");
        assertThat(text(By.id("name-problem"))).isEqualTo("Name: 1 to 200 characters.");
        assertThat(text(By.id("email-problem"))).isEqualTo("Email: must be an e-mail address.");
        assertThat(value("name")).hasSize(10_000);
        assertThat(value("city")).isEqualTo(hostile);
        assertThat(rows("partners")).isEqualTo(partners);

        open("/products/new");
        browser.executeScript("document.getElementById('sku').value = arguments[0]", "S".repeat(10_000));
        type("name", hostile);
        click("Save");
        assertThat(text(By.id("sku-problem"))).startsWith("Internal Reference: ");
        assertThat(value("name")).isEqualTo(hostile);
        assertThat(rows("products")).isEqualTo(products);
    }
}
