package io.stocktrace.web;

import java.util.ArrayList;
import java.util.List;

/** One step of the breadcrumbs; the last one, the page itself, has no link. */
public record Crumb(String label, String href) {

    /** Breadcrumbs from pairs of label and link: {@code trail("Products", null, "Lots/Serial Numbers", "/lots")}. */
    public static List<Crumb> trail(String... labelsAndLinks) {
        List<Crumb> crumbs = new ArrayList<>();
        for (int i = 0; i + 1 < labelsAndLinks.length; i += 2) {
            crumbs.add(new Crumb(labelsAndLinks[i], labelsAndLinks[i + 1]));
        }
        return crumbs;
    }
}
