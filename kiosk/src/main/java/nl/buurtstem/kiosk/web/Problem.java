package nl.buurtstem.kiosk.web;

/** A request the kiosk refuses; rendered once as an RFC 9457 problem body by {@link Problems}. */
public final class Problem extends RuntimeException {

    private final int status;
    private final String type;

    public Problem(int status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}
