package nl.buurtstem.opendata.staff;

import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.buurtstem.opendata.Core;
import nl.buurtstem.opendata.Feature;

/**
 * The staff's own pages: logging in, staff logins and the audit log for admins, and drafting, publishing and
 * withdrawing every kind of content the features declare.
 */
public final class StaffFeature implements Feature {

    private final Staff staff;
    private final Path adminPasswordFile;
    private final StaffRoutes routes;
    private final ContentAdmin content;
    private final StaffPages pages;
    private final Taalcheck taalcheck;
    private final MedewerkerPaginas medewerkers;

    /**
     * @param kinds   every kind of content staff manage, from the features that own them
     * @param werk    what the features put on the staff home
     * @param kiosks  how the kiosks are, for the staff home
     */
    public StaffFeature(
            Core core,
            List<Inhoud<?>> kinds,
            List<Werk.Bron> werk,
            Supplier<Kioskstand> kiosks,
            Supplier<List<Optie>> wijken,
            Function<String, String> wijknaam) {
        this.staff = core.staff();
        this.adminPasswordFile = core.dataDir().resolve("staff-admin-password");
        this.routes = staff.routes();
        this.content = new ContentAdmin(core.db(), core.json(), staff, kinds);
        this.pages =
                new StaffPages(staff.paginas(), staff.auth(), staff.inloggen(), werk, kiosks, wijken, core.clock());
        this.taalcheck = Taalcheck.uit(core.dataDir());
        this.medewerkers = new MedewerkerPaginas(staff.paginas(), staff.users(), staff.audit(), wijken, wijknaam);
    }

    @Override
    public void open() {
        staff.ensureFirstAdmin(adminPasswordFile);
    }

    @Override
    public void routes(JavalinConfig cfg) {
        routes.install(cfg);
        content.install(cfg);
        pages.install(cfg);
        medewerkers.install(cfg);
        cfg.routes.post("/api/beheer/taalcheck", ctx -> {
            staff.auth().require(ctx, Rol.WIJKPANEL);
            ctx.json(taalcheck.check(ctx.bodyAsClass(TeControleren.class).tekst()));
        });
    }

    record TeControleren(String tekst) {}
}
