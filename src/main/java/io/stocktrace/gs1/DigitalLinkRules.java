package io.stocktrace.gs1;

import java.util.List;

/**
 * Digital Link rules beyond the AI syntax: the path is the primary key followed by its qualifiers in order,
 * no AI is given twice, and the query carries only AIs permitted as data attributes that are not qualifiers
 * belonging in the path.
 */
final class DigitalLinkRules {

    private DigitalLinkRules() {
    }

    static void check(List<ParsedElement> elements, Gs1Options options) {
        ParsedElement key = elements.get(0);
        List<String> pathQualifiers = elements.stream().filter(e -> e.pathOrder() > 0).map(ParsedElement::ai).toList();
        if (!isValidQualifierPath(key.definition(), pathQualifiers)) {
            throw Gs1SyntaxException.forAi(key.ai(), key.position(), "the AIs after it in the path, "
                    + pathQualifiers + ", are not a valid key-qualifier sequence for this key");
        }
        for (int i = 0; i < elements.size(); i++) {
            ParsedElement element = elements.get(i);
            for (int j = 0; j < i; j++) {
                if (elements.get(j).ai().equals(element.ai())) {
                    throw Gs1SyntaxException.forAi(element.ai(), element.position(),
                            "the AI is given more than once in the URI");
                }
            }
            if (!element.inPath()) {
                checkAttribute(element, key, pathQualifiers, options);
            }
        }
    }

    private static void checkAttribute(ParsedElement element, ParsedElement key, List<String> pathQualifiers,
                                       Gs1Options options) {
        if (!isPermittedAttribute(element.definition(), options)) {
            throw Gs1SyntaxException.forAi(element.ai(), element.position(),
                    "the AI is not permitted as a Digital Link query attribute");
        }
        for (List<String> sequence : key.definition().keyQualifierSequences()) {
            if (sequence.contains(element.ai()) && isOrderedSubsequence(pathQualifiers, sequence)) {
                throw Gs1SyntaxException.forAi(element.ai(), element.position(), "it qualifies the key AI ("
                        + key.ai() + ") and must be given in the URI path, not in the query string");
            }
        }
    }

    static boolean isPermittedAttribute(AiDefinition definition, Gs1Options options) {
        return definition.known() ? definition.digitalLinkAttribute() : options.unknownAisAsDigitalLinkAttributes();
    }

    static boolean isValidQualifierPath(AiDefinition key, List<String> qualifiers) {
        for (List<String> sequence : key.keyQualifierSequences()) {
            if (isOrderedSubsequence(qualifiers, sequence)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrderedSubsequence(List<String> candidate, List<String> sequence) {
        int at = 0;
        for (String ai : candidate) {
            int found = sequence.subList(at, sequence.size()).indexOf(ai);
            if (found < 0) {
                return false;
            }
            at += found + 1;
        }
        return true;
    }
}
