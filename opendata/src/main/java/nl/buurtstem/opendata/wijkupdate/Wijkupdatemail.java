package nl.buurtstem.opendata.wijkupdate;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtstem.opendata.mail.Bericht;

/** The monthly mail to one address: a short text in plain Dutch (B1), the wijk's poster, and the way off the list. */
final class Wijkupdatemail {

    private static final DateTimeFormatter MAAND =
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl"));

    private final String gemeente;
    private final String base;

    /** @param base the node's public address, for the unsubscribe link */
    Wijkupdatemail(String gemeente, String base) {
        this.gemeente = gemeente;
        this.base = base;
    }

    byte[] affiche(Wijkupdate u) {
        return Affiche.pdf(u, gemeente);
    }

    String afmeldlink(Abonnee a) {
        return base + "wijkupdate/afmelden/" + a.token();
    }

    Bericht bericht(Abonnee a, YearMonth maand, byte[] pdf, String wijknaam) {
        String wanneer = maand.atDay(1).format(MAAND);
        String tekst = """
                Hallo,

                Hierbij de wijkupdate van %1$s over %2$s. Het is een affiche op A4, in de bijlage.
                U kunt hem printen en ophangen, bijvoorbeeld in het buurthuis.

                Op de affiche staat wat de gemeente deed met de mening van bewoners.
                En wanneer bewoners mee kunnen doen.

                U krijgt deze mail omdat een medewerker van de gemeente uw adres op de lijst zette.
                Wilt u deze mail niet meer? Meld u af via deze link:
                %3$s

                Met vriendelijke groet,
                %4$s
                """.formatted(wijknaam, wanneer, afmeldlink(a), gemeente);
        return new Bericht(
                gemeente,
                List.of(a.adres()),
                "Wijkupdate " + wijknaam + " over " + wanneer,
                tekst,
                Map.of("List-Unsubscribe", "<" + afmeldlink(a) + ">"),
                new Bericht.Bijlage("wijkupdate-" + a.wijk() + "-" + maand + ".pdf", "application/pdf", pdf));
    }
}
