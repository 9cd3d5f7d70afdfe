package io.stocktrace.gs1;

import java.util.List;

/**
 * What the syntax dictionary says about one AI: its data components, whether an FNC1 separator must follow it,
 * whether it may be a Digital Link query attribute, its req/ex association rules and its Digital Link key role.
 *
 * @param requires each entry is one {@code req=} attribute: a list of alternatives, each a list of AI patterns
 *                 that must all be present ({@code 01+21}); every {@code req=} must be satisfied
 * @param excludes AI patterns ({@code 394n}) that must not appear together with this AI
 * @param keyQualifierSequences for a Digital Link primary key, the alternative ordered qualifier lists
 *                              (empty inner list when the key takes no qualifiers); empty when not a key
 */
record AiDefinition(String ai, String title, boolean fnc1Required, boolean digitalLinkAttribute,
                    List<AiComponent> components, List<List<List<String>>> requires, List<String> excludes,
                    List<List<String>> keyQualifierSequences, boolean known) {

    boolean isPrimaryKey() {
        return !keyQualifierSequences.isEmpty();
    }

    int minLength() {
        int min = 0;
        for (AiComponent component : components) {
            min += component.optional() ? 0 : component.minLength();
        }
        return min;
    }

    int maxLength() {
        int max = 0;
        for (AiComponent component : components) {
            max += component.maxLength();
        }
        return max;
    }

    /** Length of the mandatory part: data longer than this carries the optional trailing components. */
    int mandatoryMaxLength() {
        int max = 0;
        for (AiComponent component : components) {
            if (!component.optional()) {
                max += component.maxLength();
            }
        }
        return max;
    }

    static AiDefinition unknown(String ai, int fixedLength) {
        boolean fixed = fixedLength > 0;
        AiComponent data = new AiComponent(CharacterSet.X, fixed ? fixedLength : 1, fixed ? fixedLength : 90,
                false, List.of(), List.of());
        return new AiDefinition(ai, "UNKNOWN", !fixed, false, List.of(data), List.of(), List.of(), List.of(),
                false);
    }
}
