package nl.buurtstem.opendata.wijkupdate;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Optie;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.staff.Tijdveld;

/**
 * /beheer/wijkupdate/adressen: who gets the poster by mail. Everyone who may download the poster keeps its list; a
 * wijkpanel member only their own wijk's, as with the content they propose (see {@link Medewerker#werktVoor}).
 * The audit log names the change with the address masked.
 */
final class AdressenHandler {

    static final String PAD = "wijkupdate/adressen";
    // One address, nothing that could add a header or a second recipient to the mail.
    private static final Pattern ADRES = Pattern.compile("[^@\\s<>,;:\"()\\[\\]\\\\]+@[a-z0-9.-]+\\.[a-z]{2,}");
    private static final DateTimeFormatter MAAND =
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl"));

    private final StaffPaginas paginas;
    private final Audit audit;
    private final Adressenlijst lijst;
    private final Supplier<List<Optie>> wijken;
    private final Function<String, String> wijknaam;
    private final boolean mailserver;
    private final Clock clock;

    AdressenHandler(
            StaffPaginas paginas,
            Audit audit,
            Adressenlijst lijst,
            Supplier<List<Optie>> wijken,
            Function<String, String> wijknaam,
            boolean mailserver,
            Clock clock) {
        this.paginas = paginas;
        this.audit = audit;
        this.lijst = lijst;
        this.wijken = wijken;
        this.wijknaam = wijknaam;
        this.mailserver = mailserver;
        this.clock = clock;
    }

    void lijst(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.WIJKPANEL);
        toon(ctx, 200, wie, Formulier.leeg().zet("wijk", wie.wijk() == null ? "" : wie.wijk()));
    }

    void voegToe(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.WIJKPANEL);
        Formulier f = Formulier.van(ctx);
        String wijk = f.waarde("wijk");
        String adres = f.waarde("adres").toLowerCase(Locale.ROOT);
        if (wijken(wie).stream().noneMatch(o -> o.waarde().equals(wijk))) {
            f.fout(
                    "wijk",
                    wijk.isEmpty() || wie.werktVoor(wijk)
                            ? "Kies de wijk van het buurthuis."
                            : "U kunt alleen de lijst van uw eigen wijk bijhouden.");
        }
        if (adres.isEmpty()) {
            f.fout("adres", "Vul een e-mailadres in, bijvoorbeeld gastvrouw@buurthuis.nl.");
        } else if (adres.length() > 254 || !ADRES.matcher(adres).matches()) {
            f.fout("adres", "Dit is geen e-mailadres. Een e-mailadres ziet eruit als gastvrouw@buurthuis.nl.");
        }
        Optional<Abonnee> nieuw = f.heeftFouten() ? Optional.empty() : lijst.voegToe(wijk, adres, clock.instant());
        if (!f.heeftFouten() && nieuw.isEmpty()) {
            f.fout("adres", "Dit adres staat al op de lijst van deze wijk.");
        }
        if (f.heeftFouten()) {
            toon(ctx, 422, wie, f);
            return;
        }
        audit.record(
                wie, "adres toegevoegd", "wijkupdate-adres", wijk, nieuw.get().gemaskeerd());
        paginas.verder(ctx, PAD, "Het adres staat op de lijst van " + wijknaam.apply(wijk) + ".");
    }

    void verwijder(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.WIJKPANEL);
        Optional<Abonnee> a = lijst.metId(ctx.pathParamAsClass("id", Long.class).getOrDefault(-1L));
        if (a.isEmpty() || !wie.werktVoor(a.get().wijk())) {
            paginas.verder(ctx, PAD, "Dit adres staat niet (meer) op een lijst die u bijhoudt.");
            return;
        }
        lijst.verwijder(a.get().id());
        audit.record(
                wie,
                "adres verwijderd",
                "wijkupdate-adres",
                a.get().wijk(),
                a.get().gemaskeerd());
        paginas.verder(ctx, PAD, "Het adres is van de lijst gehaald.");
    }

    private void toon(Context ctx, int status, Medewerker wie, Formulier f) {
        // A mail takes seconds; one taken on ten minutes ago and not finished was cut off by a stop.
        Map<Long, YearMonth> onbekend = lijst.onbekend(clock.instant().minus(Duration.ofMinutes(10)));
        List<AdressenScherm.Regel> regels = lijst.van(wie.rol() == Rol.WIJKPANEL ? wie.wijk() : null).stream()
                .filter(a -> wie.werktVoor(a.wijk()))
                .map(a -> new AdressenScherm.Regel(
                        a.id(),
                        wijknaam.apply(a.wijk()),
                        a.adres(),
                        a.laatst() == null
                                ? null
                                : "De affiche van " + a.laatsteMaand().atDay(1).format(MAAND) + ", verstuurd op "
                                        + Tijdveld.leesbaar(a.laatst()),
                        onbekend.containsKey(a.id())
                                        && (a.laatsteMaand() == null
                                                || onbekend.get(a.id()).isAfter(a.laatsteMaand()))
                                ? "Niet zeker of de affiche van "
                                        + onbekend.get(a.id()).atDay(1).format(MAAND)
                                        + " aankwam: de server stopte tijdens het versturen. We sturen hem niet"
                                        + " nog een keer. Vraag het de ontvanger."
                                : a.fout()))
                .toList();
        paginas.toon(
                ctx,
                status,
                wie,
                "Wijkupdate per e-mail",
                "wijkupdate/adressen.jte",
                new AdressenScherm(f, wijken(wie), regels, mailserver));
    }

    private List<Optie> wijken(Medewerker wie) {
        return wijken.get().stream().filter(o -> wie.werktVoor(o.waarde())).toList();
    }
}
