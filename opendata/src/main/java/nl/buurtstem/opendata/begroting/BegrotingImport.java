package nl.buurtstem.opendata.begroting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports budget lines from a CSV file (jaar;taakveld;fase;bedrag, with ; or , between fields) in the
 * background, so staff see its progress; every line that is wrong is reported with its line number and
 * why, and all good lines are imported.
 */
public final class BegrotingImport implements AutoCloseable {

    /** One wrong line: its number in the file and what is wrong, in words staff can act on. */
    public record Fout(int regel, String melding) {}

    /** Where an import is. */
    public record Voortgang(long id, String status, int totaal, int verwerkt, int geimporteerd, List<Fout> fouten) {}

    private static final int BATCH = 500;
    private static final BigDecimal MAX_BEDRAG = BigDecimal.TEN.pow(15);

    private final BegrotingStore store;
    private final Taakvelden taakvelden;
    private final Runnable afterwards;
    private final Map<Long, Voortgang> runs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "begroting-import");
        t.setDaemon(true);
        return t;
    });

    /** @param afterwards called when an import has stored its lines (republishes the budget) */
    public BegrotingImport(BegrotingStore store, Taakvelden taakvelden, Runnable afterwards) {
        this.store = store;
        this.taakvelden = taakvelden;
        this.afterwards = afterwards;
    }

    /** Starts importing {@code csv}; returns its id for {@link #voortgang}. */
    public long start(String csv) {
        long id = ids.incrementAndGet();
        String[] lines = csv.replace("\r", "").split("\n");
        runs.put(id, new Voortgang(id, "bezig", lines.length - 1, 0, 0, List.of()));
        worker.submit(() -> run(id, lines));
        return id;
    }

    public Optional<Voortgang> voortgang(long id) {
        return Optional.ofNullable(runs.get(id));
    }

    private void run(long id, String[] lines) {
        Instant started = Instant.now();
        List<Fout> fouten = new ArrayList<>();
        List<Begrotingsregel> batch = new ArrayList<>();
        AtomicInteger imported = new AtomicInteger();
        int total = lines.length - 1;
        if (lines.length == 0
                || !lines[0].toLowerCase(Locale.ROOT).replace(" ", "").matches("jaar[;,]taakveld[;,]fase[;,]bedrag")) {
            runs.put(
                    id,
                    new Voortgang(
                            id,
                            "mislukt",
                            total,
                            0,
                            0,
                            List.of(new Fout(
                                    1, "De eerste regel moet de kolomnamen zijn: jaar;taakveld;fase;bedrag"))));
            return;
        }
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                try {
                    batch.add(parse(lines[i]));
                } catch (IllegalArgumentException e) {
                    fouten.add(new Fout(i + 1, e.getMessage()));
                }
            }
            if (batch.size() >= BATCH || i == lines.length - 1) {
                store.saveAll(batch);
                imported.addAndGet(batch.size());
                batch.clear();
            }
            runs.put(id, new Voortgang(id, "bezig", total, i, imported.get(), List.copyOf(fouten)));
        }
        store.recordImport(started, Instant.now(), imported.get(), fouten.size());
        afterwards.run();
        runs.put(id, new Voortgang(id, "klaar", total, total, imported.get(), List.copyOf(fouten)));
    }

    /** One line of the CSV as a budget line; throws IllegalArgumentException with the reason for staff. */
    Begrotingsregel parse(String line) {
        boolean semicolons = line.contains(";");
        String[] f = line.split(semicolons ? ";" : ",", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("verwacht 4 velden (jaar;taakveld;fase;bedrag), gevonden " + f.length);
        }
        int jaar;
        try {
            jaar = Integer.parseInt(f[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("jaar '" + f[0].trim() + "' is geen jaartal");
        }
        if (jaar < 1900 || jaar > 2200) {
            throw new IllegalArgumentException("jaar " + jaar + " ligt niet tussen 1900 en 2200");
        }
        String taakveld = f[1].trim();
        if (!taakvelden.bestaat(taakveld)) {
            throw new IllegalArgumentException(
                    "taakveld '" + taakveld + "' staat niet in de Iv3-taakvelden " + Taakvelden.VERSIE);
        }
        String fase = f[2].trim().toLowerCase(Locale.ROOT);
        if (!Begrotingsregel.FASEN.contains(fase)) {
            throw new IllegalArgumentException("fase '" + f[2].trim() + "' moet begroot of gerealiseerd zijn");
        }
        BigDecimal bedrag;
        try {
            bedrag = new BigDecimal(amount(f[3], semicolons));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "bedrag '" + f[3].trim() + "' is geen getal (gebruik een punt voor decimalen)");
        }
        // Written out in full later (database, open data): "1e999999999" would be a billion digits.
        if (bedrag.scale() > 4 || bedrag.scale() < -15 || bedrag.abs().compareTo(MAX_BEDRAG) >= 0) {
            throw new IllegalArgumentException("bedrag '" + f[3].trim()
                    + "' is geen bedrag in euro (hoogstens 4 decimalen, kleiner dan 1.000.000.000.000.000)");
        }
        return new Begrotingsregel(jaar, taakveld, fase, bedrag);
    }

    /** With ; between fields, a Dutch decimal comma (1234,56) is allowed too. */
    private static String amount(String field, boolean semicolons) {
        String a = field.trim().replace(" ", "");
        return semicolons && a.indexOf(',') >= 0 && a.indexOf('.') < 0 ? a.replace(',', '.') : a;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
