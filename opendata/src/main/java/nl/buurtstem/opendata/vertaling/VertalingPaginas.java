package nl.buurtstem.opendata.vertaling;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.web.Problem;

/**
 * /beheer/vertalingen/: what residents read on the kiosks, per item and per language (en tr ar pl uk), with what is
 * still missing; one item in one language as a form with the Dutch beside each field. A translation is live on the
 * kiosks at their next download; every change is in the audit log.
 */
final class VertalingPaginas {

    static final List<VertalingScherm.Taal> TALEN = List.of(
            new VertalingScherm.Taal("en", "Engels", false),
            new VertalingScherm.Taal("tr", "Turks", false),
            new VertalingScherm.Taal("ar", "Arabisch", true),
            new VertalingScherm.Taal("pl", "Pools", false),
            new VertalingScherm.Taal("uk", "Oekraïens", false));
    private static final int MAX_TEKST = 4000;

    private final StaffPaginas paginas;
    private final Audit audit;
    private final VertalingStore store;
    private final List<Vertaalitem.Bron> bronnen;
    private final ObjectMapper json;

    VertalingPaginas(
            StaffPaginas paginas,
            Audit audit,
            VertalingStore store,
            List<Vertaalitem.Bron> bronnen,
            ObjectMapper json) {
        this.paginas = paginas;
        this.audit = audit;
        this.store = store;
        this.bronnen = List.copyOf(bronnen);
        this.json = json;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/beheer/vertalingen/", this::lijst);
        cfg.routes.get("/beheer/vertalingen/vertaal", ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
            Vertaalitem item = item(ctx);
            VertalingScherm.Taal taal = taal(ctx);
            Formulier f = Formulier.leeg();
            store.all()
                    .getOrDefault(item.item(), Map.of())
                    .getOrDefault(taal.code(), Map.of())
                    .forEach(f::zet);
            toon(ctx, 200, wie, item, taal, f);
        });
        cfg.routes.post("/beheer/vertalingen/vertaal", this::bewaar);
    }

    /**
     * Every item, and per language how many of its fields are still in Dutch only, and how many were translated from a
     * Dutch text that has changed since.
     */
    List<VertalingScherm.Rij> rijen() {
        Map<String, Map<String, Map<String, String>>> alles = store.all();
        Map<String, Map<String, Map<String, String>>> gemaaktVan = store.gemaaktVan();
        List<VertalingScherm.Rij> rijen = new ArrayList<>();
        for (Vertaalitem item : items()) {
            List<Integer> ontbreekt = new ArrayList<>();
            List<Integer> verouderd = new ArrayList<>();
            for (VertalingScherm.Taal taal : TALEN) {
                Map<String, String> vertaald =
                        alles.getOrDefault(item.item(), Map.of()).getOrDefault(taal.code(), Map.of());
                ontbreekt.add((int) item.velden().keySet().stream()
                        .filter(v -> vertaald.getOrDefault(v, "").isBlank())
                        .count());
                verouderd.add(VertalingStore.verouderd(
                                gemaaktVan.getOrDefault(item.item(), Map.of()).getOrDefault(taal.code(), Map.of()),
                                item.velden())
                        .size());
            }
            rijen.add(new VertalingScherm.Rij(item.item(), item.soort(), item.titel(), ontbreekt, verouderd));
        }
        return rijen;
    }

    private void lijst(Context ctx) {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        List<VertalingScherm.Rij> rijen = rijen();
        List<Integer> perTaal = new ArrayList<>();
        for (int t = 0; t < TALEN.size(); t++) {
            final int i = t;
            perTaal.add((int) rijen.stream().filter(r -> r.teDoen(i)).count());
        }
        paginas.toon(ctx, wie, "Vertalingen", "vertaling/lijst.jte", new VertalingScherm.Lijst(TALEN, rijen, perTaal));
    }

    private void bewaar(Context ctx) throws Exception {
        Medewerker wie = paginas.vereist(ctx, Rol.EDITOR);
        Vertaalitem item = item(ctx);
        VertalingScherm.Taal taal = taal(ctx);
        Formulier f = Formulier.van(ctx);
        Map<String, String> velden = new LinkedHashMap<>();
        for (String veld : item.velden().keySet()) {
            String tekst = f.waarde(veld);
            if (tekst.length() > MAX_TEKST) {
                f.fout(veld, "Deze tekst is te lang: maximaal " + MAX_TEKST + " tekens.");
            } else if (!tekst.isEmpty()) {
                velden.put(veld, tekst);
            }
        }
        if (f.heeftFouten()) {
            toon(ctx, 422, wie, item, taal, f);
            return;
        }
        String body = json.writeValueAsString(velden);
        Map<String, String> nederlands = new LinkedHashMap<>();
        velden.keySet().forEach(veld -> nederlands.put(veld, item.velden().get(veld)));
        store.save(item.item(), taal.code(), velden, nederlands);
        bronnen.forEach(b -> b.vertaald(item.item()));
        audit.record(
                wie, "vertaling opgeslagen (" + taal.code() + ")", "vertaling", item.item() + "/" + taal.code(), body);
        int leeg = item.velden().size() - velden.size();
        paginas.verder(
                ctx,
                "vertalingen/",
                "De vertaling in het " + taal.naam() + " van \"" + item.titel()
                        + "\" staat binnen een minuut op de kiosks."
                        + (leeg > 0
                                ? " Nog " + leeg + " veld(en) zonder vertaling; daar toont de kiosk het Nederlands."
                                : ""));
    }

    private void toon(
            Context ctx, int status, Medewerker wie, Vertaalitem item, VertalingScherm.Taal taal, Formulier f) {
        Set<String> gewijzigd = store.verouderd(item.item(), taal.code(), item.velden());
        List<VertalingScherm.Veld> velden = new ArrayList<>();
        item.velden()
                .forEach((naam, nl) ->
                        velden.add(new VertalingScherm.Veld(naam, label(naam), nl, gewijzigd.contains(naam))));
        paginas.toon(
                ctx,
                status,
                wie,
                "Vertalen in het " + taal.naam(),
                "vertaling/item.jte",
                new VertalingScherm.Item(item.item(), item.soort(), item.titel(), taal, velden, f));
    }

    private List<Vertaalitem> items() {
        return bronnen.stream().flatMap(b -> b.get().stream()).toList();
    }

    private Vertaalitem item(Context ctx) {
        String naam = ctx.queryParam("item");
        return items().stream()
                .filter(i -> i.item().equals(naam))
                .findFirst()
                .orElseThrow(() -> Problem.notFound("Er is niets te vertalen met de naam " + naam + "."));
    }

    private static VertalingScherm.Taal taal(Context ctx) {
        String code = ctx.queryParam("taal");
        return TALEN.stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> Problem.notFound("Deze taal kent de kiosk niet: " + code + "."));
    }

    private static String label(String veld) {
        if (veld.startsWith("optie")) {
            return "Antwoord " + veld.substring(5);
        }
        if (veld.matches("doel\\d+")) {
            return "Doel " + veld.substring(4);
        }
        if (veld.matches("opgave\\d+")) {
            return "Opgave " + veld.substring(6);
        }
        return switch (veld) {
            case "vraag" -> "Vraag";
            case "titel" -> "Titel";
            case "samenvatting" -> "Samenvatting";
            case "verhaal" -> "Verhaal";
            case "meedoen" -> "Wat is er nodig";
            case "uitleg" -> "Uitleg";
            case "omschrijving" -> "Wat is het";
            case "aanbod" -> "Wat de gemeente doet";
            case "verwacht" -> "Wat de gemeente vraagt";
            case "zei" -> "U zei";
            case "doen" -> "Wij doen";
            case "tekst" -> "Het idee";
            case "antwoord" -> "Antwoord aan de bewoner";
            case "notitie" -> "Hoe ver het is";
            default -> veld;
        };
    }
}
