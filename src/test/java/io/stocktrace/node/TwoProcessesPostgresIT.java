package io.stocktrace.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ChildServer;
import io.stocktrace.support.PageSession;
import io.stocktrace.support.PostgresAvailable;
import io.stocktrace.support.ScratchDatabase;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.1 with real processes: two packaged jars started at once on one empty PostgreSQL database, as a first
 * deployment of two nodes does. Both migrate (one waits for the other's Flyway lock), the first admin is made once,
 * and a login through one process serves pages from the other. PostgreSQL only: two processes cannot share an
 * embedded H2 file.
 */
@ExtendWith(PostgresAvailable.class)
class TwoProcessesPostgresIT {
    private final ScratchDatabase database = new ScratchDatabase("faults_two_processes");

    @TempDir
    Path dataDirs;

    @Test
    void two_nodes_started_at_once_on_an_empty_database_make_one_admin_and_share_its_login() throws Exception {
        database.create();
        CompletableFuture<ChildServer> startA = CompletableFuture.supplyAsync(() -> start("a"));
        CompletableFuture<ChildServer> startB = CompletableFuture.supplyAsync(() -> start("b"));
        try (RoundRobinProxy proxy = RoundRobinProxy.start(startA.join().port(), startB.join().port())) {
            ChildServer a = startA.join();
            ChildServer b = startB.join();

            var users = b.admin().get("/api/v1/users");
            assertThat(users.status()).as(users.body()).isEqualTo(200);
            assertThat(users.at("/total").asInt()).as("admins made by two first starts").isEqualTo(1);
            // the login page from node A, the form posted to node B, the home page from node A
            PageSession page = PageSession.logIn(proxy.port(), "admin", ChildServer.ADMIN_PASSWORD);
            for (int i = 0; i < 2; i++) {
                assertThat(page.get("/lots").statusCode()).as("a page from each node").isEqualTo(200);
            }
            assertThat(proxy.served()).containsExactly(3, 2);
            assertThat(a.output()).doesNotContain("ERROR");
            assertThat(b.output()).doesNotContain("ERROR");
        } finally {
            stop(startA);
            stop(startB);
            database.drop();
        }
    }

    private ChildServer start(String node) {
        try {
            return ChildServer.start(dataDirs.resolve(node), "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + PostgresAvailable.USER,
                    "--spring.datasource.password=" + PostgresAvailable.PASSWORD);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private static void stop(CompletableFuture<ChildServer> started) throws InterruptedException {
        try {
            started.join().close();
        } catch (CompletionException failedToStart) {
            // nothing to stop; the failure is the test's
        }
    }
}
