package nl.buurtstem.opendata.staff;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/** The staff side wired together: logins with roles, sessions, the audit log, publication status. */
public final class Staff {

    private final StaffUsers users;
    private final StaffAuth auth;
    private final Audit audit;
    private final Lifecycle lifecycle;
    private final StaffRoutes routes;

    /** Creates the tables if needed and, on first start, the login "admin" with its password in {@code dataDir}. */
    public Staff(Database db, StaffAccess apiKey, Clock clock, Path dataDir) {
        Migrations.apply(db, List.of(StaffUsers.SCHEMA, Lifecycle.SCHEMA));
        this.users = new StaffUsers(db);
        users.ensureFirstAdmin(dataDir.resolve("staff-admin-password"));
        Sessions sessions = new Sessions(db, users, clock);
        this.auth = new StaffAuth(apiKey, sessions);
        this.audit = new Audit(db, clock);
        this.lifecycle = new Lifecycle(db);
        this.routes = new StaffRoutes(users, sessions, auth, audit);
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

    public StaffRoutes routes() {
        return routes;
    }
}
