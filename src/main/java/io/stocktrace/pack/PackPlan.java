package io.stocktrace.pack;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A bulk Put in Pack once every item is checked, before anything is written: the packages to make, and each step's
 * package, lines and child packages. A package is named by its key: its id if it exists, or its step's
 * {@link PackStep#newKey()} if the request makes it.
 */
record PackPlan(List<NewPackage> made, List<Step> steps) {
    record NewPackage(long key, String name, String type, Long parentId, long locationId) {
    }

    /** A package put into a step's package: its name, the parent it leaves (a key, or null) and where it is. */
    record Child(long key, String name, Long fromParent, long locationId) {
    }

    record Step(PackStep step, long target, long locationId, List<PackLines.Resolved> lines, List<Child> children,
                Map<String, Instant> inDates) {
    }
}
