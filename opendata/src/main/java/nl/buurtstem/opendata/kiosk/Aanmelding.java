package nl.buurtstem.opendata.kiosk;

import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.web.Problem;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;
import nl.buurtstem.opstartkaart.Openingstijden;

/** Registers a kiosk once what staff gave is checked: the same rules for the staff API and the dashboard's form. */
final class Aanmelding {

    private final KioskRegistry registry;
    private final WijkStore wijken;

    Aanmelding(KioskRegistry registry, WijkStore wijken) {
        this.registry = registry;
        this.wijken = wijken;
    }

    /** Refuses a missing name or an unknown wijk with a 400 problem, before anything is registered. */
    void check(String naam, String wijk) {
        if (naam == null || naam.isBlank()) {
            throw Problem.badRequest("invalid-kiosk", "naam is required: how staff will recognise this kiosk.");
        }
        if (!kentWijk(wijk)) {
            throw Problem.badRequest(
                    "unknown-wijk", "wijk must be the CBS code of a known wijk, e.g. WK019310; got " + wijk + ".");
        }
    }

    /** Whether {@code wijk} is the CBS code of a wijk of this municipality. */
    boolean kentWijk(String wijk) {
        return Wijk.isWijkcode(wijk) && wijken.find(wijk).isPresent();
    }

    /** Opening hours as staff sent them, checked; null stays null (always open). */
    static Map<String, List<String>> checked(Map<String, List<String>> perDag) {
        if (perDag == null) {
            return null;
        }
        try {
            return Openingstijden.uit(perDag).perDag();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("invalid-openingstijden", e.getMessage());
        }
    }

    KioskRegistry.Registration registreer(
            String naam, String buurthuis, String wijk, Map<String, List<String>> perDag) {
        check(naam, wijk);
        Map<String, List<String>> openingstijden = checked(perDag);
        KioskRegistry.Registration registration = registry.register(
                naam.strip(), buurthuis == null || buurthuis.isBlank() ? null : buurthuis.strip(), wijk);
        if (openingstijden != null) {
            registry.setOpeningstijden(registration.kioskId(), openingstijden);
        }
        return registration;
    }
}
