package nl.buurtstem.opendata.idee;

import nl.buurtstem.opendata.lod.Begrip;

/**
 * Where an idea stands, in the words the ideeënmakelaar and the resident read: received, being looked at, passed on,
 * answered, turned into something (an initiative, a wijkbudget proposal, input for a plan), closed.
 */
public enum IdeeStatus implements Begrip {
    ONTVANGEN("Ontvangen", "De gemeente heeft uw idee ontvangen."),
    IN_BEHANDELING("In behandeling", "Iemand van de gemeente bekijkt uw idee."),
    DOORGESTUURD("Doorgestuurd", "Uw idee is doorgestuurd naar de afdeling die erover gaat."),
    BEANTWOORD("Beantwoord", "De gemeente heeft op uw idee geantwoord."),
    OMGEZET("Omgezet", "Van uw idee is iets gemaakt: een initiatief, een voorstel of een plan."),
    AFGESLOTEN("Afgesloten", "De gemeente heeft uw idee afgehandeld.");

    private final String woord;
    private final String uitleg;

    IdeeStatus(String woord, String uitleg) {
        this.woord = woord;
        this.uitleg = uitleg;
    }

    @Override
    public String woord() {
        return woord;
    }

    @Override
    public String uitleg() {
        return uitleg;
    }

    /** From then on the contact details count down to their deletion. */
    public boolean klaar() {
        return this == BEANTWOORD || this == OMGEZET || this == AFGESLOTEN;
    }

    public static IdeeStatus vanCode(String code) {
        return Begrip.vanCode(IdeeStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("no idea status " + code));
    }
}
