package nl.buurtstem.opendata.initiatief;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.plan.Refs;
import nl.buurtstem.opendata.plan.Urls;
import nl.buurtstem.opendata.staff.Inhoud;
import nl.buurtstem.opendata.wijk.Wijk;

/**
 * Initiatives as staff manage them. Contact always goes through the municipality, so a story or "meedoen"
 * text with an e-mail address or phone number is refused: it would be published.
 */
public final class InitiatiefBeheer {

    static final int MAX_TITEL = 200;
    static final int MAX_TEKST = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[a-zA-Z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(\\+31|0)[\\s-]?\\d([\\s-]?\\d){8}");

    private InitiatiefBeheer() {}

    public static Inhoud<Initiatief> inhoud(InitiatiefStore initiatieven, Consumer<String> changed) {
        return new Inhoud<>(
                "initiatief",
                Initiatief.class,
                Initiatief::id,
                Initiatief::titel,
                InitiatiefBeheer::check,
                initiatieven::all,
                initiatieven::find,
                initiatieven::save,
                initiatieven::delete,
                changed);
    }

    static void check(Initiatief i) {
        Refs.require(i.id(), "id");
        if (i.titel() == null || i.titel().isBlank()) {
            throw new IllegalArgumentException("titel is needed");
        }
        if (i.wijk() != null && !Wijk.isWijkcode(i.wijk())) {
            throw new IllegalArgumentException("wijk must be a CBS wijkcode like WK019311");
        }
        if (i.foto() != null) {
            Urls.require(i.foto().url(), "foto.url");
            if (i.foto().beschrijving() == null || i.foto().beschrijving().isBlank()) {
                throw new IllegalArgumentException(
                        "a foto needs a beschrijving: what it shows, for people who cannot see it");
            }
        }
        // Lengths first: the patterns below take time that grows faster than the text (30,000 characters: seconds).
        tooLong(i.titel(), "titel", MAX_TITEL);
        tooLong(i.verhaal(), "verhaal", MAX_TEKST);
        tooLong(i.meedoen(), "meedoen", MAX_TEKST);
        for (String text : new String[] {i.titel(), i.verhaal(), i.meedoen()}) {
            if (text != null
                    && (EMAIL.matcher(text).find() || PHONE.matcher(text).find())) {
                throw new IllegalArgumentException("no e-mail addresses or phone numbers: contact goes through the "
                        + "municipality's ideeënmakelaar, and this text is published");
            }
        }
    }

    /** Whether the text holds an e-mail address or a Dutch phone number. Check its length first. */
    static boolean bevatContact(String text) {
        return text != null
                && (EMAIL.matcher(text).find() || PHONE.matcher(text).find());
    }

    private static void tooLong(String text, String field, int max) {
        if (text != null && text.length() > max) {
            throw new IllegalArgumentException(field + " may have at most " + max + " characters");
        }
    }
}
