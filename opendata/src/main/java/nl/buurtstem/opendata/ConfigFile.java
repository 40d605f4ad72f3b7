package nl.buurtstem.opendata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The central node's configuration file: the command line's options, one {@code name = value} a line, so that IT
 * keeps the database address (with its password) in a file only the service user reads, not in a unit file.
 *
 * <pre>
 * # /etc/buurtstem/central.conf
 * data = /var/lib/buurtstem
 * database = jdbc:postgresql://db.gemeente.nl:5432/buurtstem?user=buurtstem&amp;password=...
 * port = 8080
 * publisher = GM0193 Gemeente Zwolle
 * demo = true
 * </pre>
 */
final class ConfigFile {

    private ConfigFile() {}

    /** The file's options as command-line arguments. */
    static List<String> read(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        int number = 0;
        for (String raw : Files.readAllLines(file)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("line " + number + " is not 'name = value': " + line);
            }
            String name = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if ("demo".equals(name)) {
                if (Boolean.parseBoolean(value)) {
                    args.add("--demo");
                }
                continue;
            }
            args.add("--" + name);
            if ("publisher".equals(name)) {
                String[] codeAndName = value.split("\\s+", 2);
                args.addAll(List.of(codeAndName));
            } else {
                args.add(value);
            }
        }
        return args;
    }
}
