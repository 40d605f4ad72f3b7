package nl.buurtstem.opendata.staff;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of content staff manage (plans, polls, initiatives ...): how to read, check and store it, and
 * whom to tell when its published version changed. Each feature declares its own.
 *
 * @param soort     the kind, as in /id/{soort}/{ref} and /api/beheer/inhoud/{soort}
 * @param check     throws IllegalArgumentException with a message for staff when an item is not acceptable
 * @param delete    removes the published version from the feature's store
 * @param changed   called with the reference after its published version changed (republish, tombstone)
 */
public record Inhoud<T>(
        String soort,
        Class<T> type,
        Function<T, String> id,
        Function<T, String> titel,
        Consumer<T> check,
        Supplier<T> all,
        Function<String, Optional<T>> find,
        Consumer<T> save,
        Predicate<String> delete,
        Consumer<String> changed) {

    /** Lists the published items. */
    @FunctionalInterface
    public interface Supplier<T> {
        List<T> get();
    }
}
