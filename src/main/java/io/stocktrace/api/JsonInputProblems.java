package io.stocktrace.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/** What a value must be, in words and without Java's type names, from the type it could not be read as. */
final class JsonInputProblems {
    private JsonInputProblems() {
    }

    /** The body is not JSON at all (cut short, a stray character), wherever the parser stopped. */
    static boolean isSyntax(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException) {
                return false;
            }
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException m && m.getTargetType() != null) {
                return mustBe(m.getTargetType());
            }
        }
        return "has a value of the wrong type";
    }

    static String mustBe(Class<?> type) {
        if (type == LocalDate.class) {
            return DateRange.RULE;
        }
        if (type == BigDecimal.class || type == BigInteger.class || type == Double.class || type == double.class) {
            return "must be a number";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type.isEnum()) {
            return "is not one of the accepted values";
        }
        return "must be a JSON object of the expected shape";
    }
}
