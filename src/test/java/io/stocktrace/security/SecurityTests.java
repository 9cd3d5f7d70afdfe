package io.stocktrace.security;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who may call what: 401 without valid credentials, 403 below the role, users and tokens for admins only. */
abstract class SecurityTests extends ApiTest {

    @Test
    void answers_401_problem_with_a_challenge_when_no_credentials_are_sent() {
        var r = anonymous().get("/api/v1/products");
        assertProblem(r, 401, "unauthorized");
        assertThat(r.headers().get("www-authenticate")).startsWith("Basic");
        var post = changesNothing(() -> anonymous().post("/api/v1/products",
                Map.of("sku", "BOLT", "name", "Bolt", "tracking", "none")));
        assertProblem(post, 401, "unauthorized");
    }

    @Test
    void answers_401_for_a_wrong_password() {
        assertThat(Http.to(port).basic("admin", ADMIN_PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        var r = Http.to(port).basic("admin", "not-the-admin-password").get("/api/v1/me");
        assertProblem(r, 401, "unauthorized");
        assertThat(r.headers()).containsKey("www-authenticate");
        assertProblem(Http.to(port).basic("nobody", "whatever-password").get("/api/v1/me"), 401, "unauthorized");
    }

    @Test
    void answers_401_for_an_unknown_bearer_token() {
        var r = Http.to(port).bearer("st_not-a-token-anyone-was-given").get("/api/v1/products");
        assertProblem(r, 401, "unauthorized");
        assertThat(r.headers()).containsKey("www-authenticate");
    }

    @Test
    void shows_a_new_token_once_keeps_only_its_hash_and_refuses_it_once_revoked() {
        long userId = user("scanner-ops", "operator").path("id").asLong();
        var created = admin.post("/api/v1/users/" + userId + "/tokens", Map.of("name", "scanner-3"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = created.at("/token").asString();
        long tokenId = created.at("/id").asLong();
        assertThat(token).isNotBlank();
        assertThat(jdbc.sql("SELECT token_hash FROM api_tokens WHERE id = :id").param("id", tokenId)
                .query(String.class).single()).isNotEqualTo(token).doesNotContain(token);
        assertThat(admin.get("/api/v1/users/" + userId).body()).doesNotContain(token);
        assertThat(admin.get("/api/v1/users").body()).doesNotContain(token);

        Http scanner = Http.to(port).bearer(token);
        assertThat(scanner.get("/api/v1/me").at("/username").asString()).isEqualTo("scanner-ops");

        var revoked = admin.delete("/api/v1/users/" + userId + "/tokens/" + tokenId);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);
        assertProblem(scanner.get("/api/v1/me"), 401, "unauthorized");
        assertProblem(admin.delete("/api/v1/users/" + userId + "/tokens/" + tokenId), 404, "not-found");
    }

    @Test
    void forbids_a_viewer_to_validate_a_transfer() {
        long bolts = given.product("BOLT", "none");
        JsonNode draft = given.transfer("receipt", null, line(bolts, null, null, 5));
        Http viewer = userWithRole("viewer");
        assertThat(viewer.get("/api/v1/transfers/" + draft.path("id").asLong()).status()).isEqualTo(200);
        var r = changesNothing(() -> viewer.post("/api/v1/transfers/" + draft.path("id").asLong() + "/validate", null));
        assertProblem(r, 403, "forbidden");
        assertThat(admin.get("/api/v1/transfers/" + draft.path("id").asLong()).at("/state").asString()).isEqualTo("draft");
        assertProblem(changesNothing(() -> viewer.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", java.util.List.of(line(bolts, null, null, 5))))), 403, "forbidden");
    }

    @Test
    void forbids_an_operator_to_create_a_product_but_lets_it_receive() {
        Http operator = userWithRole("operator");
        var r = changesNothing(() -> operator.post("/api/v1/products", Map.of("sku", "BOLT", "name", "Bolt", "tracking", "none")));
        assertProblem(r, 403, "forbidden");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products").query(Long.class).single()).isZero();
        long bolts = given.product("BOLT", "none");
        var receipt = operator.post("/api/v1/transfers", Map.of("type", "receipt",
                "lines", java.util.List.of(line(bolts, null, null, 5))));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        assertThat(receipt.at("/createdBy").asString()).startsWith("operator-");
    }

    @Test
    void keeps_the_users_endpoints_for_admins() {
        Http manager = userWithRole("manager");
        assertProblem(manager.get("/api/v1/users"), 403, "forbidden");
        assertProblem(manager.get("/api/v1/users/1"), 403, "forbidden");
        assertProblem(manager.post("/api/v1/users", Map.of("username", "eve", "password", "long-enough-password",
                "role", "admin")), 403, "forbidden");
        assertProblem(manager.patch("/api/v1/users/1", Map.of("role", "viewer")), 403, "forbidden");
        assertProblem(manager.post("/api/v1/users/1/tokens", Map.of("name", "stolen")), 403, "forbidden");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_users WHERE username = 'eve'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT role FROM app_users WHERE id = 1").query(String.class).single()).isEqualTo("admin");

        var list = admin.get("/api/v1/users");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("items").findValuesAsString("username")).contains("admin");
    }

    @Test
    void tells_the_caller_who_they_are() {
        var me = admin.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.at("/username").asString()).isEqualTo("admin");
        assertThat(me.at("/role").asString()).isEqualTo("admin");
        assertThat(me.json().has("password")).isFalse();
        assertThat(me.json().has("passwordHash")).isFalse();

        user("ana", "viewer");
        var ana = Http.to(port).basic("ana", "password-of-ana").get("/api/v1/me");
        assertThat(ana.status()).as(ana.body()).isEqualTo(200);
        assertThat(ana.at("/role").asString()).isEqualTo("viewer");
    }

    @Test
    void refuses_passwords_shorter_than_twelve_characters() {
        var r = admin.post("/api/v1/users", Map.of("username", "bob", "password", "elevenchars", "role", "viewer"));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("password");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_users WHERE username = 'bob'").query(Long.class).single()).isZero();

        long ana = user("ana", "viewer").path("id").asLong();
        var patch = admin.patch("/api/v1/users/" + ana, Map.of("password", "short"));
        assertProblem(patch, 422, "validation-failed");
        assertThat(fields(patch)).containsExactly("password");
        assertThat(Http.to(port).basic("ana", "password-of-ana").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void stores_passwords_hashed() {
        long ana = user("ana", "viewer").path("id").asLong();
        String stored = jdbc.sql("SELECT password_hash FROM app_users WHERE id = :id").param("id", ana)
                .query(String.class).single();
        assertThat(stored).doesNotContain("password-of-ana");
    }

    @Test
    void refuses_a_deactivated_user_by_password_and_by_token() {
        long ana = user("ana", "operator").path("id").asLong();
        String token = admin.post("/api/v1/users/" + ana + "/tokens", Map.of("name", "t")).at("/token").asString();
        Http byPassword = Http.to(port).basic("ana", "password-of-ana");
        Http byToken = Http.to(port).bearer(token);
        assertThat(byPassword.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(byToken.get("/api/v1/me").status()).isEqualTo(200);

        var off = admin.patch("/api/v1/users/" + ana, Map.of("active", false));
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.at("/active").asBoolean()).isFalse();
        assertProblem(byPassword.get("/api/v1/me"), 401, "unauthorized");
        assertProblem(byToken.get("/api/v1/me"), 401, "unauthorized");
    }

    @Test
    void refuses_a_duplicate_username() {
        user("ana", "viewer");
        var r = changesNothing(() -> admin.post("/api/v1/users",
                Map.of("username", "ana", "password", "another-long-password", "role", "admin")));
        assertProblem(r, 409, "conflict", "ana");
        assertThat(jdbc.sql("SELECT role FROM app_users WHERE username = 'ana'").query(String.class).single())
                .isEqualTo("viewer");
    }

    private JsonNode user(String name, String role) {
        var r = admin.post("/api/v1/users", Map.of("username", name, "password", "password-of-" + name, "role", role));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().get("location")).endsWith("/api/v1/users/" + r.at("/id").asLong());
        return r.json();
    }
}
