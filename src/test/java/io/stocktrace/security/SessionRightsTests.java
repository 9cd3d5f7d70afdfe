package io.stocktrace.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15.2: a browser session lasts only while its user keeps the password, role and active flag it logged in with.
 * Before the fix a deactivated operator's open session still quarantined lots in their name.
 */
abstract class SessionRightsTests extends ApiTest {
    private long lot;

    @BeforeEach
    void aLotInStock() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "M-1", 10);
        lot = given.lotId(milk, "M-1");
    }

    @Test
    void a_deactivated_users_open_session_can_no_longer_quarantine_a_lot() {
        long id = user("ana", "operator");
        WebSession browser = new WebSession(port).loggedIn("ana", "password-of-ana");
        String token = browser.tokenOf("/lots/" + lot);

        patch(id, Map.of("active", false));

        var answer = browser.post("/lots/" + lot + "/quarantine", "reason=late" + token);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/login");
        assertThat(lotStatus()).isEqualTo("available");
        assertThat(browser.get("/lots/" + lot).location()).endsWith("/login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lot_events WHERE actor = 'ana'").query(Long.class).single()).isZero();
    }

    @Test
    void a_demoted_managers_open_session_can_no_longer_release_a_lot() {
        long id = user("max", "manager");
        WebSession browser = new WebSession(port).loggedIn("max", "password-of-max");
        String token = browser.tokenOf("/lots/" + lot);
        assertThat(browser.post("/lots/" + lot + "/quarantine", "reason=smell" + token).location())
                .doesNotContain("/login");
        assertThat(lotStatus()).isEqualTo("quarantine");

        patch(id, Map.of("role", "viewer"));

        var answer = browser.post("/lots/" + lot + "/release", "reason=fine" + token);
        assertThat(answer.location()).endsWith("/login");
        assertThat(lotStatus()).isEqualTo("quarantine");
        browser.loggedIn("max", "password-of-max");
        assertThat(browser.post("/lots/" + lot + "/release", "reason=fine" + browser.tokenOf("/lots/" + lot))
                .status()).isEqualTo(403);
    }

    @Test
    void a_new_password_ends_the_sessions_opened_with_the_old_one() {
        long id = user("ana", "operator");
        WebSession old = new WebSession(port).loggedIn("ana", "password-of-ana");

        patch(id, Map.of("password", "a-brand-new-password"));

        var page = old.get("/lots");
        assertThat(page.location()).as("%s", page).endsWith("/login");
        assertThat(new WebSession(port).logIn("ana", "password-of-ana").location()).contains("/login?error");
        WebSession fresh = new WebSession(port).loggedIn("ana", "a-brand-new-password");
        assertThat(fresh.get("/lots").status()).isEqualTo(200);
    }

    @Test
    void a_change_that_grants_nothing_new_keeps_the_session() {
        long id = user("ana", "operator");
        WebSession browser = new WebSession(port).loggedIn("ana", "password-of-ana");
        patch(id, Map.of("role", "operator", "active", true));
        assertThat(browser.get("/lots").status()).isEqualTo(200);
    }

    private String lotStatus() {
        return admin.get("/api/v1/lots/" + lot).at("/status").asString();
    }

    private long user(String name, String role) {
        var r = admin.post("/api/v1/users", Map.of("username", name, "password", "password-of-" + name, "role", role));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.at("/id").asLong();
    }

    private void patch(long id, Map<String, Object> change) {
        var r = admin.patch("/api/v1/users/" + id, change);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
