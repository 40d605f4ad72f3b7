package nl.buurtstem.opendata.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.buurtstem.opendata.store.Database;
import nl.buurtstem.opendata.store.Migrations;

/** Personal staff logins: one per person, with a role; passwords only as salted hashes. */
public final class StaffUsers {

    public static final Migrations.Steps SCHEMA = new Migrations.Steps(
            "staff",
            List.of(
                    "CREATE TABLE medewerker (gebruikersnaam TEXT PRIMARY KEY, naam TEXT NOT NULL, rol TEXT NOT NULL, "
                            + "wachtwoord TEXT NOT NULL, created_at TEXT NOT NULL)",
                    "CREATE TABLE sessie (token_hash TEXT PRIMARY KEY, gebruikersnaam TEXT NOT NULL REFERENCES medewerker(gebruikersnaam), "
                            + "verloopt TEXT NOT NULL)",
                    "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, tijd TEXT NOT NULL, wie TEXT NOT NULL, actie TEXT NOT NULL, "
                            + "soort TEXT, ref TEXT, wat TEXT)",
                    "ALTER TABLE audit ADD COLUMN rol TEXT",
                    // The one wijk a wijkpanel member works for.
                    "ALTER TABLE medewerker ADD COLUMN wijk TEXT"));

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    static final int MIN_PASSWORD = 12;

    private final Database db;
    private final Passwords passwords;
    // Checked against when the name is unknown, so an unknown name costs the same hash as a wrong password.
    private final String dummyHash;

    public StaffUsers(Database db) {
        this(db, new Passwords());
    }

    StaffUsers(Database db, Passwords passwords) {
        this.db = db;
        this.passwords = passwords;
        this.dummyHash = passwords.hash(passwords.randomSecret());
    }

    /**
     * On first start, when nobody can log in yet, creates the login "admin" with a random password written
     * to {@code file} (readable only by the service user), as the staff API key is.
     */
    public void ensureFirstAdmin(Path file) {
        if (!all().isEmpty()) {
            return;
        }
        String password = passwords.randomSecret();
        // Central nodes started together on one database: the one whose login lands writes the password file.
        if (!insert("admin", "Beheerder", Rol.ADMIN, null, passwords.hash(password), " ON CONFLICT DO NOTHING")) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // Private from its first byte: written first and restricted after, it would be readable a moment.
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first admin password to " + file, e);
        }
    }

    public Medewerker create(String gebruikersnaam, String naam, Rol rol, String wachtwoord) {
        return create(gebruikersnaam, naam, rol, null, wachtwoord);
    }

    /** @param wijk the CBS code of the wijk a wijkpanel member works for; needed for them, ignored for others */
    public Medewerker create(String gebruikersnaam, String naam, Rol rol, String wijk, String wachtwoord) {
        if (gebruikersnaam == null || !NAME.matcher(gebruikersnaam).matches()) {
            throw new IllegalArgumentException(
                    "gebruikersnaam must be 2-40 lower-case letters, digits, '.', '_' or '-'");
        }
        if (naam == null || naam.isBlank()) {
            throw new IllegalArgumentException("naam is needed, as the audit log shows it");
        }
        if (wachtwoord == null || wachtwoord.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("wachtwoord must have at least " + MIN_PASSWORD + " characters");
        }
        if (rol == Rol.WIJKPANEL && (wijk == null || wijk.isBlank())) {
            throw new IllegalArgumentException("a wijkpanel login needs the wijk it works for");
        }
        String eigenWijk = rol == Rol.WIJKPANEL ? wijk : null;
        insert(gebruikersnaam, naam.strip(), rol, eigenWijk, passwords.hash(wachtwoord), "");
        return new Medewerker(gebruikersnaam, naam.strip(), rol, eigenWijk);
    }

    private boolean insert(String gebruikersnaam, String naam, Rol rol, String wijk, String hash, String onConflict) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO medewerker(gebruikersnaam, naam, rol, wachtwoord, created_at, wijk) "
                            + "VALUES (?, ?, ?, ?, ?, ?)" + onConflict)) {
                s.setString(1, gebruikersnaam);
                s.setString(2, naam);
                s.setString(3, rol.code());
                s.setString(4, hash);
                s.setString(5, Instant.now().toString());
                s.setString(6, wijk);
                return s.executeUpdate() == 1;
            }
        });
    }

    public boolean exists(String gebruikersnaam) {
        return find(gebruikersnaam).isPresent();
    }

    /**
     * The staff member, when the password is theirs. Known name or not, one password hash is computed, so the time
     * an answer takes does not tell which names exist.
     */
    public Optional<Medewerker> verify(String gebruikersnaam, String wachtwoord) {
        Optional<String[]> row = db.transaction(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT naam, rol, wachtwoord, wijk FROM medewerker WHERE gebruikersnaam = ?")) {
                q.setString(1, gebruikersnaam);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next()
                            ? Optional.of(
                                    new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                            : Optional.<String[]>empty();
                }
            }
        });
        // Hashed outside the transaction: a slow hash must not hold the database for everyone else.
        boolean matches = passwords.matches(
                wachtwoord == null ? "" : wachtwoord, row.map(r -> r[2]).orElse(dummyHash));
        if (row.isEmpty() || wachtwoord == null || !matches) {
            return Optional.empty();
        }
        return Optional.of(new Medewerker(gebruikersnaam, row.get()[0], Rol.fromCode(row.get()[1]), row.get()[3]));
    }

    public Optional<Medewerker> find(String gebruikersnaam) {
        return all().stream()
                .filter(m -> m.gebruikersnaam().equals(gebruikersnaam))
                .findFirst();
    }

    public List<Medewerker> all() {
        return db.transaction(c -> {
            List<Medewerker> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                            "SELECT gebruikersnaam, naam, rol, wijk FROM medewerker ORDER BY gebruikersnaam");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new Medewerker(
                            rs.getString(1), rs.getString(2), Rol.fromCode(rs.getString(3)), rs.getString(4)));
                }
            }
            return result;
        });
    }

    String randomSecret() {
        return passwords.randomSecret();
    }
}
