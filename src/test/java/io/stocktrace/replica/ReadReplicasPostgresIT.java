package io.stocktrace.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.OnPostgres;
import io.stocktrace.support.PostgresAvailable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a real hot standby of the test PostgreSQL (port 5433, made by {@code .ci/standby} when it does not answer): a
 * client reads its own writes while the standby has not replayed them, reads land on the standby once it has, and a
 * stopped standby only sends reads to the primary. The standby is left streaming for the next run.
 */
@OnPostgres
class ReadReplicasPostgresIT extends ReadReplicaTests {
    private static final String STANDBY_URL = PostgresAvailable.URL.replace(":5432/", ":5433/");
    private static final String DATABASE = STANDBY_URL.substring(STANDBY_URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    /** The standby's own database: replay is paused and resumed for the whole server, whatever the database. */
    private static final String STANDBY_SERVER = STANDBY_URL.substring(0, STANDBY_URL.lastIndexOf('/') + 1) + "postgres";

    @DynamicPropertySource
    static void readFromTheStandby(DynamicPropertyRegistry properties) {
        properties.add("stocktrace.read-replicas.url", () -> STANDBY_URL
                + (STANDBY_URL.contains("?") ? "&" : "?") + "targetServerType=preferSecondary&loadBalanceHosts=true");
        // the standby is held behind on purpose: only the client's own writes must send it to the primary
        properties.add("stocktrace.read-replicas.max-lag", () -> "1h");
        properties.add("stocktrace.read-replicas.retry-after", () -> "1s");
    }

    @BeforeAll
    static void aStandbyStreams() throws Exception {
        Standby.ensure();
        onStandby("SELECT true FROM (SELECT pg_wal_replay_resume()) resumed"); // an earlier run cut short may have paused it
        // the test database was just made anew on the primary: the standby must have it before the application reads
        String now;
        try (Connection c = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
             var st = c.createStatement(); var rs = st.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            now = rs.getString(1);
        }
        awaitReplayed(now);
    }

    private static void awaitReplayed(String lsn) {
        eventually("the standby replayed " + lsn, () -> onStandby("SELECT pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn"));
    }

    @Override
    protected void whileTheStandbyIsBehind(Runnable work) {
        // first caught up, so that what it serves meanwhile is this test's start, not an earlier test's rows
        awaitReplayed(jdbc.sql("SELECT pg_current_wal_lsn()::text").query(String.class).single());
        onStandby("SELECT true FROM (SELECT pg_wal_replay_pause()) paused");
        try {
            work.run();
        } finally {
            onStandby("SELECT true FROM (SELECT pg_wal_replay_resume()) resumed");
        }
    }

    @Test
    void a_client_reads_its_write_on_the_primary_while_another_reads_the_standby_that_has_not_replayed_it() {
        long flour = given.product("FLOUR", "lot");
        var other = userWithRole("viewer");
        whileTheStandbyIsBehind(() -> {
            double behind = reads("primary", "behind-client");
            double caughtUp = reads("replica", "caught-up");
            given.receivedLot(flour, "F-1", 50);
            assertThat(admin.get("/api/v1/lots?productId=" + flour).json().path("total").asLong()).isEqualTo(1);
            assertThat(reads("primary", "behind-client")).isGreaterThan(behind);
            // the viewer wrote nothing: the standby (within max-lag) serves it what it has replayed so far
            assertThat(other.get("/api/v1/lots?productId=" + flour).json().path("total").asLong()).isZero();
            assertThat(reads("replica", "caught-up")).isGreaterThan(caughtUp);
        });
    }

    @Test
    void reads_land_on_the_standby_once_it_has_replayed_the_clients_write() {
        long flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 50);
        long lot = given.lotId(flour, "F-1");
        eventually("a trace runs on the standby", () -> {
            double before = reads("replica", "caught-up");
            var trace = admin.get("/api/v1/lots/" + lot + "/trace?direction=both");
            assertThat(trace.status()).as(trace.body()).isEqualTo(200);
            assertThat(trace.json().path("operations")).hasSize(1);
            return reads("replica", "caught-up") > before;
        });
        assertThat(meters.find("stocktrace.read.replica.lag").gauge()).isNotNull();
        // and the standby itself holds the application's read connections to this database
        assertThat(onStandby("SELECT count(*) > 0 FROM pg_stat_activity"
                + " WHERE application_name = 'stocktrace-replica-reads' AND datname = '" + DATABASE + "'")).isTrue();
    }

    @Test
    void a_stopped_standby_sends_reads_to_the_primary_with_no_error_to_the_client() throws Exception {
        long flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 50);
        long lot = given.lotId(flour, "F-1");
        Standby.stop();
        try {
            double down = reads("primary", "down");
            for (int i = 0; i < 3; i++) {
                var trace = admin.get("/api/v1/lots/" + lot + "/trace?direction=both");
                assertThat(trace.status()).as(trace.body()).isEqualTo(200);
                assertThat(trace.json().path("operations")).hasSize(1);
            }
            assertThat(reads("primary", "down")).isGreaterThanOrEqualTo(down + 3);
        } finally {
            Standby.ensure();
        }
    }

    private static boolean onStandby(String sql) {
        try (Connection c = DriverManager.getConnection(STANDBY_SERVER, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
             var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on the standby: " + e.getMessage(), e);
        }
    }

    private static void eventually(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting until " + what).isBefore(deadline);
        }
    }
}
