package io.stocktrace.manufacturing;

import java.math.BigDecimal;
import java.util.List;

/** A manufacturing order as a client asks for it; every field is checked by {@link ManufacturingDrafts}. */
public record ManufacturingOrderRequest(Long productId, BigDecimal quantity, String lot, List<String> serials,
                                        List<Component> components, Boolean validate, Boolean allowExpired) {

    /** A component to consume: a product and quantity, its lot when named, the produced serial it goes into. */
    public record Component(Long productId, BigDecimal quantity, String lot, String forSerial) {
    }
}
