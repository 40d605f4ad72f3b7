package nl.buurtstem.opendata.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the central node keeps its truth: a SQLite file (the default, in the data folder) or a PostgreSQL database,
 * given as {@code postgresql://user:password@host:5432/buurtstem} (libpq's form, as IT writes it) or as a JDBC URL
 * ({@code jdbc:postgresql://host/buurtstem?user=...}).
 *
 * @param jdbcUrl    the JDBC URL, without user and password
 * @param properties user and password, when the address carried them
 */
public record DatabaseAddress(Dialect dialect, String jdbcUrl, Properties properties) {

    public DatabaseAddress {
        Properties copy = new Properties();
        copy.putAll(properties);
        properties = copy;
    }

    /** The embedded default: a SQLite file. */
    public static DatabaseAddress sqlite(Path file) {
        return new DatabaseAddress(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
    }

    /** Reads an address as given on the command line or in the configuration file. */
    public static DatabaseAddress parse(String address) {
        String a = address.strip();
        if (a.startsWith("jdbc:postgresql:")) {
            return new DatabaseAddress(Dialect.POSTGRESQL, a, new Properties());
        }
        if (a.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(a.substring("jdbc:sqlite:".length())));
        }
        if (a.startsWith("postgresql://") || a.startsWith("postgres://")) {
            return fromUri(URI.create(a));
        }
        throw new IllegalArgumentException("the database address must be postgresql://user:password@host:5432/name, "
                + "jdbc:postgresql://host:5432/name or jdbc:sqlite:/path/central.db, not " + a);
    }

    private static DatabaseAddress fromUri(URI uri) {
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException(
                    "a PostgreSQL address names a host and a database: postgresql://host:5432/buurtstem");
        }
        Properties properties = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            String[] parts = userInfo.split(":", 2);
            properties.setProperty("user", decode(parts[0]));
            if (parts.length == 2) {
                properties.setProperty("password", decode(parts[1]));
            }
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseAddress(
                Dialect.POSTGRESQL, "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, properties);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** For logs and messages: never the password. */
    @Override
    public String toString() {
        String shown = jdbcUrl.replaceAll("(?i)password=[^&]*", "password=...");
        return properties.containsKey("user") ? shown + " as " + properties.getProperty("user") : shown;
    }
}
