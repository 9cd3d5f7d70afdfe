package io.stocktrace.settings;

import io.stocktrace.problem.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The site's profile: who and where we are, for the FDA FSMA 204 location description of our own events (business
 * name, phone, physical address, city, region, postal code, country). Every field may be blank while it is being
 * filled in; the completeness report names what a description still lacks.
 */
public record SiteProfile(String businessName, String address, String city, String region, String postalCode,
                          String country, String phone) {
    public static final SiteProfile EMPTY = new SiteProfile(null, null, null, null, null, null, null);

    /** The parts FSMA 204's location description needs (§1.1310), named as the completeness report says them. */
    public static final List<String> REQUIRED = List.of("business name", "address", "city", "country", "phone");

    /**
     * Validates a profile as given, reporting every bad field at once (names as in the API: {@code
     * siteProfile.businessName}...); values are trimmed, blank ones are none, the country is upper-cased.
     */
    public static SiteProfile of(String businessName, String address, String city, String region, String postalCode,
                                 String country, String phone) {
        Validation validation = new Validation();
        SiteProfile profile = new SiteProfile(text(businessName, "businessName", 200, validation),
                text(address, "address", 400, validation), text(city, "city", 100, validation),
                text(region, "region", 100, validation), text(postalCode, "postalCode", 32, validation),
                text(country, "country", 100, validation), text(phone, "phone", 64, validation));
        String code = profile.country() == null ? null : profile.country().toUpperCase(Locale.ROOT);
        validation.require(code == null || code.matches("[A-Z]{2}"), "siteProfile.country",
                "must be a two-letter ISO 3166 country code, such as US");
        validation.require(profile.phone() == null || profile.phone().matches("[0-9+()./ -]{3,64}"), "siteProfile.phone",
                "must be a phone number: digits, spaces and + ( ) - . /");
        validation.throwIfAny();
        return new SiteProfile(profile.businessName(), profile.address(), profile.city(), profile.region(),
                profile.postalCode(), code, profile.phone());
    }

    /** As FSMA reports show a place: name, address, city, region and postal code, country, phone; absent parts left out. */
    public String description() {
        String regionAndCode = Stream.of(region, postalCode).filter(v -> v != null).collect(Collectors.joining(" "));
        return Stream.of(businessName, address, city, regionAndCode.isEmpty() ? null : regionAndCode, country, phone)
                .filter(v -> v != null).collect(Collectors.joining(", "));
    }

    /** The parts of {@link #REQUIRED} this profile lacks. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        List<String> values = java.util.Arrays.asList(businessName, address, city, country, phone);
        for (int i = 0; i < REQUIRED.size(); i++) {
            if (values.get(i) == null) {
                missing.add(REQUIRED.get(i));
            }
        }
        return missing;
    }

    public boolean isEmpty() {
        return description().isEmpty();
    }

    private static String text(String value, String field, int max, Validation validation) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            return null;
        }
        validation.require(trimmed.length() <= max && trimmed.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f),
                "siteProfile." + field, "must be at most " + max + " characters without control characters");
        return trimmed;
    }
}
