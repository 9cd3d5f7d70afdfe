package io.stocktrace.gs1;

import java.util.List;

/** Writes elements as bracketed AI data or as an unbracketed element string. */
final class ElementStrings {

    private ElementStrings() {
    }

    static String bracketed(List<Gs1Element> elements) {
        StringBuilder out = new StringBuilder(64);
        for (Gs1Element element : elements) {
            out.append('(').append(element.ai()).append(')');
            String value = element.value();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '(') {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Elements joined with {@code fnc1} after each variable-length AI that is not last, optionally starting with
     * FNC1 in first position.
     */
    static String unbracketed(List<Gs1Element> elements, Gs1Dictionary dictionary, char fnc1, boolean leadingFnc1) {
        StringBuilder out = new StringBuilder(64);
        if (leadingFnc1) {
            out.append(fnc1);
        }
        for (int i = 0; i < elements.size(); i++) {
            Gs1Element element = elements.get(i);
            out.append(element.ai()).append(element.value());
            if (i < elements.size() - 1 && needsSeparator(element.ai(), dictionary)) {
                out.append(fnc1);
            }
        }
        return out.toString();
    }

    static boolean needsSeparator(String ai, Gs1Dictionary dictionary) {
        AiDefinition definition = dictionary.find(ai);
        if (definition == null) {
            definition = dictionary.vivify(ai);
        }
        return definition == null || definition.fnc1Required();
    }
}
