package io.stocktrace.gs1;

/**
 * An element as found in the input, with where it was found so that errors can point at it.
 *
 * @param position      offset of the AI in the input
 * @param valuePosition offset of the value in the input
 * @param pathOrder     position in a Digital Link path (0 = primary key), or {@link #ATTRIBUTE}
 */
record ParsedElement(AiDefinition definition, String ai, String value, int position, int valuePosition,
                     int pathOrder) {

    static final int ATTRIBUTE = -1;

    static ParsedElement attribute(AiDefinition definition, String ai, String value, int position, int valuePosition) {
        return new ParsedElement(definition, ai, value, position, valuePosition, ATTRIBUTE);
    }

    boolean inPath() {
        return pathOrder != ATTRIBUTE;
    }
}
