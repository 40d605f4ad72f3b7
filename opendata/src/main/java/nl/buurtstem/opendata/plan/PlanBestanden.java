package nl.buurtstem.opendata.plan;

import io.javalin.config.JavalinConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;
import nl.buurtstem.opendata.web.Problem;

/**
 * PDF documents staff upload for a plan, kept in the database and served by the node at
 * /documenten/{sha256}.pdf: the address is its content's hash, so it never changes under a link and a second
 * upload of the same file is the same document.
 */
final class PlanBestanden {

    static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "plan-bestand",
            List.of("CREATE TABLE plan_bestand (sha256 TEXT PRIMARY KEY, naam TEXT NOT NULL, pdf BLOB NOT NULL, "
                    + "geupload TEXT NOT NULL)"));

    static final int MAX_BYTES = 3 * 1024 * 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final Database db;

    PlanBestanden(Database db) {
        this.db = db;
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length > PDF.length && Arrays.equals(Arrays.copyOf(bytes, PDF.length), PDF);
    }

    /** Stores the PDF and returns its path below the node, e.g. "documenten/ab12….pdf". */
    String bewaar(String naam, byte[] pdf) {
        String sha = sha256(pdf);
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO plan_bestand(sha256, naam, pdf, geupload) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, sha);
                s.setString(2, naam);
                s.setBytes(3, pdf);
                s.setString(4, Instant.now().toString());
                s.executeUpdate();
            }
        });
        return "documenten/" + sha + ".pdf";
    }

    Optional<byte[]> pdf(String sha) {
        return db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT pdf FROM plan_bestand WHERE sha256 = ?")) {
                q.setString(1, sha);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/documenten/{bestand}", ctx -> {
            String bestand = ctx.pathParam("bestand");
            if (!bestand.matches("[0-9a-f]{64}\\.pdf")) {
                throw Problem.notFound("There is no document " + bestand + ".");
            }
            byte[] pdf = pdf(bestand.substring(0, 64))
                    .orElseThrow(() -> Problem.notFound("There is no document " + bestand + "."));
            // Immutable: the name is the content's hash.
            ctx.header("Cache-Control", "public, max-age=31536000, immutable");
            ctx.header("Content-Disposition", "inline");
            ctx.contentType("application/pdf").result(pdf);
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
