package nl.buurtstem.kiosk.sync;

import java.time.Instant;

/**
 * How the kiosk's connection to the central node is doing.
 *
 * @param online        whether the last attempt reached the central node
 * @param pending       events waiting in the outbox
 * @param lastSuccess   when a sync last completed, or null
 * @param problem       why the last attempt failed, in words for staff, or null
 */
public record SyncStatus(boolean online, long pending, Instant lastSuccess, String problem) {}
