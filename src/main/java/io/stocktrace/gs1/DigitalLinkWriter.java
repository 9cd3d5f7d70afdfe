package io.stocktrace.gs1;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates a GS1 Digital Link URI from validated elements: the first primary key AI and its best matching
 * qualifiers form the path; every other AI becomes a query attribute, pre-defined length AIs first.
 */
final class DigitalLinkWriter {

    private DigitalLinkWriter() {
    }

    static String write(List<ParsedElement> elements, String stem, Gs1Options options) {
        ParsedElement key = null;
        for (ParsedElement element : elements) {
            if (element.definition().isPrimaryKey()) {
                key = element;
                break;
            }
        }
        if (key == null) {
            throw Gs1SyntaxException.at(0, "a Digital Link URI needs a primary key AI, such as (01), (00) or (414)");
        }
        List<String> path = pathAis(key, elements);
        StringBuilder uri = new StringBuilder(stem.endsWith("/") ? stem.substring(0, stem.length() - 1) : stem);
        for (String ai : path) {
            uri.append('/').append(ai).append('/').append(PercentDecoding.encode(valueOf(ai, elements)));
        }
        List<ParsedElement> attributes = attributes(elements, path, options);
        char separator = '?';
        for (boolean fixedLength : new boolean[] {true, false}) {
            for (ParsedElement attribute : attributes) {
                if (attribute.definition().fnc1Required() != fixedLength) {
                    uri.append(separator).append(attribute.ai()).append('=')
                            .append(PercentDecoding.encode(attribute.value()));
                    separator = '&';
                }
            }
        }
        return uri.toString();
    }

    /** The key followed by the qualifier sequence that matches the most AIs present (ties: the lower sequence). */
    private static List<String> pathAis(ParsedElement key, List<ParsedElement> elements) {
        Set<String> present = new HashSet<>();
        elements.forEach(element -> present.add(element.ai()));
        List<String> best = List.of(key.ai());
        for (List<String> sequence : key.definition().keyQualifierSequences()) {
            List<String> candidate = new ArrayList<>(List.of(key.ai()));
            sequence.stream().filter(present::contains).forEach(candidate::add);
            if (candidate.size() > best.size()
                    || candidate.size() == best.size() && String.join(" ", candidate).compareTo(String.join(" ", best)) < 0) {
                best = candidate;
            }
        }
        return best;
    }

    private static List<ParsedElement> attributes(List<ParsedElement> elements, List<String> path,
                                                  Gs1Options options) {
        Set<String> seen = new HashSet<>(path);
        List<ParsedElement> attributes = new ArrayList<>();
        for (ParsedElement element : elements) {
            if (seen.add(element.ai())) {
                if (!DigitalLinkRules.isPermittedAttribute(element.definition(), options)) {
                    throw Gs1SyntaxException.forAi(element.ai(), element.position(), "it can be neither a key, a key"
                            + " qualifier nor a query attribute of a Digital Link URI with primary key AI ("
                            + path.get(0) + ")");
                }
                attributes.add(element);
            }
        }
        return attributes;
    }

    private static String valueOf(String ai, List<ParsedElement> elements) {
        for (ParsedElement element : elements) {
            if (element.ai().equals(ai)) {
                return element.value();
            }
        }
        throw new IllegalStateException("no element for AI " + ai);
    }
}
