package nl.buurtstem.opendata.sync;

import java.util.List;
import nl.buurtstem.opendata.store.Migrations;

/** The sync room's tables. Steps are only ever appended: a central node upgraded in place applies the new ones. */
final class SyncSchema {

    static final Migrations.Steps STEPS = new Migrations.Steps(
            "sync",
            List.of(
                    // Every event a kiosk sent, keyed by its own numbering: a resent event lands on itself.
                    "CREATE TABLE kiosk_event (kiosk_id TEXT NOT NULL, seq INTEGER NOT NULL, event_id TEXT NOT NULL, "
                            + "type TEXT NOT NULL, kiosk_time TEXT NOT NULL, event_time TEXT NOT NULL, time_flag TEXT, "
                            + "data TEXT NOT NULL, problem TEXT, received_at TEXT NOT NULL, PRIMARY KEY (kiosk_id, seq), "
                            + "UNIQUE (kiosk_id, event_id))",
                    // Nonces of signed requests, kept on disk so a request replayed after a restart is still refused.
                    "CREATE TABLE sync_nonce (kiosk_id TEXT NOT NULL, nonce TEXT NOT NULL, expires_at INTEGER NOT NULL, "
                            + "PRIMARY KEY (kiosk_id, nonce))",
                    "CREATE INDEX sync_nonce_expiry ON sync_nonce(expires_at)",
                    // The kiosk's clock as last measured, for staff and for correcting event times.
                    "CREATE TABLE kiosk_clock (kiosk_id TEXT PRIMARY KEY, offset_ms INTEGER NOT NULL, measured_at TEXT NOT NULL)",
                    // Why a known kiosk was last refused (revoked, stale clock, replayed): staff see it.
                    "CREATE TABLE sync_refusal (kiosk_id TEXT PRIMARY KEY, refused_at TEXT NOT NULL, type TEXT NOT NULL, "
                            + "detail TEXT NOT NULL, times INTEGER NOT NULL)",
                    // Badly signed requests naming a known kiosk: counted apart, they prove nothing about it.
                    "CREATE TABLE sync_unproven (kiosk_id TEXT PRIMARY KEY, last_at TEXT NOT NULL, times INTEGER NOT NULL)"));

    private SyncSchema() {}
}
