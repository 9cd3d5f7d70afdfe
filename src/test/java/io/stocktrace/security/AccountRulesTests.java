package io.stocktrace.security;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15.9: passwords bcrypt can hold and that are not blank; there is always an active admin. */
abstract class AccountRulesTests extends ApiTest {

    @Test
    void refuses_a_password_over_72_bytes_with_422_not_500() {
        for (String password : new String[] {"p".repeat(100), "é".repeat(40)}) {
            var r = admin.post("/api/v1/users", Map.of("username", "bob", "password", password, "role", "viewer"));
            assertProblem(r, 422, "validation-failed", "72 bytes");
            assertThat(fields(r)).containsExactly("password");
        }
        assertThat(admin.post("/api/v1/users", Map.of("username", "bob", "password", "p".repeat(72), "role", "viewer"))
                .status()).isEqualTo(201);
        assertThat(Http.to(port).basic("bob", "p".repeat(72)).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_users WHERE username = 'bob'").query(Long.class).single())
                .isEqualTo(1);
        var patch = admin.patch("/api/v1/users/1", Map.of("password", "p".repeat(73)));
        assertProblem(patch, 422, "validation-failed");
        assertThat(fields(patch)).containsExactly("password");
    }

    @Test
    void refuses_a_password_of_only_spaces() {
        var r = admin.post("/api/v1/users", Map.of("username", "bob", "password", " ".repeat(16), "role", "viewer"));
        assertProblem(r, 422, "validation-failed", "spaces");
        assertThat(fields(r)).containsExactly("password");
        assertProblem(admin.patch("/api/v1/users/1", Map.of("password", "\t".repeat(14))), 422, "validation-failed");
        assertThat(Http.to(port).basic("admin", ADMIN_PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void keeps_the_last_active_admin_from_being_deactivated_or_demoted() {
        var off = admin.patch("/api/v1/users/1", Map.of("active", false));
        assertProblem(off, 409, "conflict", "last active admin");
        assertProblem(admin.patch("/api/v1/users/1", Map.of("role", "manager")), 409, "conflict", "last active admin");
        assertThat(jdbc.sql("SELECT role FROM app_users WHERE id = 1").query(String.class).single()).isEqualTo("admin");
        assertThat(jdbc.sql("SELECT active FROM app_users WHERE id = 1").query(Boolean.class).single()).isTrue();
    }

    @Test
    void lets_one_of_two_admins_step_down_but_not_the_other_afterwards() {
        var second = admin.post("/api/v1/users", Map.of("username", "root2", "password", "password-of-root2",
                "role", "admin"));
        long id = second.at("/id").asLong();
        assertThat(admin.patch("/api/v1/users/" + id, Map.of("role", "manager")).status()).isEqualTo(200);
        assertProblem(admin.patch("/api/v1/users/1", Map.of("active", false)), 409, "conflict");
        assertThat(admin.patch("/api/v1/users/" + id, Map.of("role", "admin")).status()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/users/" + id, Map.of("active", false)).status()).isEqualTo(200);
    }
}
