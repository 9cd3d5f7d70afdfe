package io.stocktrace.gs1;

import java.util.Objects;

/**
 * Engine settings; the defaults follow the GS1 Syntax Engine defaults.
 *
 * @param permitUnknownAis                 accept AIs the dictionary does not list (in bracketed data and URIs)
 * @param unknownAisAsDigitalLinkAttributes let such unknown AIs appear in a Digital Link query string
 * @param permitZeroSuppressedGtin         accept GTIN-8/12/13 in Digital Link {@code /01/} and pad them to 14
 * @param permitConvenienceAlphas          accept legacy Digital Link path names such as {@code /gtin/}
 * @param addCheckDigit                    when generating EAN/UPC scan data, compute the check digit
 * @param digitalLinkStem                  stem of generated Digital Link URIs
 * @param checkAssociations                apply the rules between AIs (repeats, req=, ex=, signed keys); turn off
 *                                         only to check the syntax of a fragment of a message
 */
public record Gs1Options(boolean permitUnknownAis, boolean unknownAisAsDigitalLinkAttributes,
                         boolean permitZeroSuppressedGtin, boolean permitConvenienceAlphas, boolean addCheckDigit,
                         String digitalLinkStem, boolean checkAssociations) {

    public static final String CANONICAL_STEM = "https://id.gs1.org";

    public Gs1Options {
        Objects.requireNonNull(digitalLinkStem, "digitalLinkStem");
    }

    public static Gs1Options defaults() {
        return new Gs1Options(false, false, false, false, false, CANONICAL_STEM, true);
    }

    public Gs1Options withPermitUnknownAis(boolean permit) {
        return new Gs1Options(permit, unknownAisAsDigitalLinkAttributes, permitZeroSuppressedGtin,
                permitConvenienceAlphas, addCheckDigit, digitalLinkStem, checkAssociations);
    }

    public Gs1Options withUnknownAisAsDigitalLinkAttributes(boolean permit) {
        return new Gs1Options(permitUnknownAis, permit, permitZeroSuppressedGtin, permitConvenienceAlphas,
                addCheckDigit, digitalLinkStem, checkAssociations);
    }

    public Gs1Options withPermitZeroSuppressedGtin(boolean permit) {
        return new Gs1Options(permitUnknownAis, unknownAisAsDigitalLinkAttributes, permit, permitConvenienceAlphas,
                addCheckDigit, digitalLinkStem, checkAssociations);
    }

    public Gs1Options withPermitConvenienceAlphas(boolean permit) {
        return new Gs1Options(permitUnknownAis, unknownAisAsDigitalLinkAttributes, permitZeroSuppressedGtin, permit,
                addCheckDigit, digitalLinkStem, checkAssociations);
    }

    public Gs1Options withAddCheckDigit(boolean add) {
        return new Gs1Options(permitUnknownAis, unknownAisAsDigitalLinkAttributes, permitZeroSuppressedGtin,
                permitConvenienceAlphas, add, digitalLinkStem, checkAssociations);
    }

    public Gs1Options withDigitalLinkStem(String stem) {
        return new Gs1Options(permitUnknownAis, unknownAisAsDigitalLinkAttributes, permitZeroSuppressedGtin,
                permitConvenienceAlphas, addCheckDigit, stem, checkAssociations);
    }

    public Gs1Options withCheckAssociations(boolean check) {
        return new Gs1Options(permitUnknownAis, unknownAisAsDigitalLinkAttributes, permitZeroSuppressedGtin,
                permitConvenienceAlphas, addCheckDigit, digitalLinkStem, check);
    }
}
