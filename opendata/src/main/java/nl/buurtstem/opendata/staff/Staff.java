package nl.buurtstem.opendata.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.web.Problems;

/**
 * The staff every feature works for: logins with roles and their sessions, who is asking ({@link #auth()}), the one
 * audit log of every change, and the publication status of content. Its tables come before any feature's.
 */
public final class Staff {

    public static final List<Migrations.Steps> SCHEMA =
            List.of(StaffUsers.SCHEMA, Lifecycle.SCHEMA, ConceptStore.SCHEMA);

    private final StaffUsers users;
    private final Sessions sessions;
    private final StaffAuth auth;
    private final Audit audit;
    private final Lifecycle lifecycle;
    private final CsrfGuard csrf;
    private final LoginThrottle throttle;
    private final Database db;
    private final StaffPaginas paginas;

    /** @param baseUri the node's public address: a request from a page there counts as from this site */
    public Staff(Database db, StaffAccess apiKey, Clock clock, String baseUri) {
        this.users = new StaffUsers(db);
        this.sessions = new Sessions(db, users, clock);
        this.csrf = new CsrfGuard(apiKey, baseUri);
        this.auth = new StaffAuth(apiKey, sessions, csrf);
        this.audit = new Audit(db, clock);
        this.lifecycle = new Lifecycle(db);
        this.throttle = new LoginThrottle(clock);
        this.db = db;
        String path = baseUri == null ? null : URI.create(baseUri).getRawPath();
        this.paginas = new StaffPaginas(auth, path == null || path.isEmpty() ? "/" : path);
    }

    /** The helpers every staff page uses: who is logged in, templates, messages after a form. */
    public StaffPaginas paginas() {
        return paginas;
    }

    /** Draft, publish and withdraw, audited; content is stored as JSON written by {@code json}. */
    public Redactie redactie(ObjectMapper json) {
        return new Redactie(db, json, audit, lifecycle);
    }

    /** Shows refusals on staff pages as pages in Dutch; install with the node's problem mapping. */
    public Problems.Page foutpagina() {
        return new Foutpagina(paginas, auth);
    }

    /** On first start, the login "admin" with its password in {@code passwordFile}. */
    public void ensureFirstAdmin(Path passwordFile) {
        users.ensureFirstAdmin(passwordFile);
    }

    public StaffAuth auth() {
        return auth;
    }

    /** The check that keeps other sites from acting with a staff login; installed ahead of every route. */
    public CsrfGuard csrf() {
        return csrf;
    }

    public Audit audit() {
        return audit;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public StaffUsers users() {
        return users;
    }

    StaffRoutes routes() {
        return new StaffRoutes(users, sessions, auth, audit, inloggen());
    }

    Inloggen inloggen() {
        return new Inloggen(users, sessions, audit, throttle);
    }
}
