package nl.buurtstem.opendata.wijkbudget;

import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The stemcode letters as one PDF, one letter a page, in plain Dutch (B1): what the wijkbudget is, the code in big
 * type, five steps to vote at the kiosk, the deadline, and what to do when the letter is lost. The codes live only in
 * this PDF; the node keeps their hashes.
 */
final class Stembrieven {

    private static final Font KOP = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font TEKST = new Font(Font.HELVETICA, 13);
    private static final Font VET = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font CODE = new Font(Font.COURIER, 30, Font.BOLD);
    private static final Font KLEIN = new Font(Font.HELVETICA, 10);

    private Stembrieven() {}

    /**
     * @param wijknaam  e.g. "Diezerpoort"
     * @param deadline  the last day to vote, as written on the letter ("1 maart 2027")
     * @param afzender  who sends it, e.g. "Gemeente Zwolle"
     */
    static byte[] pdf(
            Wijkbudget w, String wijknaam, List<Stemcodebrieven.Brief> brieven, String deadline, String afzender) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
        PdfWriter.getInstance(doc, uit);
        doc.addTitle("Stemcodes " + w.titel());
        doc.addCreator("Buurtstem");
        doc.open();
        String bedrag = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"))
                .format(w.bedrag())
                .replace(",00", "");
        boolean eerste = true;
        for (Stemcodebrieven.Brief brief : brieven) {
            if (!eerste) {
                doc.newPage();
            }
            eerste = false;
            doc.add(new Paragraph(afzender, KLEIN));
            doc.add(new Paragraph("Brief " + brief.nummer() + " · " + w.titel(), KLEIN));
            doc.add(ruimte(18));
            doc.add(new Paragraph("Beslis mee over " + bedrag + " voor " + wijknaam, KOP));
            doc.add(ruimte(10));
            doc.add(new Paragraph("Beste bewoner,", TEKST));
            doc.add(new Paragraph(
                    "Uw wijk krijgt " + bedrag + ". U mag meebeslissen waar dat geld naartoe gaat. "
                            + "U stemt op de kiosk in het buurthuis. Daarvoor heeft u deze code nodig:",
                    TEKST));
            doc.add(ruimte(14));
            Paragraph code = new Paragraph(brief.code(), CODE);
            code.setAlignment(Element.ALIGN_CENTER);
            doc.add(code);
            doc.add(ruimte(14));
            doc.add(new Paragraph("Zo stemt u", VET));
            String[] stappen = {
                "Ga naar de kiosk in het buurthuis.",
                "Tik op het scherm op Wijkbudget.",
                "Kies de plannen die u het beste vindt. Samen kosten ze niet meer dan " + bedrag + ".",
                "Typ uw code. De streepjes hoeft u niet te typen.",
                "Tik op Stemmen. Klaar!"
            };
            for (int i = 0; i < stappen.length; i++) {
                doc.add(new Paragraph((i + 1) + ". " + stappen[i], TEKST));
            }
            doc.add(ruimte(12));
            doc.add(new Paragraph("Stemmen kan tot en met " + deadline + ".", VET));
            doc.add(new Paragraph("Elke code telt één keer. Bewaar deze brief goed.", TEKST));
            doc.add(ruimte(12));
            doc.add(new Paragraph(
                    "Brief kwijt? Bel de gemeente en noem het briefnummer als u het weet: " + brief.nummer()
                            + ". Wij maken de oude code ongeldig en sturen u een nieuwe.",
                    TEKST));
            doc.add(new Paragraph("Hulp nodig bij het stemmen? Vraag het in het buurthuis.", TEKST));
        }
        doc.close();
        return uit.toByteArray();
    }

    private static Paragraph ruimte(float punten) {
        Paragraph p = new Paragraph(" ", KLEIN);
        p.setSpacingAfter(punten);
        return p;
    }
}
