package io.stocktrace.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a logistic label as a scanner would, every GS1-128 symbol on it top to bottom, and its text. */
final class LogisticLabelDecoding {
    record Scanned(List<String> symbols, String text) {
        /** All symbols' data as one element string, as a scanner joining them would transmit it. */
        String joined() {
            return String.join("\u001d", symbols);
        }
    }

    private LogisticLabelDecoding() {
    }

    static Scanned scan(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300);
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.ASSUME_GS1, true,
                            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128)));
            List<String> symbols = Arrays.stream(results)
                    .sorted(Comparator.comparingDouble(r -> r.getResultPoints()[0].getY()))
                    .map(LogisticLabelDecoding::data)
                    .distinct()
                    .toList();
            return new Scanned(symbols, new PDFTextStripper().getText(document));
        }
    }

    /** The data without the symbology identifier ZXing puts in front ({@code ]C1}). */
    private static String data(Result result) {
        String identifier = String.valueOf(result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER));
        return result.getText().startsWith(identifier) ? result.getText().substring(identifier.length()) : result.getText();
    }
}
