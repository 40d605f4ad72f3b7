package nl.buurtstem.hardware;

import java.time.Duration;

/** Runs something later (a lamp flash ending); tests pass one that runs when they say so, instead of sleeping. */
@FunctionalInterface
public interface Delays {

    void after(Duration delay, Runnable task);
}
