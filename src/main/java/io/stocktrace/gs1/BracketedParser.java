package io.stocktrace.gs1;

import java.util.ArrayList;
import java.util.List;

/** Parses human-readable bracketed AI data: {@code (01)09520123456788(10)ABC\(1)}, where {@code \(} is a data bracket. */
final class BracketedParser {

    private BracketedParser() {
    }

    static List<ParsedElement> parse(String input, AiResolver resolver) {
        if (input.isEmpty()) {
            throw Gs1SyntaxException.at(0, "the bracketed AI data is empty");
        }
        List<ParsedElement> elements = new ArrayList<>();
        int p = 0;
        int length = input.length();
        while (p < length) {
            if (input.charAt(p) != '(') {
                throw Gs1SyntaxException.at(p, "an AI in brackets, such as (01), was expected");
            }
            int close = input.indexOf(')', p + 1);
            if (close < 0) {
                throw Gs1SyntaxException.at(p, "the AI is not closed by ')'");
            }
            String ai = input.substring(p + 1, close);
            AiDefinition definition = resolver.resolve(ai);
            if (definition == null) {
                throw Gs1SyntaxException.at(p + 1, "(" + Text.printable(ai) + ") is not a known AI");
            }
            int valueStart = close + 1;
            StringBuilder value = new StringBuilder();
            int next = readValue(input, valueStart, value);
            String text = value.toString();
            ElementValidator.checkLength(definition, ai, text, valueStart);
            Gs1SyntaxEngine.add(elements, ParsedElement.attribute(definition, ai, text, p + 1, valueStart));
            p = next;
        }
        return elements;
    }

    /** Appends the value that starts at {@code from} and returns the index of the next unescaped '(' or the end. */
    private static int readValue(String input, int from, StringBuilder value) {
        int r = from;
        while (true) {
            int open = input.indexOf('(', r);
            if (open < 0) {
                value.append(input, r, input.length());
                return input.length();
            }
            if (input.charAt(open - 1) == '\\' && open - 1 >= r) {
                value.append(input, r, open - 1).append('(');
                r = open + 1;
            } else {
                value.append(input, r, open);
                return open;
            }
        }
    }
}
