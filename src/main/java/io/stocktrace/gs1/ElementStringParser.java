package io.stocktrace.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses unbracketed element strings that start with FNC1. In the engine's text form FNC1 is shown as '^'; in
 * scan data it is transmitted as GS (0x1D). Pre-defined length AIs need no separator after them.
 * <p>
 * Linear in the input: a value is looked for a separator only as far as its AI's longest value allows, and parsing
 * stops at the first AI beyond {@link Gs1SyntaxEngine#MAX_AIS}, so no character is read more than twice.
 */
final class ElementStringParser {

    static final char GS = '\u001D';

    private ElementStringParser() {
    }

    /** {@code ^0109520123456788^10ABC}: '^' and GS both separate; the first character must be FNC1. */
    static List<ParsedElement> parse(String input, AiResolver resolver) {
        if (input.isEmpty() || !isSeparator(input.charAt(0), true)) {
            throw Gs1SyntaxException.at(0, "an element string must start with FNC1, written '^' or GS");
        }
        return parseAfterFnc1(input, 1, resolver, true);
    }

    /** Data from scan data after the symbology identifier, where only GS separates and '^' is plain data. */
    static List<ParsedElement> parseAfterFnc1(String input, int start, AiResolver resolver, boolean caretSeparates) {
        if (start >= input.length()) {
            throw Gs1SyntaxException.at(start, "there is no AI data after FNC1");
        }
        List<ParsedElement> elements = new ArrayList<>();
        int p = start;
        int length = input.length();
        while (p < length) {
            AiDefinition definition = resolver.resolveAt(input, p);
            if (definition == null) {
                throw Gs1SyntaxException.at(p, "no known AI starts with '"
                        + Text.printable(input.substring(p, Math.min(length, p + 4))) + "'");
            }
            String ai = definition.ai();
            int valueStart = p + ai.length();
            int separator = nextSeparator(input, valueStart, valueStart + definition.maxLength() + 1, caretSeparates);
            int valueEnd = definition.fnc1Required()
                    ? separator : Math.min(separator, valueStart + definition.maxLength());
            if (valueEnd - valueStart > definition.maxLength()) {
                throw Gs1SyntaxException.forAi(ai, valueStart, "the data is too long: more than the "
                        + definition.maxLength() + " characters allowed");
            }
            String value = input.substring(valueStart, valueEnd);
            ElementValidator.checkLength(definition, ai, value, valueStart);
            Gs1SyntaxEngine.add(elements, ParsedElement.attribute(definition, ai, value, p, valueStart));
            p = valueEnd;
            if (p < length && isSeparator(input.charAt(p), caretSeparates)) {
                p++;
            }
        }
        return elements;
    }

    /**
     * The first separator in {@code [from, until)}, else {@code until} (or the end of the input): a value one
     * character longer than its AI allows is already too long, whatever follows it.
     */
    private static int nextSeparator(String input, int from, int until, boolean caretSeparates) {
        int end = Math.min(until, input.length());
        for (int i = from; i < end; i++) {
            if (isSeparator(input.charAt(i), caretSeparates)) {
                return i;
            }
        }
        return end;
    }

    private static boolean isSeparator(char c, boolean caretSeparates) {
        return c == GS || caretSeparates && c == '^';
    }
}
