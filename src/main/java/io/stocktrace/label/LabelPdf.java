package io.stocktrace.label;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page label: the barcode centred, drawn as vector modules (sharp at any printer resolution), the human readable
 * element string under it, then the product, the lot or serial, and the expiration date.
 */
public final class LabelPdf {
    private static final float MARGIN = 14;
    private static final float DATAMATRIX_MODULE = 3.5f;
    private static final float LINEAR_MODULE = 1.2f;
    private static final float LINEAR_HEIGHT = 60;
    private static final float QUIET_ZONE_MODULES = 10;
    private static final float MIN_WIDTH = 288;

    private LabelPdf() {
    }

    public static byte[] render(LabelContent content, LabelSymbology symbology) {
        BitMatrix matrix = BarcodeMatrix.encode(symbology, content.scannedData());
        boolean square = symbology == LabelSymbology.DATAMATRIX;
        float module = square ? DATAMATRIX_MODULE : LINEAR_MODULE;
        float codeWidth = matrix.getWidth() * module;
        float codeHeight = square ? matrix.getHeight() * module : LINEAR_HEIGHT;
        float quiet = QUIET_ZONE_MODULES * module;
        float width = Math.max(MIN_WIDTH, codeWidth + 2 * quiet + 2 * MARGIN);
        float height = MARGIN + codeHeight + 14 + 4 * 13 + MARGIN;

        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            try (PDPageContentStream draw = new PDPageContentStream(document, page)) {
                float left = (width - codeWidth) / 2;
                float top = height - MARGIN;
                drawModules(draw, matrix, left, top, module, codeHeight, square);
                float y = top - codeHeight - 12;
                String hri = printable(regular, content.bracketed());
                float fitting = Math.min(9, 9 * (width - 2 * MARGIN) / (regular.getStringWidth(hri) / 1000 * 9));
                text(draw, regular, fitting, MARGIN, y, hri);
                y -= 16;
                text(draw, bold, 11, MARGIN, y, content.productName());
                y -= 13;
                text(draw, regular, 10, MARGIN, y, (content.serial() ? "SN: " : "LOT: ") + content.lotName());
                if (content.expirationDate() != null) {
                    y -= 13;
                    text(draw, regular, 10, MARGIN, y, "EXP: " + DateTimeFormatter.ISO_LOCAL_DATE.format(content.expirationDate()));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void drawModules(PDPageContentStream draw, BitMatrix matrix, float left, float top, float module,
                                    float height, boolean square) throws IOException {
        if (square) {
            // One rectangle per run of dark modules, a hair taller than a module: no light seams between rows
            // when a viewer antialiases, which a camera could read as gaps.
            float overlap = module * 0.05f;
            for (int y = 0; y < matrix.getHeight(); y++) {
                int x = 0;
                while (x < matrix.getWidth()) {
                    if (!matrix.get(x, y)) {
                        x++;
                        continue;
                    }
                    int start = x;
                    while (x < matrix.getWidth() && matrix.get(x, y)) {
                        x++;
                    }
                    draw.addRect(left + start * module, top - (y + 1) * module - overlap, (x - start) * module, module + overlap);
                }
            }
        } else {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, 0)) {
                    draw.addRect(left + x * module, top - height, module, height);
                }
            }
        }
        draw.fill();
    }

    static void text(PDPageContentStream draw, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        draw.beginText();
        draw.setFont(font, size);
        draw.newLineAtOffset(x, y);
        draw.showText(printable(font, text));
        draw.endText();
    }

    /** The standard fonts know Latin-1 and a little more; anything else prints as '?', never fails the label. */
    static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException unknown) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
