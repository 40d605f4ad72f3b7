package nl.buurtstem.opendata.wijkbudget;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A wijkbudget residents split over proposals: each ballot chooses proposals whose amounts together fit the budget.
 *
 * @param id          stable reference
 * @param wijk        CBS wijkcode
 * @param titel       short title
 * @param uitleg      what it is and until when one can vote, in plain words
 * @param bedrag      the budget in whole euros
 * @param voorstellen the proposals to choose from
 * @param stemcodes   true when a voting code (stemcode) from the municipality's letter is needed to vote
 * @param regel       the published rule for a stemcode used more than once
 * @param demo        true for demonstration content
 * @param eind        until when residents can vote; null while staff have not closed it. After it ballots no longer
 *                    count, and the receipt codes of the counted ballots are published; the result phase starts
 * @param fasen       when the phases before and after the vote start, or null: then one can vote until {@code eind}
 */
public record Wijkbudget(
        String id,
        String wijk,
        String titel,
        String uitleg,
        long bedrag,
        List<Voorstel> voorstellen,
        boolean stemcodes,
        String regel,
        boolean demo,
        Instant eind,
        Fasen fasen) {

    public Wijkbudget {
        voorstellen = List.copyOf(voorstellen);
    }

    public Wijkbudget(
            String id,
            String wijk,
            String titel,
            String uitleg,
            long bedrag,
            List<Voorstel> voorstellen,
            boolean stemcodes,
            String regel,
            boolean demo,
            Instant eind) {
        this(id, wijk, titel, uitleg, bedrag, voorstellen, stemcodes, regel, demo, eind, null);
    }

    /**
     * The days the phases start, each optional: ideas from residents, proposals by the municipality, the vote (until
     * the wijkbudget's {@code eind}, where the result starts), and carrying out the winners. A kiosk enforces the vote's
     * start and end by its own clock, and shows the phase.
     */
    public record Fasen(Instant ideeen, Instant voorstellen, Instant stemmen, Instant uitvoering) {}

    /** Whether the vote has not yet started at {@code nu}. */
    public boolean stemmenNogNiet(Instant nu) {
        return fasen != null && fasen.stemmen() != null && nu.isBefore(fasen.stemmen());
    }

    public Wijkbudget(
            String id,
            String wijk,
            String titel,
            String uitleg,
            long bedrag,
            List<Voorstel> voorstellen,
            boolean stemcodes,
            String regel,
            boolean demo) {
        this(id, wijk, titel, uitleg, bedrag, voorstellen, stemcodes, regel, demo, null, null);
    }

    /** Whether voting has ended at {@code nu}. */
    public boolean isGesloten(Instant nu) {
        return eind != null && !eind.isAfter(nu);
    }

    /** One proposal with what it costs in whole euros. */
    public record Voorstel(String id, String titel, String omschrijving, long bedrag) {}

    public Optional<Voorstel> voorstel(String voorstelId) {
        return voorstellen.stream().filter(v -> v.id().equals(voorstelId)).findFirst();
    }
}
