package io.stocktrace.pack;

import io.stocktrace.db.References;
import io.stocktrace.lot.LotName;
import io.stocktrace.problem.Validation;
import io.stocktrace.settings.PackageSettings;
import io.stocktrace.settings.SettingsService;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names packages and their operations: an SSCC from the site's first GS1 company prefix, the extension digit of the
 * "Packages" setting and the next serial reference; PACK00001, ... when the site has no prefix; WH/PACK/00001 and
 * WH/UNPACK/00001 for the operations. Also the gate of the setting.
 */
@Component
public class PackageNames {
    static final int MAX_LENGTH = 64;
    static final int MAX_TYPE_LENGTH = 64;

    private final SettingsService settings;
    private final References references;
    private final JdbcClient jdbc;

    PackageNames(SettingsService settings, References references, JdbcClient jdbc) {
        this.settings = settings;
        this.references = references;
        this.jdbc = jdbc;
    }

    public void requireEnabled(String what) {
        settings.requirePackages(what);
    }

    /** A new package's name: the next SSCC, or PACK00001, ... without a company prefix. */
    String next() {
        List<String> prefixes = settings.gs1().companyPrefixes();
        if (prefixes.isEmpty()) {
            return references.next("package");
        }
        PackageSettings packages = settings.packages();
        long serialReference = jdbc.sql("SELECT nextval('" + References.sequence("package") + "')")
                .query(Long.class).single();
        return Sscc.of(packages.ssccExtensionDigit(), prefixes.get(0), serialReference);
    }

    /** The names of {@code count} new packages, as {@link #next()} names one, the sequence read once. */
    List<String> next(int count) {
        if (count == 0) {
            return List.of();
        }
        List<String> prefixes = settings.gs1().companyPrefixes();
        if (prefixes.isEmpty()) {
            return references.next("package", count);
        }
        int extension = settings.packages().ssccExtensionDigit();
        return references.numbers("package", count).stream()
                .map(n -> Sscc.of(extension, prefixes.get(0), n)).toList();
    }

    String reference(String series) {
        return references.next(series);
    }

    List<String> references(String series, int count) {
        return references.next(series, count);
    }

    /** What is wrong with a package name given by a person, if anything: the rules of lot names, 64 characters. */
    static Optional<String> problem(String name) {
        // the package's own limit first: a lot name's (longer) would name a limit a package does not have
        String stripped = name == null ? "" : name.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        Optional<String> asLot = LotName.problem(name);
        if (asLot.isPresent()) {
            return asLot;
        }
        String trimmed = LotName.normalize(name);
        if (Sscc.looksLikeSscc(trimmed) && !Sscc.isSscc(trimmed)) {
            return Optional.of("is not a valid SSCC: its check digit should be " + Sscc.expectedCheckDigit(trimmed));
        }
        return Optional.empty();
    }

    /** A package type as given (null: box), checked into {@code v}. */
    static String type(String type, String field, Validation v) {
        if (type == null) {
            return "box";
        }
        String trimmed = type.strip();
        v.require(!trimmed.isEmpty(), field, "must not be blank: pallet, case, box or your own");
        v.require(trimmed.length() <= MAX_TYPE_LENGTH, field, "at most " + MAX_TYPE_LENGTH + " characters");
        v.require(trimmed.chars().noneMatch(Character::isISOControl), field, "must not contain control characters");
        return trimmed;
    }
}
