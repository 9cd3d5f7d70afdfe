package io.stocktrace.security;

import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 15.3 and the credential cache: failed logins are throttled per user name and per client address (429 with
 * Retry-After, no bcrypt while throttled, every failure logged without the password); a Basic password that
 * succeeded is checked from the cache until the user's password, role or active flag changes.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class LoginProtectionTests extends ApiTest {
    private static final String WRONG = "not-the-admin-password";

    @Autowired
    private CredentialCache cache;

    @Test
    void answers_429_with_retry_after_once_a_user_name_had_five_wrong_passwords(CapturedOutput log) {
        Http wrong = Http.to(port).basic("admin", WRONG).header("X-Forwarded-For", "10.1.0.1");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            assertProblem(wrong.get("/api/v1/me"), 401, "unauthorized");
        }
        var throttled = Http.to(port).basic("admin", ADMIN_PASSWORD).header("X-Forwarded-For", "10.1.0.2")
                .get("/api/v1/me");
        assertProblem(throttled, 429, "too-many-attempts", "try again in");
        assertThat(Long.parseLong(throttled.headers().get("retry-after"))).isBetween(1L, 2L);
        assertThat(throttled.headers()).doesNotContainKey("www-authenticate");

        assertThat(log.getOut()).contains("Failed login of 'admin' from 10.1.0.1 (5 failures in a row)")
                .contains("Login of 'admin' from 10.1.0.2 refused unchecked").doesNotContain(WRONG);
        assertThat(admin.get("/api/v1/me").status()).as("tokens are not passwords").isEqualTo(200);
    }

    @Test
    void a_flood_of_guesses_at_one_user_leaves_the_others_logging_in(CapturedOutput log) {
        long ana = user("ana", "viewer");
        Http guesser = Http.to(port).basic("admin", WRONG).header("X-Forwarded-For", "10.2.0.1");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            guesser.get("/api/v1/me");
        }
        for (int i = 0; i < 30; i++) {
            assertThat(guesser.get("/api/v1/me").status()).isEqualTo(429);
        }
        // "refused unchecked" is logged on the path that throws before any bcrypt
        assertThat(log.getAll().split("Login of 'admin' from 10.2.0.1 refused unchecked", -1))
                .as("30 throttled guesses run no bcrypt").hasSizeGreaterThan(30);
        var anaMe = Http.to(port).basic("ana", "password-of-ana").header("X-Forwarded-For", "10.2.0.2")
                .get("/api/v1/me");
        assertThat(anaMe.status()).as(anaMe.body()).isEqualTo(200);
        assertThat(anaMe.at("/id").asLong()).isEqualTo(ana);
    }

    @Test
    void throttles_a_client_address_that_guesses_across_many_user_names() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_CLIENT; i++) {
            assertThat(Http.to(port).basic("user-" + i, WRONG).header("X-Forwarded-For", "10.3.0.1")
                    .get("/api/v1/me").status()).isEqualTo(401);
        }
        assertProblem(Http.to(port).basic("admin", ADMIN_PASSWORD).header("X-Forwarded-For", "10.3.0.1")
                .get("/api/v1/me"), 429, "too-many-attempts");
        assertThat(Http.to(port).basic("admin", ADMIN_PASSWORD).header("X-Forwarded-For", "10.3.0.2")
                .get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void the_login_form_says_to_wait_once_throttled() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            assertThat(new WebSession(port).logIn("admin", WRONG).location()).endsWith("/login?error");
        }
        WebSession browser = new WebSession(port);
        assertThat(browser.logIn("admin", ADMIN_PASSWORD).location()).endsWith("/login?throttled");
        assertThat(browser.get("/login?throttled").body()).contains("Too many failed logins");
    }

    @Test
    void refuses_a_password_longer_than_bcrypt_reads_with_401_not_500() {
        String hundred = "p".repeat(100);
        assertProblem(Http.to(port).basic("admin", hundred).get("/api/v1/me"), 401, "unauthorized");
        assertThat(new WebSession(port).logIn("admin", hundred).location()).endsWith("/login?error");
    }

    @Test
    void checks_a_basic_password_with_bcrypt_once_then_from_the_cache() {
        String name = "cached-" + System.nanoTime();
        user(name, "viewer");
        Http ana = Http.to(port).basic(name, "password-of-" + name);
        int before = cache.size();
        assertThat(ana.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(cache.size()).isEqualTo(before + 1);
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(ana.get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("20 cached checks").isLessThan(3_000);
        assertThat(Http.to(port).basic(name, "wrong-password").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(cache.size()).as("a failure is never cached").isEqualTo(before + 1);
        assertThat(cache.find(name, "wrong-password")).isEmpty();
    }

    @Test
    void a_new_password_role_or_active_flag_outdates_the_cached_check_at_once() {
        long id = user("ana", "admin");
        Http ana = Http.to(port).basic("ana", "password-of-ana");
        assertThat(ana.get("/api/v1/users").status()).isEqualTo(200);

        patch(id, Map.of("role", "viewer"));
        assertProblem(ana.get("/api/v1/users"), 403, "forbidden");
        assertThat(ana.get("/api/v1/me").at("/role").asString()).isEqualTo("viewer");

        patch(id, Map.of("password", "the-new-password-of-ana"));
        assertProblem(ana.get("/api/v1/me"), 401, "unauthorized");
        Http renewed = Http.to(port).basic("ana", "the-new-password-of-ana");
        assertThat(renewed.get("/api/v1/me").status()).isEqualTo(200);

        patch(id, Map.of("active", false));
        assertProblem(renewed.get("/api/v1/me"), 401, "unauthorized");
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
