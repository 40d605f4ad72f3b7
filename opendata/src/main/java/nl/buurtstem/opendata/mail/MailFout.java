package nl.buurtstem.opendata.mail;

import java.io.IOException;

/** Delivery failed; {@link #code()} is the mail server's reply code, or 0 when it could not be reached or hung up. */
public final class MailFout extends IOException {

    private final int code;

    MailFout(String message, int code) {
        super(message);
        this.code = code;
    }

    MailFout(String message, IOException cause) {
        super(message, cause);
        this.code = 0;
    }

    public int code() {
        return code;
    }

    /** Whether the server refused the address for good (5xx), rather than being away or busy for a while. */
    public boolean adresGeweigerd() {
        return code >= 500 && code < 600;
    }
}
