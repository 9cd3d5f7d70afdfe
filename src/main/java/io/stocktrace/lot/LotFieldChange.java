package io.stocktrace.lot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a lot that an edit changed, with its value before and after as text: what a {@code change} event of
 * the lot's history records. Fields are named as the API names them.
 */
public record LotFieldChange(long lotId, String field, String oldValue, String newValue) {
    private record Field(String name, Function<Lot, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("ref", Lot::ref),
            new Field("note", Lot::note),
            new Field("expirationDate", l -> l.dates().expirationDate()),
            new Field("bestBeforeDate", l -> l.dates().bestBeforeDate()),
            new Field("removalDate", l -> l.dates().removalDate()),
            new Field("alertDate", l -> l.dates().alertDate()));

    /** Every recorded field whose value differs between the lot before and after, in a fixed order. */
    public static List<LotFieldChange> between(Lot before, Lot after) {
        List<LotFieldChange> changes = new ArrayList<>();
        for (Field f : FIELDS) {
            String old = text(f.value().apply(before));
            String now = text(f.value().apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new LotFieldChange(before.id(), f.name(), old, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
