package nl.buurtstem.opendata.fleet;

import io.javalin.http.Context;

/** Checks a kiosk's request signature (the sync API's authenticator); throws a problem when it fails. */
@FunctionalInterface
public interface KioskAuth {
    Kiosk authenticate(Context ctx, byte[] body);
}
