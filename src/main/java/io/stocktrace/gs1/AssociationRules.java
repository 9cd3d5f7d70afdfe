package io.stocktrace.gs1;

import java.util.List;

/**
 * Rules between AIs of one message: repeated AIs carry the same value, {@code ex=} pairs never appear together,
 * every {@code req=} is satisfied, and a digital signature (8030) only signs serialised keys.
 */
final class AssociationRules {

    private static final String DIGITAL_SIGNATURE = "8030";

    private AssociationRules() {
    }

    static void validate(List<ParsedElement> elements) {
        checkRepeats(elements);
        for (ParsedElement element : elements) {
            checkExclusions(element, elements);
            checkRequisites(element, elements);
        }
        checkDigitalSignatureKeys(elements);
    }

    private static void checkRepeats(List<ParsedElement> elements) {
        for (int i = 0; i < elements.size(); i++) {
            ParsedElement first = elements.get(i);
            for (int j = i + 1; j < elements.size(); j++) {
                ParsedElement other = elements.get(j);
                if (first.ai().equals(other.ai()) && !first.value().equals(other.value())) {
                    throw Gs1SyntaxException.forAi(other.ai(), other.position(),
                            "the AI appears more than once with different values");
                }
            }
        }
    }

    private static void checkExclusions(ParsedElement element, List<ParsedElement> elements) {
        for (String pattern : element.definition().excludes()) {
            ParsedElement clash = findOther(pattern, element.ai(), elements);
            if (clash != null) {
                throw Gs1SyntaxException.forAi(element.ai(), element.position(),
                        "it must not be used together with AI (" + clash.ai() + ")");
            }
        }
    }

    private static void checkRequisites(ParsedElement element, List<ParsedElement> elements) {
        for (List<List<String>> alternatives : element.definition().requires()) {
            if (!anySatisfied(alternatives, element.ai(), elements)) {
                throw Gs1SyntaxException.forAi(element.ai(), element.position(),
                        "it requires " + describe(alternatives) + " in the same message");
            }
        }
    }

    private static boolean anySatisfied(List<List<String>> alternatives, String self, List<ParsedElement> elements) {
        for (List<String> allOf : alternatives) {
            boolean satisfied = true;
            for (String pattern : allOf) {
                satisfied &= findOther(pattern, self, elements) != null;
            }
            if (satisfied) {
                return true;
            }
        }
        return false;
    }

    // A signed key must include its optional serial component, e.g. GDTI (253) with its serial.
    private static void checkDigitalSignatureKeys(List<ParsedElement> elements) {
        ParsedElement signature = findOther(DIGITAL_SIGNATURE, "", elements);
        if (signature == null) {
            return;
        }
        for (List<String> allOf : signature.definition().requires().stream().flatMap(List::stream).toList()) {
            for (String keyAi : allOf) {
                ParsedElement key = findOther(keyAi, DIGITAL_SIGNATURE, elements);
                if (key != null && key.definition().mandatoryMaxLength() < key.definition().maxLength()
                        && key.value().length() <= key.definition().mandatoryMaxLength()) {
                    throw Gs1SyntaxException.forAi(key.ai(), key.position(),
                            "a digitally signed key must carry its serial component");
                }
            }
        }
    }

    /** The first element other than {@code self} whose AI matches the pattern ('n' stands for any digit). */
    private static ParsedElement findOther(String pattern, String self, List<ParsedElement> elements) {
        for (ParsedElement candidate : elements) {
            String ai = candidate.ai();
            if (!ai.equals(self) && matches(pattern, ai)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean matches(String pattern, String ai) {
        if (pattern.length() != ai.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != 'n' && p != ai.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<List<String>> alternatives) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < alternatives.size(); i++) {
            list.append(i == 0 ? "" : i == alternatives.size() - 1 ? " or " : ", ");
            list.append(String.join(" with ", alternatives.get(i).stream().map(ai -> "(" + ai + ")").toList()));
        }
        return (alternatives.size() > 1 ? "one of AIs " : "AI ") + list;
    }
}
