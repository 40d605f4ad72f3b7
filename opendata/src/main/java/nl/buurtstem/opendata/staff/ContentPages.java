package nl.buurtstem.opendata.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.buurtstem.opendata.web.Html;

/** The staff's content page: every kind of content, its status, a draft editor, publish and withdraw. */
public final class ContentPages {

    private final StaffAuth auth;
    private final String body;

    public ContentPages(StaffAuth auth) {
        this.auth = auth;
        try (InputStream in = ContentPages.class.getResourceAsStream("/beheer-ui/inhoud.html")) {
            this.body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the content page is missing from the classpath", e);
        }
    }

    public void install(JavalinConfig cfg) {
        cfg.routes.get("/beheer/inhoud", ctx -> {
            if (auth.current(ctx).isEmpty()) {
                ctx.redirect("/beheer/login", HttpStatus.SEE_OTHER);
                return;
            }
            ctx.html(Html.page("Inhoud beheren", body));
        });
    }
}
