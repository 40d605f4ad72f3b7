package nl.buurtstem.opendata.kiosk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Medewerker;
import nl.buurtstem.opendata.web.JsonBody;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opstartkaart.BootSettings;
import nl.buurtstem.opstartkaart.Opstartkaart;

/**
 * The dashboard's "Kiosk aanmelden": registers a kiosk and hands staff its opstartkaart (boot card) as a zip, made by
 * the opstartkaart module just as {@code buurtstem enroll} makes it. Only an admin may: the card lets a device send answers in the municipality's name.
 */
final class OpstartkaartRoutes {

    static final String PATH = "/api/beheer/opstartkaart";

    private final ObjectMapper json;
    private final KioskRechten access;
    private final Aanmelding aanmelding;
    private final Supplier<Optional<String>> releaseKey;
    private final String centralUrl;
    private final Audit audit;
    private final Gebeurtenissen gebeurtenissen;
    private final Clock clock;

    OpstartkaartRoutes(
            ObjectMapper json,
            KioskRechten access,
            Aanmelding aanmelding,
            Supplier<Optional<String>> releaseKey,
            String centralUrl,
            Audit audit,
            Gebeurtenissen gebeurtenissen,
            Clock clock) {
        this.json = json;
        this.access = access;
        this.aanmelding = aanmelding;
        this.releaseKey = releaseKey;
        this.centralUrl = centralUrl;
        this.audit = audit;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get(PATH, this::kan);
        cfg.routes.post(PATH, this::maak);
    }

    /** Whether the form can work here, and if not why (a code the dashboard puts in words) before staff fill it in. */
    private void kan(Context ctx) {
        Medewerker wie = access.require(ctx, KioskRechten.Recht.BEKIJKEN);
        Optional<Belemmering> belemmering = KioskRechten.allowed(wie.rol()).contains(KioskRechten.Recht.AANMELDEN)
                ? belemmering()
                : Optional.of(Belemmering.GEEN_ADMIN);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kan", belemmering.isEmpty());
        body.put("reden", belemmering.map(Belemmering::code).orElse(null));
        ctx.json(body);
    }

    private enum Belemmering {
        GEEN_ADMIN("geen-admin", "Only an admin may register a kiosk."),
        GEEN_RELEASE(
                "geen-release",
                "No kiosk release has been published yet (docs/guides/it.md): without its key a "
                        + "kiosk could never install its software.");

        private final String code;
        private final String detail;

        Belemmering(String code, String detail) {
            this.code = code;
            this.detail = detail;
        }

        String code() {
            return code;
        }
    }

    private Optional<Belemmering> belemmering() {
        return releaseKey.get().isEmpty() ? Optional.of(Belemmering.GEEN_RELEASE) : Optional.empty();
    }

    private void maak(Context ctx) throws IOException {
        Medewerker wie = access.require(ctx, KioskRechten.Recht.AANMELDEN);
        belemmering().ifPresent(reden -> {
            throw new Problem(
                    409,
                    "cannot-make-boot-card",
                    reden.detail + " Nothing was registered.",
                    Map.of("reden", reden.code));
        });
        KaartAanvraag aanvraag = JsonBody.read(json, ctx, KaartAanvraag.class);
        Map<String, String> fouten = aanvraag.fouten(aanmelding);
        if (!fouten.isEmpty()) {
            throw new Problem(
                    400,
                    "invalid-boot-card",
                    "Some fields are wrong, each told in velden (in Dutch, for the form). Nothing was registered.",
                    Map.of("velden", fouten));
        }
        BootSettings kaart;
        try {
            kaart = aanvraag.kaartinstellingen();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(
                    "invalid-boot-card", e.getMessage().replaceFirst("\\.?$", ". Nothing was registered."));
        }
        KioskRegistry.Registration registration = aanmelding.registreer(
                aanvraag.naam(),
                aanvraag.buurthuis(),
                aanvraag.wijk(),
                kaart.openingstijden().perDag());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        new Opstartkaart(
                        aanvraag.aangemeld(registration, centralUrl),
                        kaart.withReleaseKey(releaseKey.get().orElseThrow()),
                        clock)
                .writeZip(zip);
        audit.record(wie, "Kiosk aangemeld en opstartkaart gemaakt", "kiosk", registration.kioskId(), null);
        gebeurtenissen.note(
                registration.kioskId(),
                clock.instant(),
                "Aangemeld door " + wie.weergavenaam() + "; opstartkaart gemaakt");
        // The zip holds the one-time token and the Wi-Fi password: no cache may keep a copy.
        ctx.header("Cache-Control", "no-store")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"opstartkaart-" + registration.kioskId() + ".zip\"")
                .header("X-Kiosk-Id", registration.kioskId());
        ctx.status(201).contentType("application/zip").result(zip.toByteArray());
    }
}
