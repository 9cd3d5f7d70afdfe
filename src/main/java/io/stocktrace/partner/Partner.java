package io.stocktrace.partner;

/** A vendor or customer. */
public record Partner(long id, String name, String email, String phone, String address, String city, String region,
                      String postalCode, String country, String gln) {
}
