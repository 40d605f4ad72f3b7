package nl.buurtstem.opendata.wijkupdate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * What one wijk's monthly update for the buurthuis notice board says: only what the node already publishes, the
 * figures as the open data shows them.
 *
 * @param pagina the wijk's public page on the node, for the QR code
 */
record Wijkupdate(
        String wijknaam,
        YearMonth maand,
        String pagina,
        List<Moment> momenten,
        List<Uitslag> peilingen,
        List<Antwoord> ideeen,
        List<Budget> wijkbudgetten) {

    /** A participatiemoment of a plan in the wijk. */
    record Moment(String plan, String wat, LocalDateTime wanneer, String waar) {}

    /** A poll that closed in the month, with its result as published and the municipality's response, if any. */
    record Uitslag(String vraag, List<Optie> opties, String zei, String doen) {}

    /** One answer option; {@code aantal} is null where the open data holds the count back. */
    record Optie(String tekst, Long aantal) {}

    /** An idea the municipality answered in public: the cleaned text and the public answer, nothing else. */
    record Antwoord(String idee, String antwoord) {}

    /**
     * A wijkbudget: open (voting until {@code eind}, or until staff close it when null, and no counts) or ended,
     * with its proposals as published, most votes first.
     */
    record Budget(String titel, long bedrag, boolean open, Instant eind, List<Voorstel> voorstellen) {}

    /**
     * {@code stemmen} is null where the open data holds the count back; {@code gekozen} as the wijkbudget room decides
     * the winners of the published result.
     */
    record Voorstel(String titel, long bedrag, Long stemmen, boolean gekozen) {}
}
