package nl.buurtstem.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** Waiting for a process the test started (a central node or kiosk in its own JVM, a SPARQL server) to answer. */
public final class StartedProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private StartedProcess() {}

    /** Waits until {@code url} answers 200; see {@link #awaitAnswer(Process, HttpRequest, Duration, Path)}. */
    public static void awaitAnswer(Process process, URI url, Duration patience, Path log) {
        awaitAnswer(process, HttpRequest.newBuilder(url).build(), patience, log);
    }

    /**
     * Waits until {@code request} is answered with 200. Fails at once if the process ends, and kills it if it does
     * not answer within {@code patience}; both failures name the log to read.
     */
    public static void awaitAnswer(Process process, HttpRequest request, Duration patience, Path log) {
        try {
            Await.await(
                    request.uri() + " to answer 200 (see " + log + ")",
                    () -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    "the process ended with " + process.exitValue() + "; see " + log);
                        }
                        try {
                            return HTTP.send(request, HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (IOException notYet) {
                            return false;
                        }
                    },
                    patience);
        } catch (AssertionError e) {
            process.destroyForcibly();
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
