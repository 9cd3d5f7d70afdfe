package io.stocktrace.manufacturing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which consumed lot went into which produced lot, and how much. A component consumed for one serial goes to that
 * serial only; any other is shared among the produced lots in proportion to their quantities, to 4 decimals, the
 * parts adding up exactly to the whole (largest remainder). Odoo links every component to every unit; we do not.
 */
public final class GenealogySplit {
    /** A quantity of a lot consumed; {@code forLotId} is the produced serial it was consumed for, or null. */
    public record Consumed(long lotId, BigDecimal quantity, Long forLotId) {
    }

    /** A quantity of a lot produced. */
    public record Produced(long lotId, BigDecimal quantity) {
    }

    /** How much of a consumed lot went into a produced lot. */
    public record Link(long consumedLotId, long producedLotId, BigDecimal quantity) {
    }

    private static final int SCALE = 4;
    private static final BigDecimal UNIT = BigDecimal.ONE.movePointLeft(SCALE);

    private GenealogySplit() {
    }

    /** The links, one per consumed and produced pair, in the order first seen; parts that round to 0 are left out. */
    public static List<Link> links(List<Consumed> consumed, List<Produced> produced) {
        Map<List<Long>, BigDecimal> sums = new LinkedHashMap<>();
        List<BigDecimal> weights = produced.stream().map(Produced::quantity).toList();
        for (Consumed c : consumed) {
            if (c.forLotId() != null) {
                sums.merge(List.of(c.lotId(), c.forLotId()), c.quantity(), BigDecimal::add);
                continue;
            }
            List<BigDecimal> parts = shares(c.quantity(), weights);
            for (int i = 0; i < parts.size(); i++) {
                sums.merge(List.of(c.lotId(), produced.get(i).lotId()), parts.get(i), BigDecimal::add);
            }
        }
        List<Link> links = new ArrayList<>();
        sums.forEach((pair, q) -> {
            if (q.signum() > 0) {
                links.add(new Link(pair.get(0), pair.get(1), q.setScale(SCALE, RoundingMode.UNNECESSARY)));
            }
        });
        return links;
    }

    /**
     * The whole (at most 4 decimals) in parts proportional to the weights, each to 4 decimals, summing exactly to
     * the whole: every part is rounded down, and the units left over go to the largest remainders, first ones first.
     */
    public static List<BigDecimal> shares(BigDecimal whole, List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            return List.of();
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("weights must add up to more than 0");
        }
        BigDecimal exactWhole = whole.setScale(SCALE, RoundingMode.UNNECESSARY);
        List<BigDecimal> parts = new ArrayList<>(weights.size());
        List<BigDecimal> remainders = new ArrayList<>(weights.size());
        BigDecimal assigned = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal exact = exactWhole.multiply(w).divide(total, MathContext.DECIMAL128);
            BigDecimal floor = exact.setScale(SCALE, RoundingMode.FLOOR);
            parts.add(floor);
            remainders.add(exact.subtract(floor));
            assigned = assigned.add(floor);
        }
        int left = exactWhole.subtract(assigned).divide(UNIT).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            int i = order.get(k % order.size());
            parts.set(i, parts.get(i).add(UNIT));
        }
        return parts;
    }
}
