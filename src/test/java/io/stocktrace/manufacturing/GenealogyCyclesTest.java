package io.stocktrace.manufacturing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.manufacturing.GenealogyCycles.ComponentLot;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenealogyCyclesTest {
    @Test
    void refuses_to_consume_the_lot_being_produced() {
        assertThatThrownBy(() -> GenealogyCycles.refuse(List.of(new ComponentLot("components[0].lot", 7, "lot 'A'")),
                Set.of(7L), Map.of(7L, "A")))
                .isInstanceOfSatisfying(StocktraceException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    org.assertj.core.api.Assertions.assertThat(e.errors()).extracting(FieldProblem::field)
                            .containsExactly("components[0].lot");
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("cannot consume itself");
                });
    }

    @Test
    void refuses_to_consume_a_lot_made_from_the_lot_being_produced() {
        assertThatThrownBy(() -> GenealogyCycles.refuse(List.of(new ComponentLot("components[0].lot", 1, "lot 'OK'"),
                        new ComponentLot("components[1].lot", 9, "lot 'GRANDCHILD'")), Set.of(7L, 8L, 9L), Map.of(7L, "A")))
                .isInstanceOfSatisfying(StocktraceException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.errors()).extracting(FieldProblem::field)
                            .containsExactly("components[1].lot");
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("own ancestor");
                });
    }

    @Test
    void accepts_components_outside_the_produced_lots_descendants() {
        assertThatCode(() -> GenealogyCycles.refuse(List.of(new ComponentLot("components[0].lot", 1, "lot 'X'")),
                Set.of(7L, 8L), Map.of(7L, "A"))).doesNotThrowAnyException();
    }
}
