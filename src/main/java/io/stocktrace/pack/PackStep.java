package io.stocktrace.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * One Put in Pack of a bulk request in the order done (each item's contents before it): the item, its place in the
 * request ({@code packs[0].contents[1]}) and the steps of its contents, whose packages go inside its package.
 */
record PackStep(int index, PackItem item, String at, List<Integer> contents) {
    /** A negative key for the package a step makes, beside the positive ids of packages that exist. */
    long newKey() {
        return -1L - index;
    }

    static List<PackStep> flatten(List<PackItem> packs) {
        List<PackStep> steps = new ArrayList<>();
        for (int i = 0; i < packs.size(); i++) {
            add(packs.get(i), "packs[" + i + "]", steps);
        }
        return steps;
    }

    private static int add(PackItem item, String at, List<PackStep> steps) {
        List<Integer> made = new ArrayList<>();
        List<PackItem> contents = item.contentsOrNone();
        for (int j = 0; j < contents.size(); j++) {
            made.add(add(contents.get(j), at + ".contents[" + j + "]", steps));
        }
        steps.add(new PackStep(steps.size(), item, at, made));
        return steps.size() - 1;
    }
}
