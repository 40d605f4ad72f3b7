package nl.buurtstem.opendata;

import java.time.Instant;
import java.util.UUID;

/**
 * What a kiosk sends, written out as docs/sync-protocol.md gives it: batches of events (answers, mostly) and the body
 * of a heartbeat. {@link TestKiosk} sends them; the benches build their loads from them, so keep them lean.
 */
public final class KioskBerichten {

    /** The demo's poll in Diezerpoort, which a story can answer without publishing one. */
    public static final String PEILING = "speelplek-diezerpoort";

    private KioskBerichten() {}

    public static String batch(Instant sentAt, String events) {
        return "{\"protocol\":1,\"sentAt\":\"" + sentAt + "\",\"events\":[" + events + "]}";
    }

    /** One event of the outbox: its sequence and id, its type, when it happened and its data (a JSON object). */
    public static String event(long seq, String id, String type, Instant at, String data) {
        return "{\"seq\":" + seq + ",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"at\":\"" + at + "\",\"data\":"
                + data + "}";
    }

    public static String answer(long seq, String id, Instant at, String peiling, int optie) {
        return event(
                seq,
                id,
                "antwoord",
                at,
                "{\"peiling\":\"" + peiling + "\",\"optie\":" + optie + ",\"kanaal\":\"scherm\"}");
    }

    /** A batch of one answer to {@code peiling}, given and sent now. */
    public static String answerBatch(long seq, String peiling, int optie) {
        return batch(Instant.now(), answer(seq, UUID.randomUUID().toString(), Instant.now(), peiling, optie));
    }

    /** Answers with sequences {@code from} to {@code to}, each with an id derived from its sequence (so resends match). */
    public static String answers(long from, long to) {
        StringBuilder events = new StringBuilder();
        Instant at = Instant.now();
        for (long seq = from; seq <= to; seq++) {
            events.append(events.isEmpty() ? "" : ",").append(answerEvent(seq, at));
        }
        return batch(at, events.toString());
    }

    /** The answer with this sequence, always the same event (same id, same option) when built again. */
    public static String answerEvent(long seq) {
        return answerEvent(seq, Instant.now());
    }

    private static String answerEvent(long seq, Instant at) {
        return answer(seq, idOf(seq), at, PEILING, 1 + (int) (seq % 4));
    }

    /** The id of the answer with this sequence, as {@link #answers} sends it. */
    public static String idOf(long seq) {
        return "00000000-0000-4000-8000-" + String.format("%012d", seq);
    }

    /** The heartbeat of a healthy kiosk with this outbox depth and CPU temperature. */
    public static String healthy(long outbox, Double temperature) {
        return "{\"protocol\":1,\"software\":\"0.1.0-test\",\"uptimeSeconds\":120,\"outbox\":" + outbox
                + ",\"answersToday\":3,\"cpuTemperature\":" + temperature
                + ",\"throttled\":false,\"underVoltage\":false,"
                + "\"diskFreeBytes\":8000000000,\"diskTotalBytes\":16000000000,\"screenOn\":true,\"pageAlive\":true}";
    }
}
