package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.util.Locale;

/** Where a poll is in its life, as staff read it: concept → gepland → actief → gesloten → gearchiveerd. */
public enum PeilingStatus {
    CONCEPT("Concept", "Nog niet gepubliceerd; alleen medewerkers zien het."),
    GEPLAND("Gepland", "Gepubliceerd; de kiosks vragen het vanaf het begin."),
    ACTIEF("Actief", "Nu op de kiosks."),
    GESLOTEN("Gesloten", "Bewoners kunnen niet meer antwoorden; de uitslag blijft in de open data."),
    GEARCHIVEERD("Gearchiveerd", "Opgeborgen; de uitslag blijft in de open data."),
    INGETROKKEN("Ingetrokken", "Teruggetrokken wegens een vergissing; de antwoorden zijn niet meer openbaar.");

    private final String woord;
    private final String uitleg;

    PeilingStatus(String woord, String uitleg) {
        this.woord = woord;
        this.uitleg = uitleg;
    }

    public String woord() {
        return woord;
    }

    public String uitleg() {
        return uitleg;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a published poll at {@code nu}. */
    static PeilingStatus van(Peiling p, Instant nu) {
        if (p.gearchiveerd()) {
            return GEARCHIVEERD;
        }
        if (p.isGesloten(nu)) {
            return GESLOTEN;
        }
        if (p.start() != null && p.start().isAfter(nu)) {
            return GEPLAND;
        }
        return ACTIEF;
    }
}
