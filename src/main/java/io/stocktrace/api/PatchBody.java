package io.stocktrace.api;

import io.stocktrace.problem.Validation;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/** Reads a JSON merge-patch body field by field, telling "left out" from "sent as null". */
public final class PatchBody {
    private final JsonNode node;
    private final Validation validation = new Validation();

    public PatchBody(JsonNode node) {
        if (node == null || !node.isObject()) {
            new Validation().add("body", "must be a JSON object").throwIfAny();
        }
        this.node = node;
    }

    public Change<String> text(String field) {
        if (!node.has(field)) {
            return Change.unchanged();
        }
        JsonNode value = node.get(field);
        if (value.isNull()) {
            return Change.to(null);
        }
        if (!value.isString()) {
            validation.add(field, "must be a string");
            return Change.unchanged();
        }
        return Change.to(value.asString());
    }

    public Change<Integer> integer(String field) {
        if (!node.has(field)) {
            return Change.unchanged();
        }
        JsonNode value = node.get(field);
        if (value.isNull()) {
            return Change.to(null);
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            validation.add(field, "must be a whole number");
            return Change.unchanged();
        }
        return Change.to(value.asInt());
    }

    public Change<Boolean> bool(String field) {
        if (!node.has(field)) {
            return Change.unchanged();
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            validation.add(field, "must be true or false");
            return Change.unchanged();
        }
        return Change.to(value.asBoolean());
    }

    public Change<LocalDate> date(String field) {
        Change<String> text = text(field);
        if (!text.present() || text.value() == null) {
            return text.present() ? Change.to(null) : Change.unchanged();
        }
        var date = DateRange.parse(text.value());
        if (date.isEmpty()) {
            validation.add(field, DateRange.RULE);
            return Change.unchanged();
        }
        return Change.to(date.get());
    }

    public JsonNode object(String field) {
        return node.get(field);
    }

    /** Throws validation-failed listing every field that could not be read. */
    public void done() {
        validation.throwIfAny();
    }
}
