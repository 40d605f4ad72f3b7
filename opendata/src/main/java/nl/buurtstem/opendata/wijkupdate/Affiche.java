package nl.buurtstem.opendata.wijkupdate;

import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.buurtstem.opendata.staff.Tijdveld;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The wijkupdate as an A4 poster for the buurthuis notice board, in plain Dutch (B1) and the stemcode letters' type:
 * what residents can join, what became of the polls, ideas and the wijkbudget, and a QR code to the wijk's page.
 */
final class Affiche {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("EEEE d MMMM 'om' HH:mm", NL);
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMMM yyyy", NL);
    private static final Font KOP = new Font(Font.HELVETICA, 26, Font.BOLD);
    private static final Font ONDERKOP = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TEKST = new Font(Font.HELVETICA, 12);
    private static final Font VET = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font KLEIN = new Font(Font.HELVETICA, 9);
    private static final float QR_MAAT = 110;

    private Affiche() {}

    /** @param afzender who hangs it up, e.g. "Gemeente Zwolle" */
    static byte[] pdf(Wijkupdate u, String afzender) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(doc, uit);
        String maand = u.maand().atDay(1).format(MAAND);
        doc.addTitle("Wijkupdate " + u.wijknaam() + " " + maand);
        doc.addCreator("Buurtstem");
        doc.open();
        doc.add(kop(writer, u, afzender + " · Wijkupdate " + maand));

        tussenkop(doc, "Doe mee");
        if (u.momenten().isEmpty()) {
            doc.add(new Paragraph("Er staan nu geen bijeenkomsten gepland.", TEKST));
        }
        for (Wijkupdate.Moment m : u.momenten()) {
            Paragraph p = new Paragraph(m.wanneer().format(DAG) + ": ", VET);
            p.add(new Phrase(m.wat() + ". Plan: " + m.plan() + (m.waar() == null ? "" : ". Waar: " + m.waar()), TEKST));
            doc.add(p);
        }

        if (u.peilingen().isEmpty() && u.ideeen().isEmpty() && u.wijkbudgetten().isEmpty()) {
            tussenkop(doc, "Uitslagen");
            doc.add(new Paragraph(
                    "Deze maand zijn er geen uitslagen uit uw wijk. Doe mee op de kiosk in het buurthuis!", TEKST));
        }
        boolean verborgen = false;
        if (!u.peilingen().isEmpty()) {
            tussenkop(doc, "U zei, wij doen");
        }
        for (Wijkupdate.Uitslag peiling : u.peilingen()) {
            doc.add(new Paragraph(peiling.vraag(), VET));
            for (Wijkupdate.Optie o : peiling.opties()) {
                verborgen |= o.aantal() == null;
                doc.add(new Paragraph(
                        "  " + o.tekst() + ": " + (o.aantal() == null ? "niet getoond *" : antwoorden(o.aantal())),
                        TEKST));
            }
            if (peiling.zei() != null) {
                doc.add(regel("U zei: ", peiling.zei()));
                doc.add(regel("Wij doen: ", peiling.doen()));
            }
        }

        if (!u.ideeen().isEmpty()) {
            tussenkop(doc, "Uw ideeën en ons antwoord");
        }
        for (Wijkupdate.Antwoord a : u.ideeen()) {
            doc.add(regel("Idee: ", a.idee()));
            doc.add(regel("Antwoord: ", a.antwoord()));
        }

        if (!u.wijkbudgetten().isEmpty()) {
            tussenkop(doc, "Wijkbudget");
        }
        for (Wijkupdate.Budget b : u.wijkbudgetten()) {
            doc.add(new Paragraph(b.titel() + " (" + euro(b.bedrag()) + ")", VET));
            if (b.open()) {
                doc.add(new Paragraph(
                        (b.eind() == null ? "U kunt nu stemmen" : "U kunt stemmen tot " + Tijdveld.leesbaar(b.eind()))
                                + ". Stem op de kiosk in het buurthuis. De uitslag ziet u als het stemmen klaar is.",
                        TEKST));
                continue;
            }
            doc.add(new Paragraph("Het stemmen is klaar. Dit is de uitslag:", TEKST));
            List<String> gekozen = b.voorstellen().stream()
                    .filter(Wijkupdate.Voorstel::gekozen)
                    .map(Wijkupdate.Voorstel::titel)
                    .toList();
            if (!gekozen.isEmpty()) {
                doc.add(regel("Gekozen: ", String.join(" en ", gekozen)));
            }
            for (Wijkupdate.Voorstel v : b.voorstellen()) {
                verborgen |= v.stemmen() == null;
                doc.add(new Paragraph(
                        "  " + v.titel() + " (" + euro(v.bedrag()) + "): "
                                + (v.stemmen() == null ? "niet getoond *" : stemmen(v.stemmen())),
                        TEKST));
            }
        }
        if (verborgen) {
            doc.add(new Paragraph(
                    "* Kleine aantallen tonen we niet. Zo weet niemand wat één buurtbewoner koos.", KLEIN));
        }
        doc.add(ruimte(6));
        Paragraph meer =
                new Paragraph("Meer lezen over uw wijk? Scan de code bovenaan met uw telefoon. Of ga naar ", TEKST);
        meer.add(new Phrase(u.pagina(), VET));
        doc.add(meer);
        doc.close();
        return uit.toByteArray();
    }

    /** The title beside the QR code, so the code is always on the first page, where people look. */
    private static PdfPTable kop(PdfWriter writer, Wijkupdate u, String bovenregel) {
        PdfPCell links = new PdfPCell();
        links.addElement(new Paragraph(bovenregel, KLEIN));
        links.addElement(new Paragraph("Nieuws uit " + u.wijknaam(), KOP));
        links.addElement(new Paragraph("Dit deed de gemeente met uw mening. En hier kunt u meedoen.", TEKST));
        links.setBorder(Rectangle.NO_BORDER);
        links.setVerticalAlignment(Element.ALIGN_MIDDLE);
        PdfTemplate vak = writer.getDirectContent().createTemplate(QR_MAAT, QR_MAAT);
        new QrCode(u.pagina()).teken(vak, 0, 0, QR_MAAT);
        PdfPCell code = new PdfPCell(Image.getInstance(vak));
        code.setBorder(Rectangle.NO_BORDER);
        PdfPTable tabel = new PdfPTable(new float[] {380, QR_MAAT + 4});
        tabel.setWidthPercentage(100);
        tabel.addCell(links);
        tabel.addCell(code);
        return tabel;
    }

    private static void tussenkop(Document doc, String tekst) {
        Paragraph p = new Paragraph(tekst, ONDERKOP);
        p.setSpacingBefore(12);
        p.setSpacingAfter(2);
        doc.add(p);
    }

    private static Paragraph regel(String begin, String tekst) {
        Paragraph p = new Paragraph(begin, VET);
        p.add(new Phrase(tekst, TEKST));
        return p;
    }

    private static String stemmen(long n) {
        return n == 1 ? "1 stem" : n + " stemmen";
    }

    private static String antwoorden(long n) {
        return n == 1 ? "1 antwoord" : n + " antwoorden";
    }

    private static String euro(long bedrag) {
        // A plain space after the euro sign, so the text a screen reader or search gets is ordinary text.
        return NumberFormat.getCurrencyInstance(NL)
                .format(bedrag)
                .replace(",00", "")
                .replace('\u00a0', ' ');
    }

    private static Paragraph ruimte(float punten) {
        Paragraph p = new Paragraph(" ", KLEIN);
        p.setSpacingAfter(punten);
        return p;
    }
}
