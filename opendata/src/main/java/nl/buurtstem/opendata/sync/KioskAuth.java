package nl.buurtstem.opendata.sync;

import io.javalin.http.Context;
import nl.buurtstem.opendata.kiosk.Kiosk;

/** Checks a kiosk's request signature (the sync API's authenticator); throws a problem when it fails. */
@FunctionalInterface
public interface KioskAuth {
    Kiosk authenticate(Context ctx, byte[] body);
}
