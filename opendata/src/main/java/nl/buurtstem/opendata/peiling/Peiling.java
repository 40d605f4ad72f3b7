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
 */
public record Peiling(String id, String wijk, String vraag, List<String> opties, boolean demo) {

    public Peiling {
        opties = List.copyOf(opties);
    }

    public boolean isAskedIn(String wijkcode) {
        return wijk == null || wijk.equals(wijkcode);
    }

    public boolean hasOption(int optie) {
        return optie >= 1 && optie <= opties.size();
    }
}
