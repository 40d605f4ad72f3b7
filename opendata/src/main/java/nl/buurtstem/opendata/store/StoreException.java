package nl.buurtstem.opendata.store;

/** The database failed; nothing of the failed transaction was kept. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
