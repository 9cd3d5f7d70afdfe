package io.stocktrace.location;

/** Where a location is and how to reach it; every part optional. */
public record LocationAddress(String address, String city, String region, String postalCode, String country, String phone,
                              String gln) {
    public static final LocationAddress NONE = new LocationAddress(null, null, null, null, null, null, null);
}
