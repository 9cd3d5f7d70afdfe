package io.stocktrace.pack;

/**
 * A new package: its name (left out: an SSCC from the site's company prefix, or PACK00001... without one), its type
 * (left out: box), the package it goes into and where it is (left out: where its parent is).
 */
public record PackageRequest(String name, String type, Long parentId, Long locationId) {
}
