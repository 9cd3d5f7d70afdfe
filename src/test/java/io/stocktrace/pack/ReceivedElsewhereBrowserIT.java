package io.stocktrace.pack;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Axe;
import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A notice's draft receipt after one of its pallets came in through the dock's own receipt: the pallet left it, its
 * page says so, and Validate receives the rest; a draft that still names the pallet (it was busy at that moment) says
 * which receipt took it and offers to remove those lines.
 */
@OnH2
class ReceivedElsewhereBrowserIT extends BrowserTest {
    private static final String PALLET_1 = Sscc.of(1, "0614141", 201);
    private static final String PALLET_2 = Sscc.of(1, "0614141", 202);
    private long milk;
    private long asn;

    @BeforeEach
    void noticeOfTwoPallets() {
        var r = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "packages", true));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        milk = given.product("MILK", "lot");
        var notice = admin.postRaw("/api/v1/receipts/asn", "sscc,type,parent,sku,lot,serial,quantity\n"
                + PALLET_1 + ",pallet,,MILK,M-1,,4\n" + PALLET_2 + ",pallet,,MILK,M-2,,6\n", "text/csv");
        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
        asn = notice.at("/id").asLong();
    }

    /** The dock's receipt of the first pallet, created and validated (as the pallet scan fills it). */
    private String firstPalletAtTheDock() {
        var dock = admin.post("/api/v1/transfers", Map.of("type", "receipt", "packages", List.of(Map.of("name",
                PALLET_1, "type", "pallet", "lines", List.of(line(milk, "M-1", null, 4))))));
        assertThat(dock.status()).as(dock.body()).isEqualTo(201);
        assertThat(admin.post("/api/v1/transfers/" + dock.at("/id").asLong() + "/validate", null).status())
                .isEqualTo(200);
        return dock.at("/reference").asString();
    }

    @Test
    void the_notice_draft_no_longer_lists_a_pallet_received_at_the_dock_says_so_and_validates_the_rest() {
        String dock = firstPalletAtTheDock();
        logInAsAdmin();
        open("/transfers/" + asn);
        assertThat(text(By.id("received-elsewhere"))).contains(PALLET_1, "received by " + dock, "1 line left");
        assertThat(text(By.cssSelector("table.lines"))).contains("M-2").doesNotContain("M-1");
        assertThat(Axe.violations(browser)).as("axe-core on the draft with its history").isEmpty();
        click("Validate");
        assertState("Done");
        assertThat(admin.get("/api/v1/packages/by-name?name=" + PALLET_2).at("/totalQuantity").asInt()).isEqualTo(6);
    }

    @Test
    void a_draft_still_naming_a_pallet_that_came_in_names_the_receipt_and_removes_those_lines_on_request()
            throws Exception {
        String dock;
        try (Connection busy = dataSource.getConnection()) {
            busy.setAutoCommit(false);
            busy.createStatement().executeQuery("SELECT id FROM transfers WHERE id = " + asn + " FOR UPDATE").close();
            dock = firstPalletAtTheDock();
            busy.rollback();
        }
        logInAsAdmin();
        open("/transfers/" + asn);
        assertThat(text(By.id("taken"))).contains(PALLET_1, "received by " + dock);
        click("Validate");
        assertThat(text(By.cssSelector("p.problem"))).contains(PALLET_1, dock, "Remove Received Packages");
        assertState("Draft");
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            waitFor(By.id("taken"));
            assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                    .as("the receipt fits a phone").isLessThanOrEqualTo(390L);
            assertThat(Axe.violations(browser)).as("axe-core on the refused draft at 390 px").isEmpty();
            click("Remove Received Packages");
            assertThat(text(By.id("received-elsewhere"))).contains(PALLET_1, "received by " + dock);
        } finally {
            browser.manage().window().setSize(desktop);
        }
        assertThat(browser.findElements(By.id("taken"))).isEmpty();
        click("Validate");
        assertState("Done");
        assertThat(admin.get("/api/v1/packages/by-name?name=" + PALLET_1).at("/totalQuantity").asInt())
                .as("received once").isEqualTo(4);
    }
}
