package io.stocktrace.web;

import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Axe;
import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * axe-core (WCAG 2 A and AA, and its best practices) finds no violation on the pages of the demo warehouse: every
 * page of the menu (at a desktop's and a phone's width), the lot form and its tabs, the traceability report unfolded
 * with its genealogy picture, the recall, the transfer forms and the login page. Every page names its icon, and the
 * browser finds it (no 404).
 */
@OnH2
@TestPropertySource(properties = "stocktrace.demo-data=true")
class AccessibilityBrowserIT extends BrowserTest {
    private final Map<String, List<Axe.Violation>> violations = new LinkedHashMap<>();

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void loadTheDemoWarehouse() throws Exception {
        context.getBean("demoData", ApplicationRunner.class).run(null);
    }

    @Test
    void no_page_of_the_menu_has_an_accessibility_violation() {
        logInAsAdmin();
        checkEvery(menuPages(), "");
        assertNoViolation();
    }

    @Test
    void no_page_of_the_menu_has_an_accessibility_violation_at_a_phone_s_width() {
        logInAsAdmin();
        Set<String> pages = menuPages();
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            checkEvery(pages, " at 390 px");
        } finally {
            browser.manage().window().setSize(desktop);
        }
        assertNoViolation();
    }

    private void checkEvery(Set<String> pages, String how) {
        for (String page : pages) {
            browser.get(page);
            waitFor(By.tagName("main"));
            // the page's dropdowns (filters, group by, favorites) open, so that what they hold is checked too
            browser.executeScript("document.querySelectorAll('main details').forEach(d => d.open = true)");
            check(page.replaceFirst("^https?://[^/]+", "") + how + " (its dropdowns open)");
        }
    }

    @Test
    void the_lot_form_its_tabs_the_traceability_report_unfolded_and_the_error_page_have_no_accessibility_violation() {
        long milk = lotId("MILK-2611-A");
        makeLatteFromMilk();
        logInAsAdmin();
        for (String page : List.of("/lots/" + milk, "/lots/" + milk + "/locations", "/lots/" + milk + "/transfers",
                "/lots/" + milk + "/scrap", "/lots/" + milk + "/fsma204", "/lots/" + lotId("EM-0001"), "/lots", "/lots/999999")) {
            openAndCheck(page);
        }
        open("/lots?groupBy=product");
        waitFor(By.cssSelector("tr.group button[data-action=toggle-group]")).click();
        waitFor(By.cssSelector("tr.group button[aria-expanded=true]"));
        click("Group By");
        check("/lots?groupBy=product (a group unfolded, the Group By menu open)");
        openAndCheck("/manufacturing/" + jdbc.sql("SELECT max(id) FROM manufacturing_orders").query(Long.class).single());
        open("/lots/" + milk + "/traceability?direction=downstream");
        unfoldEveryRow();
        check("/lots/" + milk + "/traceability?direction=downstream (unfolded)");
        open("/lots/" + lotId("LATTE-1") + "/traceability?direction=upstream");
        unfoldEveryRow();
        check("/lots/LATTE-1/traceability?direction=upstream (unfolded)");
        assertNoViolation();
    }

    @Test
    void the_recall_page_and_a_recall_have_no_accessibility_violation() {
        long milk = lotId("MILK-2611-A");
        logInAsAdmin();
        openAndCheck("/lots/" + milk + "/recall");
        waitFor(By.id("reason")).sendKeys("Listeria in a sample");
        click("Confirm Recall");
        waitFor(By.cssSelector("table.customers"));
        check(browser.getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
        openAndCheck("/recalls");
        assertNoViolation();
    }

    @Test
    void the_transfer_product_partner_and_location_forms_have_no_accessibility_violation() {
        logInAsAdmin();
        for (String page : List.of("/receipts/new", "/deliveries/new", "/internal-transfers/new", "/manufacturing/new",
                "/transfers/" + transferId("PO-1001"), "/transfers/" + transferId("SO-2003"),
                "/transfers/" + transferId("SO-2001") + "/return", "/products/new", "/products/" + productId("MILK-1L"),
                "/partners/new", "/locations/new")) {
            openAndCheck(page);
        }
        open("/receipts/new");
        new Select(waitFor(By.id("product-0"))).selectByValue(String.valueOf(productId("ESPRESSO-X1")));
        for (String dialog : List.of("Generate Serials", "Import")) {
            click(dialog);
            waitFor(By.cssSelector("#serials-dialog[open] form"));
            check("/receipts/new with the dialog " + dialog);
            browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("serials-dialog")));
        }
        assertNoViolation();
    }

    @Test
    void what_a_viewer_sees_read_only_has_no_accessibility_violation() {
        String viewer = user("viewer");
        logInAs(viewer, "password-" + viewer);
        for (String page : List.of("/settings", "/lots/" + lotId("MILK-2611-A"), "/products/" + productId("MILK-1L"),
                "/transfers/" + transferId("SO-2003"), "/lots/" + lotId("MILK-2611-A") + "/recall")) {
            openAndCheck(page);
        }
        assertNoViolation();
    }

    @Test
    void refused_forms_with_their_problems_next_to_the_fields_have_no_accessibility_violation() {
        logInAsAdmin();
        open("/partners/new");
        waitFor(By.id("gln")).sendKeys("123");
        submitUnchecked("/partners/new refused");
        open("/products/new");
        waitFor(By.id("sku")).sendKeys("MILK-1L");
        submitUnchecked("/products/new refused");
        assertNoViolation();
    }

    /** Submits the page's form as typed, past the browser's own checks, and checks the page that comes back. */
    private void submitUnchecked(String page) {
        WebElement form = browser.findElement(By.cssSelector("main form[method=post]"));
        browser.executeScript("arguments[0].noValidate = true; arguments[0].requestSubmit();", form);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(form));
        waitFor(By.cssSelector(".field-problem, .problem"));
        check(page);
    }

    @Test
    void every_page_names_its_icon_and_the_browser_finds_it() {
        browser.manage().logs().get(LogType.BROWSER); // reading the log empties it: only this test's pages count
        browser.manage().deleteAllCookies();
        open("/login");
        assertIconFound("/login");
        logInAsAdmin();
        for (String page : menuPages()) {
            browser.get(page);
            assertIconFound(page);
        }
        List<String> notFound = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("404") || m.contains("favicon")).toList();
        assertThat(notFound).as("resources the browser did not find").isEmpty();
    }

    private void assertIconFound(String page) {
        waitFor(By.tagName("main"));
        Object answer = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const icon = document.querySelector('link[rel~=icon]');
                if (!icon) { done('no <link rel=icon>'); return; }
                fetch(icon.href).then(r => done(r.status + ' ' + r.headers.get('Content-Type')));
                """);
        assertThat(String.valueOf(answer)).as("the icon of " + page).startsWith("200 image/");
    }

    @Test
    void the_login_page_has_no_accessibility_violation_even_after_a_wrong_password() {
        browser.manage().deleteAllCookies();
        openAndCheck("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not the password");
        clickOn(By.cssSelector("button[type=submit]"));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("error"));
        check("/login?error");
        assertNoViolation();
    }

    /** The addresses of the menu's links, as the admin sees them. */
    private Set<String> menuPages() {
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : browser.findElements(By.cssSelector("header a[href]"))) {
            pages.add(link.getAttribute("href"));
        }
        assertThat(pages).as("the menu's pages").hasSizeGreaterThan(12);
        return pages;
    }

    private void openAndCheck(String path) {
        open(path);
        check(path);
    }

    private void check(String page) {
        waitFor(By.tagName("main"));
        List<Axe.Violation> found = Axe.violations(browser);
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }

    private void assertNoViolation() {
        StringBuilder report = new StringBuilder();
        violations.forEach((page, found) -> {
            report.append('\n').append(page);
            found.forEach(v -> report.append("\n  ").append(v));
        });
        assertThat(violations).as("axe-core violations:" + report).isEmpty();
    }

    /** Opens every foldable level and row of the report, until none is left closed. */
    private void unfoldEveryRow() {
        waitFor(By.cssSelector("table.trace"));
        for (int round = 0; round < 20; round++) {
            List<WebElement> closed = new ArrayList<>(browser.findElements(
                    By.cssSelector("tr.group button[aria-expanded=false], button.unfold[aria-expanded=false]")));
            closed.removeIf(b -> !b.isDisplayed());
            if (closed.isEmpty()) {
                return;
            }
            WebElement next = closed.get(0);
            next.click();
            new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.attributeToBe(next, "aria-expanded", "true"));
            if (next.getAttribute("class").contains("unfold")) {
                waitFor(By.cssSelector("tr[data-parent='" + next.getAttribute("data-row") + "']"));
            }
        }
    }

    /** Two lattes made from milk lot MILK-2611-A and coffee COF-001, so that the report has levels to unfold. */
    private void makeLatteFromMilk() {
        long latte = given.product("LATTE", "lot");
        var r = admin.post("/api/v1/manufacturing-orders", order(latte, 2, "LATTE-1", null, true,
                component(productId("MILK-1L"), 2, "MILK-2611-A", null),
                component(productId("COFFEE-250"), 1, "COF-001", null)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private long lotId(String name) {
        return jdbc.sql("SELECT id FROM lots WHERE name = :name").param("name", name).query(Long.class).single();
    }

    private long productId(String sku) {
        return jdbc.sql("SELECT id FROM products WHERE sku = :sku").param("sku", sku).query(Long.class).single();
    }

    private long transferId(String origin) {
        return jdbc.sql("SELECT id FROM transfers WHERE origin = :origin").param("origin", origin).query(Long.class)
                .single();
    }
}
