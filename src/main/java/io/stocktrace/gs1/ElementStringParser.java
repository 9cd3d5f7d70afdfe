package io.stocktrace.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses unbracketed element strings that start with FNC1. In the engine's text form FNC1 is shown as '^'; in
 * scan data it is transmitted as GS (0x1D). Pre-defined length AIs need no separator after them.
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
            int separator = nextSeparator(input, valueStart, caretSeparates);
            int valueEnd = definition.fnc1Required()
                    ? separator : Math.min(separator, valueStart + definition.maxLength());
            String value = input.substring(valueStart, valueEnd);
            ElementValidator.checkLength(definition, ai, value, valueStart);
            elements.add(ParsedElement.attribute(definition, ai, value, p, valueStart));
            p = valueEnd;
            if (p < length && isSeparator(input.charAt(p), caretSeparates)) {
                p++;
            }
        }
        return elements;
    }

    private static int nextSeparator(String input, int from, boolean caretSeparates) {
        for (int i = from; i < input.length(); i++) {
            if (isSeparator(input.charAt(i), caretSeparates)) {
                return i;
            }
        }
        return input.length();
    }

    private static boolean isSeparator(char c, boolean caretSeparates) {
        return c == GS || caretSeparates && c == '^';
    }
}
