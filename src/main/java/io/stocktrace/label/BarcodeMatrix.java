package io.stocktrace.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import java.util.Map;

/** The modules of a GS1 barcode, one bit each, as ZXing encodes them: GS1 DataMatrix or GS1-128. */
final class BarcodeMatrix {
    /** ZXing's Code 128 writer reads this character as FNC1. */
    private static final char CODE128_FNC1 = '\u00f1';
    private static final char GS = '\u001d';

    private BarcodeMatrix() {
    }

    /** @param scannedData the element string without its leading FNC1, separators as ASCII GS */
    static BitMatrix encode(LabelSymbology symbology, String scannedData) {
        try {
            return switch (symbology) {
                // Only ZXing's minimal ("compact") encoder honours GS1_FORMAT: FNC1 first, each GS written as an
                // FNC1 separator. Without it the symbol is plain DataMatrix (]d1), which GS1 scanners do not take.
                case DATAMATRIX -> new DataMatrixWriter().encode(scannedData, BarcodeFormat.DATA_MATRIX, 0, 0,
                        Map.of(EncodeHintType.GS1_FORMAT, true, EncodeHintType.DATA_MATRIX_COMPACT, true,
                                EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE, EncodeHintType.MARGIN, 0));
                case GS1_128 -> new Code128Writer().encode(CODE128_FNC1 + scannedData.replace(GS, CODE128_FNC1),
                        BarcodeFormat.CODE_128, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot encode " + symbology.wire() + ": " + e.getMessage(), e);
        }
    }
}
