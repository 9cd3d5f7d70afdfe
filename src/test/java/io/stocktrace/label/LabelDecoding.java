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
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a label PDF back as a scanner and a person would: the barcode through ZXing, the text through PDFBox. */
final class LabelDecoding {
    record Scanned(String symbologyIdentifier, String data, String text) {
        /** What the reader transmits: the symbology identifier, then the data with GS separators. */
        String scanData() {
            return symbologyIdentifier + data;
        }
    }

    private LabelDecoding() {
    }

    /**
     * The whole label first, then its upper part only, as a person aims a camera at the code: ZXing's DataMatrix
     * detector starts from the centre of the image, which on a label is the text.
     */
    private static Result decode(BufferedImage label) throws NotFoundException {
        NotFoundException notFound = null;
        for (double part : new double[] {1.0, 0.75, 0.6, 0.5}) {
            BufferedImage window = label.getSubimage(0, 0, label.getWidth(), (int) (label.getHeight() * part));
            try {
                // ASSUME_GS1: transmit FNC1 separators as GS, as a scanner configured for GS1 does
                return new MultiFormatReader().decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(window))),
                        Map.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.ASSUME_GS1, true,
                                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128)));
            } catch (NotFoundException e) {
                notFound = e;
            }
        }
        throw notFound;
    }

    static Scanned scan(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300);
            Result result = decode(image);
            String identifier = String.valueOf(result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER));
            // ZXing puts the symbology identifier (GS1-128) or a GS for the leading FNC1 (DataMatrix) in the text;
            // a scanner transmits neither inside the data.
            String data = result.getText().startsWith(identifier) ? result.getText().substring(identifier.length()) : result.getText();
            data = data.startsWith("\u001d") ? data.substring(1) : data;
            return new Scanned(identifier, data, new PDFTextStripper().getText(document));
        }
    }
}
