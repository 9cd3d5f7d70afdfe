package io.stocktrace.gs1;

import java.util.List;

/** Checks one element's value against its dictionary components: lengths, character sets and linters. */
final class ElementValidator {

    private ElementValidator() {
    }

    /** Length and FNC1-character check that parsers run before the component linters. */
    static void checkLength(AiDefinition definition, String ai, String value, int valuePosition) {
        if (value.isEmpty()) {
            throw Gs1SyntaxException.forAi(ai, valuePosition, "the data is empty");
        }
        int min = definition.minLength();
        int max = definition.maxLength();
        if (value.length() < min) {
            throw Gs1SyntaxException.forAi(ai, valuePosition, "the data is too short: " + value.length()
                    + " characters where at least " + min + " are required");
        }
        if (value.length() > max) {
            throw Gs1SyntaxException.forAi(ai, valuePosition, "the data is too long: " + value.length()
                    + " characters where at most " + max + " are allowed");
        }
        int caret = value.indexOf('^');
        if (caret >= 0) {
            throw Gs1SyntaxException.forAi(ai, valuePosition + caret,
                    "the data contains '^', which cannot be told apart from an FNC1 separator");
        }
    }

    static void validate(ParsedElement element, int currentYear) {
        String value = element.value();
        String ai = element.ai();
        checkLength(element.definition(), ai, value, element.valuePosition());
        List<AiComponent> components = element.definition().components();
        int consumed = 0;
        for (AiComponent component : components) {
            int length = Math.min(component.maxLength(), value.length() - consumed);
            if (component.optional() && length == 0) {
                continue;
            }
            if (length < component.minLength()) {
                throw Gs1SyntaxException.forAi(ai, element.valuePosition() + consumed,
                        "the data is too short for its " + describe(component) + " component");
            }
            String part = length == value.length() ? value : value.substring(consumed, consumed + length);
            LintFailure failure = component.lint(part, currentYear);
            if (failure != null) {
                throw Gs1SyntaxException.forAi(ai, element.valuePosition() + consumed + failure.offset(),
                        failure.error().reason() + " in '" + value + "'");
            }
            consumed += length;
        }
        if (consumed < value.length()) {
            throw Gs1SyntaxException.forAi(ai, element.valuePosition() + consumed, "the data is too long");
        }
    }

    private static String describe(AiComponent component) {
        String length = component.minLength() == component.maxLength()
                ? String.valueOf(component.maxLength()) : ".." + component.maxLength();
        return component.characterSet() + length;
    }
}
