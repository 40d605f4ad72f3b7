package nl.buurtstem.opendata.wijk;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.web.Problem;

/**
 * /beheer/wijken/: each wijk's name, its outline for the kiosk's map (upload of CBS's wijk boundary as GeoJSON), and
 * its gebiedsagenda (goals and tasks, one a line). For a publicist: this is what every kiosk draws and shows.
 */
final class WijkPaginas {

    private final StaffPaginas paginas;
    private final Audit audit;
    private final WijkStore wijken;
    private final WijkkaartStore kaart;
    private final WijkGrenzen grenzen;
    private final Gebiedsagenda.Store agendas;
    private final Consumer<String> gewijzigd;
    private final CbsWijkkaart cbs = new CbsWijkkaart();

    /**
     * @param gewijzigd told the wijk's code when its outline or gebiedsagenda changed (its open data then carries the
     *     new one)
     */
    WijkPaginas(
            StaffPaginas paginas,
            Audit audit,
            WijkStore wijken,
            WijkkaartStore kaart,
            WijkGrenzen grenzen,
            Gebiedsagenda.Store agendas,
            Consumer<String> gewijzigd) {
        this.paginas = paginas;
        this.audit = audit;
        this.wijken = wijken;
        this.kaart = kaart;
        this.grenzen = grenzen;
        this.agendas = agendas;
        this.gewijzigd = gewijzigd;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/beheer/wijken/", ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
            Map<String, List<List<double[]>>> met = grenzen.alle();
            List<WijkScherm.Rij> rijen = wijken.all().stream()
                    .sorted((a, b) -> a.naam().compareTo(b.naam()))
                    .map(w -> new WijkScherm.Rij(
                            w.code(),
                            w.naam(),
                            met.containsKey(w.code()),
                            agendas.van(w.code()).isPresent()))
                    .toList();
            paginas.toon(ctx, wie, "Wijken", "wijk/lijst.jte", new WijkScherm.Lijst(rijen));
        });
        cfg.routes.get("/beheer/wijken/{code}", ctx -> {
            Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
            Wijk w = wijk(ctx);
            Formulier f = Formulier.leeg().zet("naam", w.naam());
            agendas.van(w.code())
                    .ifPresent(a -> f.zet("doelen", String.join("\n", a.doelen()))
                            .zet("opgaven", String.join("\n", a.opgaven())));
            toon(ctx, 200, wie, w, f);
        });
        cfg.routes.post("/beheer/wijken/{code}", this::bewaar);
    }

    private void bewaar(Context ctx) throws Exception {
        Medewerker wie = paginas.vereist(ctx, Rol.PUBLISHER);
        Wijk w = wijk(ctx);
        Formulier f = Formulier.van(ctx);
        String naam = f.waarde("naam");
        if (naam.isEmpty() || naam.length() > 80) {
            f.fout("naam", "Vul de naam in zoals bewoners hem kennen, hoogstens 80 tekens.");
        }
        List<List<double[]>> ringen = null;
        UploadedFile bestand = ctx.isMultipartFormData() ? ctx.uploadedFile("grens") : null;
        boolean uitCbs = f.gekozen("cbs", "ja");
        if (uitCbs && bestand != null && bestand.size() > 0) {
            f.fout("grens", "Kies een bestand of de grens uit de CBS-kaart, niet allebei.");
        } else if (uitCbs) {
            ringen = cbsGrens(w).orElse(null);
            if (ringen == null) {
                f.fout("grens", "Voor deze wijk staat geen grens in de meegeleverde CBS-kaart. Kies een bestand.");
            }
        } else if (bestand != null && bestand.size() > 0) {
            if (bestand.size() > WijkGrenzen.MAX_BYTES) {
                f.fout("grens", "Dit bestand is te groot. Een wijkgrens mag maximaal 3 MB zijn.");
            } else {
                try (InputStream in = bestand.content()) {
                    ringen = grenzen.lees(in.readAllBytes(), w.code());
                } catch (WijkGrenzen.Geweigerd e) {
                    f.fout("grens", e.getMessage());
                }
            }
        }
        List<String> doelen = regels(f.waarde("doelen"));
        List<String> opgaven = regels(f.waarde("opgaven"));
        if (doelen.size() > 20
                || opgaven.size() > 20
                || doelen.stream().anyMatch(r -> r.length() > 300)
                || opgaven.stream().anyMatch(r -> r.length() > 300)) {
            f.fout("doelen", "Hoogstens 20 doelen en 20 opgaven, elk op een eigen regel van hoogstens 300 tekens.");
        }
        if (f.heeftFouten()) {
            toon(ctx, 422, wie, w, f);
            return;
        }
        if (!naam.equals(w.naam())) {
            wijken.save(new Wijk(w.code(), naam, w.gemeente(), w.jaar()));
            audit.record(wie, "naam gewijzigd", "wijk", w.code(), naam);
        }
        agendas.bewaar(new Gebiedsagenda(w.code(), doelen, opgaven));
        audit.record(
                wie,
                "gebiedsagenda opgeslagen",
                "wijk",
                w.code(),
                String.join(" | ", doelen) + " || " + String.join(" | ", opgaven));
        if (ringen != null) {
            grenzen.bewaar(w.code(), ringen);
            if (uitCbs) {
                audit.record(
                        wie, "grens overgenomen", "wijk", w.code(), "CBS Wijk- en Buurtkaart " + CbsWijkkaart.JAAR);
            } else {
                audit.record(wie, "grens geüpload", "wijk", w.code(), bestand.filename());
            }
        }
        gewijzigd.accept(w.code());
        if (ringen != null || !naam.equals(w.naam())) {
            tekenKaart();
        }
        paginas.verder(
                ctx,
                "wijken/" + w.code(),
                "De wijk " + naam + " is opgeslagen. De kiosks tonen het bij hun volgende update.");
    }

    private void tekenKaart() {
        if (grenzen.alle().isEmpty()) {
            return;
        }
        Map<String, String> namen = new LinkedHashMap<>();
        wijken.all().forEach(w -> namen.put(w.code(), w.naam()));
        String id = kaart.current().map(Wijkkaart::id).orElse("kaart");
        kaart.save(
                grenzen.kaart(id, namen, kaart.current().map(Wijkkaart::plekken).orElse(Map.of())));
    }

    private void toon(Context ctx, int status, Medewerker wie, Wijk w, Formulier f) {
        Wijkkaart k = grenzen.alle().containsKey(w.code()) ? kaart.current().orElse(null) : null;
        String pad = k == null
                ? null
                : k.wijken().stream()
                        .filter(v -> v.code().equals(w.code()))
                        .map(Wijkkaart.Vorm::pad)
                        .findFirst()
                        .orElse(null);
        paginas.toon(
                ctx,
                status,
                wie,
                "Wijk " + w.naam(),
                "wijk/scherm.jte",
                new WijkScherm.Een(
                        w.code(),
                        w.naam(),
                        f,
                        pad == null ? null : k.viewBox(),
                        pad,
                        cbsGrens(w).isPresent() ? CbsWijkkaart.JAAR : null));
    }

    private Optional<List<List<double[]>>> cbsGrens(Wijk w) {
        Optional<byte[]> kaart = cbs.voor(w);
        if (kaart.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(grenzen.lees(kaart.get(), w.code()));
        } catch (WijkGrenzen.Geweigerd e) {
            return Optional.empty();
        }
    }

    private Wijk wijk(Context ctx) {
        String code = ctx.pathParam("code");
        return wijken.find(code).orElseThrow(() -> Problem.notFound("Er is geen wijk " + code + "."));
    }

    private static List<String> regels(String tekst) {
        return Arrays.stream(tekst.split("\n"))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
    }
}
