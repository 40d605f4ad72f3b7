package nl.buurtstem.opendata.wijkupdate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * A QR code drawn as vector squares, sharp at any print size. Level M survives a worn or folded poster; the quiet
 * zone of four modules is what phone cameras need to find it.
 */
final class QrCode {

    private final BitMatrix modules;

    QrCode(String tekst) {
        try {
            modules = new QRCodeWriter()
                    .encode(
                            tekst,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + tekst, e);
        }
    }

    /** Draws it with its lower left corner at (x, y), {@code maat} points wide and high. */
    void teken(PdfContentByte pen, float x, float y, float maat) {
        int n = modules.getWidth();
        float module = maat / n;
        pen.saveState();
        pen.setRGBColorFill(255, 255, 255);
        pen.rectangle(x, y, maat, maat);
        pen.fill();
        pen.setRGBColorFill(0, 0, 0);
        for (int rij = 0; rij < n; rij++) {
            for (int kolom = 0; kolom < n; kolom++) {
                if (modules.get(kolom, rij)) {
                    pen.rectangle(x + kolom * module, y + maat - (rij + 1) * module, module, module);
                }
            }
        }
        pen.fill();
        pen.restoreState();
    }
}
