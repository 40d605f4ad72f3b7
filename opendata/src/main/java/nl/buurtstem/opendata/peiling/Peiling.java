package nl.buurtstem.opendata.peiling;

import java.time.Instant;
import java.util.List;

/**
 * A quick poll the municipality asks residents at the kiosks.
 *
 * @param id             stable reference, used in its URI (/id/peiling/{id})
 * @param wijk           the CBS wijkcode it is asked in, or null for every wijk (or for several: see wijken)
 * @param vraag          the question, in plain Dutch
 * @param opties         the answer options, in the order of the kiosk's buttons (2 to 5)
 * @param demo           true for demonstration content, never to be mistaken for a real consultation
 * @param soort          how the kiosk shows the answers: "keuze" (default), "janee", or "gezichten" (a 5-face scale)
 * @param wijken         when asked in several wijken (not all), their CBS codes; empty otherwise
 * @param start          from when kiosks ask it; null: from publication
 * @param eind           until when; null: until closed. After it the poll is closed and its results stay published
 * @param volgorde       its place among the polls on a kiosk, lowest first; null sorts after the numbered ones
 * @param vraagVanDeWeek whether the kiosk's physical buttons answer this poll
 * @param gearchiveerd   closed and put away: off the staff's lists, its results still in the open data
 * @param reactie        the municipality's response once it closed ("u zei … wij doen …"), or null
 */
public record Peiling(
        String id,
        String wijk,
        String vraag,
        List<String> opties,
        boolean demo,
        String soort,
        List<String> wijken,
        Instant start,
        Instant eind,
        Integer volgorde,
        boolean vraagVanDeWeek,
        boolean gearchiveerd,
        Reactie reactie) {

    /** What residents said, in the municipality's words, and what it does with it. */
    public record Reactie(String zei, String doen) {}

    public Peiling {
        opties = List.copyOf(opties);
        soort = soort == null ? "keuze" : soort;
        wijken = wijken == null ? List.of() : List.copyOf(wijken);
    }

    public Peiling(String id, String wijk, String vraag, List<String> opties, boolean demo, String soort) {
        this(id, wijk, vraag, opties, demo, soort, List.of(), null, null, null, false, false, null);
    }

    public Peiling(String id, String wijk, String vraag, List<String> opties, boolean demo) {
        this(id, wijk, vraag, opties, demo, "keuze");
    }

    /** This poll with the municipality's response to it. */
    public Peiling metReactie(Reactie nieuweReactie) {
        return new Peiling(
                id,
                wijk,
                vraag,
                opties,
                demo,
                soort,
                wijken,
                start,
                eind,
                volgorde,
                vraagVanDeWeek,
                gearchiveerd,
                nieuweReactie);
    }

    /** This poll asked from {@code vanaf} until {@code tot}, put away or not. */
    public Peiling metLooptijd(Instant vanaf, Instant tot, boolean weggezet) {
        return new Peiling(
                id, wijk, vraag, opties, demo, soort, wijken, vanaf, tot, volgorde, vraagVanDeWeek, weggezet, reactie);
    }

    public boolean isAskedIn(String wijkcode) {
        if (!wijken.isEmpty()) {
            return wijken.contains(wijkcode);
        }
        return wijk == null || wijk.equals(wijkcode);
    }

    public boolean hasOption(int optie) {
        return optie >= 1 && optie <= opties.size();
    }

    /** Whether residents can no longer answer it at {@code nu}: its end has passed. */
    public boolean isGesloten(Instant nu) {
        return eind != null && !eind.isAfter(nu);
    }
}
