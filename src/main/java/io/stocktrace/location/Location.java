package io.stocktrace.location;

/** A place in the location tree. {@code parentPath} lists the ids from the root down, so a subtree is a prefix. */
public record Location(long id, String name, String fullName, LocationUsage usage, Long parentId, String parentPath,
                       LocationAddress address) {
}
