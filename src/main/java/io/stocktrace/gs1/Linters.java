package io.stocktrace.gs1;

import java.util.Map;

/**
 * Maps linter names used in the syntax dictionary to implementations. Linters for coupon codes (couponcode,
 * couponposoffer) and UN/ECE package types (packagetype) are not implemented and pass everything.
 */
final class Linters {

    private static final Linter PASS = (data, currentYear) -> null;

    private static final Map<String, Linter> BY_NAME = Map.ofEntries(
            Map.entry("csum", CheckDigit::lintMod10),
            Map.entry("csumalpha", CheckDigit::lintAlphaPair),
            Map.entry("gcppos1", FieldLinters::gcppos1),
            Map.entry("gcppos2", FieldLinters::gcppos2),
            Map.entry("yymmd0", DateLinters::yymmd0),
            Map.entry("yymmdd", DateLinters::yymmdd),
            Map.entry("yyyymmdd", DateLinters::yyyymmdd),
            Map.entry("hhmi", DateLinters::hhmi),
            Map.entry("hh", DateLinters::hh),
            Map.entry("mi", DateLinters::mi),
            Map.entry("ss", DateLinters::ss),
            Map.entry("iso3166", CodeListLinters::iso3166),
            Map.entry("iso3166999", CodeListLinters::iso3166999),
            Map.entry("iso3166alpha2", CodeListLinters::iso3166alpha2),
            Map.entry("iso4217", CodeListLinters::iso4217),
            Map.entry("iso5218", CodeListLinters::iso5218),
            Map.entry("mediatype", CodeListLinters::mediatype),
            Map.entry("iban", CodeListLinters::iban),
            Map.entry("zero", FieldLinters::zero),
            Map.entry("nonzero", FieldLinters::nonzero),
            Map.entry("nozeroprefix", FieldLinters::nozeroprefix),
            Map.entry("winding", FieldLinters::winding),
            Map.entry("yesno", FieldLinters::yesno),
            Map.entry("hyphen", FieldLinters::hyphen),
            Map.entry("hasnondigit", FieldLinters::hasnondigit),
            Map.entry("pieceoftotal", FieldLinters::pieceoftotal),
            Map.entry("posinseqslash", FieldLinters::posinseqslash),
            Map.entry("importeridx", FieldLinters::importeridx),
            Map.entry("pcenc", FieldLinters::pcenc),
            Map.entry("latitude", FieldLinters::latitude),
            Map.entry("longitude", FieldLinters::longitude));

    private Linters() {
    }

    static Linter named(String name) {
        return BY_NAME.getOrDefault(name, PASS);
    }

    static boolean isImplemented(String name) {
        return BY_NAME.containsKey(name);
    }
}
