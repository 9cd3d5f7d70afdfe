package io.stocktrace.support;

import io.stocktrace.SystemActor;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A real server on a random port over a clean database. Subclasses pick the database with {@link OnH2} or
 * {@link OnPostgres}; {@link #admin} calls the API as the admin user, with an API token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @LocalServerPort
    protected int port;
    @Autowired
    protected DataSource dataSource;
    @Autowired
    protected JdbcClient jdbc;

    protected Http admin;
    protected Scenario given;

    @Autowired
    private io.stocktrace.security.LoginThrottle loginThrottle;

    @BeforeEach
    void cleanDatabaseAndLogIn() {
        DatabaseCleaner.clean(dataSource);
        loginThrottle.forgetAll(); // failed logins of earlier tests must not throttle this one's
        String token = Http.to(port).basic("admin", ADMIN_PASSWORD)
                .post("/api/v1/users/1/tokens", java.util.Map.of("name", "tests"))
                .json().path("token").asString();
        admin = Http.to(port).bearer(token);
        given = new Scenario(admin);
    }

    // services called directly from a test thread (not through the server) act as the system, as the demo loader does
    @BeforeEach
    void directServiceCallsActAsTheSystem() {
        SecurityContextHolder.getContext().setAuthentication(SystemActor.authentication());
    }

    @AfterEach
    void forgetTheSystemCaller() {
        SecurityContextHolder.clearContext();
    }

    /** A client logged in as a new user with that role. */
    protected Http userWithRole(String role) {
        String name = role + "-" + System.nanoTime();
        var user = admin.post("/api/v1/users", java.util.Map.of("username", name, "password", "password-" + name, "role", role));
        String token = admin.post("/api/v1/users/" + user.json().path("id").asLong() + "/tokens",
                java.util.Map.of("name", "t")).json().path("token").asString();
        return Http.to(port).bearer(token);
    }

    protected Http anonymous() {
        return Http.to(port);
    }

    /**
     * Makes a call that must fail and proves it changed nothing: the ledger, quants, lots, transfers and products
     * are the same after it as before.
     */
    protected Http.Response changesNothing(java.util.function.Supplier<Http.Response> call) {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        Http.Response response = call.get();
        org.assertj.core.api.Assertions.assertThat(DatabaseSnapshot.of(jdbc))
                .as("the database after %s", response.body()).isEqualTo(before);
        return response;
    }
}
