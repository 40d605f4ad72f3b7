package nl.buurtstem.opendata.peiling;

import java.util.List;

/**
 * A quick poll the municipality asks residents at the kiosks.
 *
 * @param id     stable reference, used in its URI (/id/peiling/{id})
 * @param wijk   the CBS wijkcode it is asked in, or null for every wijk
 * @param vraag  the question, in plain Dutch
 * @param opties the answer options, in the order of the kiosk's buttons (2 to 5)
 * @param demo   true for demonstration content, never to be mistaken for a real consultation
 * @param soort  how the kiosk shows the answers: "keuze" (default), "janee", or "gezichten" (a 5-face satisfaction scale)
 */
public record Peiling(String id, String wijk, String vraag, List<String> opties, boolean demo, String soort) {

    public Peiling {
        opties = List.copyOf(opties);
        soort = soort == null ? "keuze" : soort;
    }

    public Peiling(String id, String wijk, String vraag, List<String> opties, boolean demo) {
        this(id, wijk, vraag, opties, demo, "keuze");
    }

    public boolean isAskedIn(String wijkcode) {
        return wijk == null || wijk.equals(wijkcode);
    }

    public boolean hasOption(int optie) {
        return optie >= 1 && optie <= opties.size();
    }
}
