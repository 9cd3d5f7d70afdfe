package io.stocktrace.lot;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LotSequenceRepository {
    private final JdbcClient jdbc;

    LotSequenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the product's row if it has none yet, so that a lock has a row to hold: two requests taking a product's
     * first names at once (on one node or two) otherwise both found no row, both started from the default, and handed
     * out the same names. A concurrent insert of the same row waits for the other and then does nothing.
     */
    void createIfMissing(long productId, LotSequence sequence) {
        jdbc.sql("""
                        INSERT INTO lot_sequences (product_id, prefix, padding, next_number)
                        VALUES (:product, :prefix, :padding, :next)
                        ON CONFLICT DO NOTHING
                        """)
                .param("prefix", sequence.prefix())
                .param("padding", sequence.padding())
                .param("next", sequence.nextNumber())
                .param("product", productId)
                .update();
    }

    /** The product's own sequence; with {@code lock}, held until the transaction ends (taking names). */
    Optional<LotSequence> find(long productId, boolean lock) {
        return jdbc.sql("SELECT prefix, padding, next_number FROM lot_sequences WHERE product_id = :product"
                        + (lock ? " FOR UPDATE" : ""))
                .param("product", productId)
                .query((rs, n) -> new LotSequence(rs.getString("prefix"), rs.getInt("padding"), rs.getLong("next_number")))
                .optional();
    }

    void save(long productId, LotSequence sequence) {
        int updated = jdbc.sql("""
                        UPDATE lot_sequences SET prefix = :prefix, padding = :padding, next_number = :next
                        WHERE product_id = :product
                        """)
                .param("prefix", sequence.prefix())
                .param("padding", sequence.padding())
                .param("next", sequence.nextNumber())
                .param("product", productId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO lot_sequences (product_id, prefix, padding, next_number)
                            VALUES (:product, :prefix, :padding, :next)
                            """)
                    .param("prefix", sequence.prefix())
                    .param("padding", sequence.padding())
                    .param("next", sequence.nextNumber())
                    .param("product", productId)
                    .update();
        }
    }

    /** Moves the next number forward to {@code next}, never back (two receipts may race). */
    void advanceTo(long productId, long next) {
        jdbc.sql("UPDATE lot_sequences SET next_number = :next WHERE product_id = :product AND next_number < :next")
                .param("next", next)
                .param("product", productId)
                .update();
    }
}
