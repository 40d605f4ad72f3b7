package nl.buurtstem.opendata.staff;

import io.javalin.http.Context;
import java.nio.file.Path;
import nl.buurtstem.opendata.web.BearerToken;
import nl.buurtstem.opendata.web.Problem;

/**
 * The staff API key. Created on first start in the data folder, readable only by the service user;
 * IT hands it to the enrollment tool and scripts. People log in personally, with a role: see {@link StaffAuth}.
 */
public final class StaffAccess {

    private final BearerToken token;

    private StaffAccess(BearerToken token) {
        this.token = token;
    }

    public static StaffAccess fromFile(Path file) {
        return new StaffAccess(BearerToken.fromFile(file));
    }

    /** Whether the request carries the staff API key as a bearer token. */
    public boolean carriedBy(Context ctx) {
        return token.carriedBy(ctx);
    }

    /** Refuses the request unless it carries the staff API key as a bearer token. */
    public void require(Context ctx) {
        if (!carriedBy(ctx)) {
            throw new Problem(
                    401,
                    "staff-key-required",
                    "This needs the municipality's staff API key "
                            + "(Authorization: Bearer ...), found in the central node's data folder as staff-api-key.");
        }
    }
}
