package io.stocktrace.gs1;

/** Finds the definition of an AI in the dictionary, vivifying unlisted AIs when the options permit them. */
final class AiResolver {

    private final Gs1Dictionary dictionary;
    private final boolean permitUnknownAis;

    AiResolver(Gs1Dictionary dictionary, boolean permitUnknownAis) {
        this.dictionary = dictionary;
        this.permitUnknownAis = permitUnknownAis;
    }

    /** The definition for an AI whose extent is known (bracketed data, Digital Link), or null. */
    AiDefinition resolve(String ai) {
        AiDefinition definition = dictionary.find(ai);
        if (definition == null && permitUnknownAis) {
            definition = dictionary.vivify(ai);
        }
        return definition;
    }

    /**
     * The definition of the AI at {@code start} of an unbracketed element string, or null. An unlisted AI is only
     * accepted when its first two digits tell its length, since nothing else separates it from its value.
     */
    AiDefinition resolveAt(String s, int start) {
        AiDefinition definition = dictionary.findAtStart(s, start);
        if (definition == null && permitUnknownAis) {
            int length = dictionary.aiLengthAt(s, start);
            if (length != 0 && start + length <= s.length()) {
                definition = dictionary.vivify(s.substring(start, start + length));
            }
        }
        return definition;
    }

    Gs1Dictionary dictionary() {
        return dictionary;
    }
}
