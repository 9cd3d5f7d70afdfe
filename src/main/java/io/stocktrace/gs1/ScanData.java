package io.stocktrace.gs1;

import java.util.Optional;

/**
 * What a barcode scanner transmitted, decoded.
 *
 * @param symbology the symbology its identifier names
 * @param data      the content in the engine's text form: GS1 data as an element string with '^' for FNC1, a
 *                  Digital Link URI or plain text as sent (a leading {@code ^} escaped as {@code \^}), an EAN/UPC
 *                  number, and a composite component after {@code |}
 * @param gs1       the GS1 data, when the scan carried any (a GTIN read from EAN/UPC becomes AI 01)
 */
public record ScanData(Symbology symbology, String data, Optional<Gs1Data> gs1) {
}
