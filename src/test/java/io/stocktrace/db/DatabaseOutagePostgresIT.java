package io.stocktrace.db;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Http;
import io.stocktrace.support.LedgerStaysSound;
import io.stocktrace.support.OnPostgres;
import io.stocktrace.support.ScratchDatabase;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * PostgreSQL goes away under load (no new connection allowed, every open one ended) and comes back: meanwhile every
 * request gets a 503 problem with Retry-After within 2 s and health answers within 1 s; afterwards the server
 * works again without a restart and every transfer it answered done is done.
 */
@OnPostgres
@DirtiesContext
class DatabaseOutagePostgresIT extends LedgerStaysSound {
    private static final ScratchDatabase DATABASE = new ScratchDatabase("faults_outage");
    private static final Duration PROMPT = Duration.ofSeconds(2);

    @DynamicPropertySource
    static void outageDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
        // the production pool timeout (the test profiles wait longer, for bursts of concurrent tests on a busy machine)
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @BeforeAll
    static void createDatabase() throws Exception {
        DATABASE.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        DATABASE.drop();
    }

    @Test
    void answers_503_at_once_while_the_database_is_away_and_loses_nothing_answered_done() throws Exception {
        long bolts = given.product("BOLT", "none");
        BrowserSession browser = BrowserSession.logIn(port);
        assertThat(browser.get("/lots").statusCode()).isEqualTo(200);
        Load load = new Load(admin, bolts);
        load.start();
        awaitTrue(() -> load.done.size() >= 4, "receipts done before the outage");
        // probes run all the time in a deployment: readiness has seen the first admin before the outage
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);

        LoginForm loginForm = LoginForm.open(port);

        DATABASE.takeAway();
        var login = loginForm.submit("admin", ADMIN_PASSWORD);
        assertThat(login.headers().firstValue("location").orElse("") + " " + login.statusCode() + " " + login.body())
                .as("a login while the database is away is not told its password is wrong")
                .doesNotContain("login?error").containsAnyOf("login?unavailable", "503");
        assertAnswersUnavailablePromptly(() -> admin.get("/api/v1/transfers?limit=5"));
        assertAnswersUnavailablePromptly(() -> anonymous().basic("admin", ADMIN_PASSWORD).get("/api/v1/products"));
        Instant asked = Instant.now();
        var health = anonymous().get("/actuator/health");
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(1));
        assertThat(health.status()).as(health.body()).isEqualTo(503);
        var page = browser.get("/lots");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
        assertThat(page.body()).contains("Database unavailable").doesNotContain("Exception");
        assertThat(page.headers().firstValue("retry-after")).hasValue("5");
        awaitTrue(() -> load.unavailable.size() >= 2, "the load meeting the outage");

        DATABASE.bringBack();
        int doneBefore = load.done.size();
        awaitTrue(() -> load.done.size() > doneBefore + 2, "receipts done again after the database came back");
        load.stop();

        assertThat(load.unexpected).as("answers other than 200, 201 and 503").isEmpty();
        for (long id : load.done) {
            var transfer = admin.get("/api/v1/transfers/" + id);
            assertThat(transfer.json().path("state").asString()).as("transfer %d answered done", id).isEqualTo("done");
        }
        assertThat(admin.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void every_transaction_reports_its_commit_so_an_error_after_it_does_not_claim_nothing_was_written(
            @Autowired PlatformTransactionManager transactions) {
        assertThat(((AbstractPlatformTransactionManager) transactions).getTransactionExecutionListeners())
                .hasAtLeastOneElementOfType(CommittedWrites.class);
    }

    private static void assertAnswersUnavailablePromptly(Supplier<Http.Response> call) {
        Instant asked = Instant.now();
        Http.Response r = call.get();
        assertThat(Duration.between(asked, Instant.now())).as(r.body()).isLessThan(PROMPT);
        assertProblem(r, 503, "database-unavailable", "Try again in 5 seconds");
        assertThat(r.headers().get("retry-after")).isEqualTo("5");
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** The login form as a person's browser holds it, with its session cookie and CSRF token, not yet sent. */
    private record LoginForm(HttpClient client, int port, String csrf) {
        static LoginForm open(int port) throws Exception {
            var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            var form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
            assertThat(csrf.find()).as(form).isTrue();
            return new LoginForm(client, port, csrf.group(1));
        }

        HttpResponse<String> submit(String username, String password) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                            + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A person logged in with the form, holding a session cookie. */
    private record BrowserSession(HttpClient client, int port) {
        static BrowserSession logIn(int port) throws Exception {
            var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            BrowserSession session = new BrowserSession(client, port);
            var form = session.get("/login").body();
            var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
            assertThat(csrf.find()).as(form).isTrue();
            String body = "username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + csrf.group(1);
            var loggedIn = client.send(HttpRequest.newBuilder(session.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(loggedIn.headers().firstValue("location").orElse("")).doesNotContain("error");
            return session;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    /** Two clients looping: create a receipt of one bolt, validate it; each answer sorted and timed. */
    private static final class Load {
        final Queue<Long> done = new ConcurrentLinkedQueue<>();
        final Queue<Http.Response> unavailable = new ConcurrentLinkedQueue<>();
        final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients = Executors.newFixedThreadPool(2);
        private final Http http;
        private final long productId;

        Load(Http http, long productId) {
            this.http = http;
            this.productId = productId;
        }

        void start() {
            for (int i = 0; i < 2; i++) {
                clients.submit(this::loop);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        private void loop() {
            while (running.get()) {
                var draft = timed(() -> http.post("/api/v1/transfers",
                        Map.of("type", "receipt", "lines", List.of(line(productId, null, null, 1)))));
                if (draft.status() != 201) {
                    sort(draft);
                    continue;
                }
                long id = draft.json().path("id").asLong();
                var validated = timed(() -> http.post("/api/v1/transfers/" + id + "/validate", null));
                if (validated.status() == 200 && "done".equals(validated.json().path("state").asString())) {
                    done.add(id);
                } else {
                    sort(validated);
                }
            }
        }

        private void sort(Http.Response r) {
            boolean promptProblem = r.status() == 503 && r.contentType().startsWith("application/problem+json")
                    && "database-unavailable".equals(r.code()) && "5".equals(r.headers().get("retry-after"));
            if (promptProblem) {
                unavailable.add(r);
            } else {
                unexpected.add(r.status() + " " + r.body());
            }
        }

        private Http.Response timed(Supplier<Http.Response> call) {
            Instant asked = Instant.now();
            Http.Response r = call.get();
            Duration took = Duration.between(asked, Instant.now());
            // a request caught mid-work by the cut may add its own work to the pool's 1 s: a second of slack
            if (took.compareTo(PROMPT.plusSeconds(1)) >= 0) {
                unexpected.add("took " + took.toMillis() + " ms: " + r.status() + " " + r.body());
            }
            return r;
        }
    }
}
