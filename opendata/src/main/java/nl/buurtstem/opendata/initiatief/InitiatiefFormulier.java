package nl.buurtstem.opendata.initiatief;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.Optional;
import nl.buurtstem.opendata.lod.Iris;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.InhoudPaginas;

/** The initiative form: its story, what it needs, and a photo that is checked, scaled and stripped on upload. */
final class InitiatiefFormulier implements InhoudPaginas.Formulieren<Initiatief> {

    private final InitiatiefFotos fotos;
    private final Iris iris;

    InitiatiefFormulier(InitiatiefFotos fotos, Iris iris) {
        this.fotos = fotos;
        this.iris = iris;
    }

    @Override
    public Formulier formulier(Initiatief i) {
        Formulier f = Formulier.leeg()
                .zet("titel", i.titel())
                .zet("wijk", i.wijk() == null ? "" : i.wijk())
                .zet("verhaal", i.verhaal() == null ? "" : i.verhaal())
                .zet("meedoen", i.meedoen() == null ? "" : i.meedoen());
        if (i.foto() != null) {
            f.zet("foto-url", i.foto().url()).zet("fotobeschrijving", i.foto().beschrijving());
        }
        return f;
    }

    @Override
    public Optional<Initiatief> lees(Context ctx, Formulier f, String id, Optional<Initiatief> bestaand)
            throws Exception {
        UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile("foto") : null;
        if (upload != null && upload.size() > 0) {
            if (upload.size() > InitiatiefFotos.MAX_BYTES) {
                f.fout(
                        "foto",
                        "Deze foto is te groot (" + (upload.size() / 1024 / 1024 + 1)
                                + " MB). Een foto mag maximaal 3 MB zijn.");
            } else {
                try (InputStream in = upload.content()) {
                    f.zet("foto-url", iris.base() + fotos.bewaar(in.readAllBytes()));
                } catch (InitiatiefFotos.Geweigerd e) {
                    f.fout("foto", e.getMessage());
                }
            }
        }
        if (f.gekozen("foto-weg", "ja")) {
            f.zet("foto-url", "");
        }
        String titel = f.waarde("titel");
        if (titel.isEmpty()) {
            f.fout("titel", "Vul de naam van het initiatief in.");
        } else if (titel.length() > 100) {
            f.fout("titel", "De naam is te lang: maximaal 100 tekens.");
        }
        if (f.waarde("wijk").isEmpty()) {
            f.fout("wijk", "Kies de wijk van het initiatief.");
        }
        tekst(f, "verhaal", "Vertel kort wat de buren doen en waarom.", 2000);
        tekst(f, "meedoen", "Schrijf wat het initiatief nodig heeft: handen, spullen of een plek.", 1000);
        String beschrijving = f.waarde("fotobeschrijving");
        if (!f.waarde("foto-url").isEmpty() && beschrijving.isEmpty()) {
            f.fout("fotobeschrijving", "Beschrijf wat er op de foto staat, voor wie hem niet kan zien.");
        }
        if (f.heeftFouten()) {
            return Optional.empty();
        }
        Initiatief.Foto foto =
                f.waarde("foto-url").isEmpty() ? null : new Initiatief.Foto(f.waarde("foto-url"), beschrijving);
        return Optional.of(new Initiatief(
                id,
                f.waarde("wijk"),
                titel,
                f.waarde("verhaal"),
                f.waarde("meedoen"),
                bestaand.map(Initiatief::demo).orElse(false),
                foto));
    }

    private static void tekst(Formulier f, String veld, String leeg, int max) {
        String tekst = f.waarde(veld);
        if (tekst.isEmpty()) {
            f.fout(veld, leeg);
        } else if (tekst.length() > max) {
            f.fout(veld, "Deze tekst is te lang: " + tekst.length() + " tekens. Maximaal " + max + ".");
        } else if (InitiatiefBeheer.bevatContact(tekst)) {
            f.fout(
                    veld,
                    "Zet hier geen e-mailadres of telefoonnummer: deze tekst wordt openbaar. "
                            + "Bewoners nemen contact op via de ideeënmakelaar van de gemeente.");
        }
    }

    @Override
    public String titel(Initiatief i) {
        return i.titel();
    }

    @Override
    public String wijk(Initiatief i) {
        return i.wijk();
    }
}
