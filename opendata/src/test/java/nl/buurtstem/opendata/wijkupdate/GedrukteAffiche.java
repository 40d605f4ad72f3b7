package nl.buurtstem.opendata.wijkupdate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A poster PDF as a printer and a reader see it: its first page as an image at 150 dpi, and its text. */
public record GedrukteAffiche(BufferedImage pagina, String tekst, int paginas) {

    public static GedrukteAffiche van(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage beeld = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            return new GedrukteAffiche(beeld, new PDFTextStripper().getText(doc), doc.getNumberOfPages());
        }
    }

    /** What a phone camera reads from the QR code in the rendered page. */
    public String qrCode() throws Exception {
        int w = pagina.getWidth();
        int h = pagina.getHeight();
        int[] pixels = pagina.getRGB(0, 0, w, h, null, 0, w);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
                .getText();
    }

    /** The text with line breaks as spaces, as one reads across lines. */
    public String doorlopend() {
        return tekst.replaceAll("\\s+", " ");
    }
}
