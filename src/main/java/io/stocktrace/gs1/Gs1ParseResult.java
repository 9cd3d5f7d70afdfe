package io.stocktrace.gs1;

import java.util.Optional;

/** Outcome of {@link Gs1SyntaxEngine#tryParse(String)}: valid data or the reason it was rejected. */
public sealed interface Gs1ParseResult {

    record Valid(Gs1Data data) implements Gs1ParseResult {
    }

    record Invalid(String message, Optional<String> ai, int position) implements Gs1ParseResult {

        static Invalid of(Gs1SyntaxException error) {
            return new Invalid(error.getMessage(), error.ai(), error.position());
        }
    }

    default boolean isValid() {
        return this instanceof Valid;
    }
}
