package nl.buurtstem.opendata.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import nl.buurtstem.opendata.store.Database;

/** Login sessions: a random token in an HttpOnly cookie; only its hash is stored, so a copied database logs nobody in. */
final class Sessions {

    static final Duration LIFETIME = Duration.ofHours(8);

    private final Database db;
    private final StaffUsers users;
    private final Clock clock;

    Sessions(Database db, StaffUsers users, Clock clock) {
        this.db = db;
        this.users = users;
        this.clock = clock;
    }

    String open(Medewerker wie) {
        String token = users.randomSecret() + users.randomSecret();
        db.run(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO sessie(token_hash, gebruikersnaam, verloopt) VALUES (?, ?, ?)")) {
                s.setString(1, hash(token));
                s.setString(2, wie.gebruikersnaam());
                s.setString(3, Instant.now(clock).plus(LIFETIME).toString());
                s.executeUpdate();
            }
        });
        return token;
    }

    Optional<Medewerker> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<String> who = db.transaction(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT gebruikersnaam, verloopt FROM sessie WHERE token_hash = ?")) {
                q.setString(1, hash(token));
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && Instant.parse(rs.getString(2)).isAfter(Instant.now(clock))) {
                        return Optional.of(rs.getString(1));
                    }
                    return Optional.<String>empty();
                }
            }
        });
        return who.flatMap(users::find);
    }

    void close(String token) {
        db.run(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sessie WHERE token_hash = ?")) {
                s.setString(1, hash(token == null ? "" : token));
                s.executeUpdate();
            }
        });
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
