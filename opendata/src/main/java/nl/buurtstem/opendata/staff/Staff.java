package nl.buurtstem.opendata.staff;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

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

    public Staff(Database db, StaffAccess apiKey, Clock clock) {
        this.users = new StaffUsers(db);
        this.sessions = new Sessions(db, users, clock);
        this.auth = new StaffAuth(apiKey, sessions);
        this.audit = new Audit(db, clock);
        this.lifecycle = new Lifecycle(db);
    }

    /** On first start, the login "admin" with its password in {@code passwordFile}. */
    public void ensureFirstAdmin(Path passwordFile) {
        users.ensureFirstAdmin(passwordFile);
    }

    public StaffAuth auth() {
        return auth;
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
        return new StaffRoutes(users, sessions, auth, audit);
    }
}
