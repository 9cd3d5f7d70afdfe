package io.stocktrace.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@OnH2
@TestPropertySource(properties = "stocktrace.read-replicas.url=jdbc:postgresql://127.0.0.1:1/nowhere?targetServerType=preferSecondary")
class ReadReplicasH2IT extends ReadReplicaTests {

    @Test
    void on_h2_the_replicas_setting_is_ignored_and_every_read_stays_on_the_primary() {
        long flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 5);
        assertThat(admin.get("/api/v1/lots?productId=" + flour).json().path("total").asLong()).isEqualTo(1);
        assertThat(dataSource).isNotInstanceOf(RoutedDataSource.class);
        assertThat(meters.find("stocktrace.reads").counters()).isEmpty();
    }
}
