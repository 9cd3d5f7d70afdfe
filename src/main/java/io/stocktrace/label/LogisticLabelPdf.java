package io.stocktrace.label;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A GS1 logistic label as one PDF page, A6 wide at least: the text (SSCC, content, count, lot, date) on top, then each
 * GS1-128 symbol with its human readable interpretation under it, the SSCC's last.
 */
public final class LogisticLabelPdf {
    private static final float MARGIN = 14;
    private static final float MODULE = 1.2f;
    private static final float BAR_HEIGHT = 56;
    private static final float QUIET_ZONE_MODULES = 10;
    private static final float A6_WIDTH = 298;
    private static final float LINE = 14;
    private static final float SYMBOL_GAP = 20;

    private LogisticLabelPdf() {
    }

    public static byte[] render(LogisticLabel label) {
        List<BitMatrix> matrices = label.symbols().stream()
                .map(s -> BarcodeMatrix.encode(LabelSymbology.GS1_128, s.scannedData())).toList();
        float widest = matrices.stream().map(m -> m.getWidth() * MODULE).max(Float::compare).orElse(0f);
        float width = Math.max(A6_WIDTH, widest + 2 * QUIET_ZONE_MODULES * MODULE + 2 * MARGIN);
        float height = MARGIN + label.lines().size() * LINE + 8
                + matrices.size() * (BAR_HEIGHT + 12 + SYMBOL_GAP) + MARGIN;
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            try (PDPageContentStream draw = new PDPageContentStream(document, page)) {
                float y = height - MARGIN - 10;
                for (int i = 0; i < label.lines().size(); i++) {
                    LabelPdf.text(draw, i == 0 ? bold : regular, i == 0 ? 12 : 10, MARGIN, y, label.lines().get(i));
                    y -= LINE;
                }
                float top = y - 8;
                for (int i = 0; i < matrices.size(); i++) {
                    BitMatrix matrix = matrices.get(i);
                    float codeWidth = matrix.getWidth() * MODULE;
                    LabelPdf.drawModules(draw, matrix, (width - codeWidth) / 2, top, MODULE, BAR_HEIGHT, false);
                    String hri = LabelPdf.printable(regular, label.symbols().get(i).bracketed());
                    float size = Math.min(10, 10 * (width - 2 * MARGIN) / (regular.getStringWidth(hri) / 1000 * 10));
                    float textWidth = regular.getStringWidth(hri) / 1000 * size;
                    LabelPdf.text(draw, regular, size, (width - textWidth) / 2, top - BAR_HEIGHT - 11, hri);
                    top -= BAR_HEIGHT + 12 + SYMBOL_GAP;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
