package nl.buurtstem.kiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Carries out what staff asked from the dashboard, one action at a time, and says how it went. */
final class RemoteActions {

    /** How an action ended, as the next heartbeat reports it. */
    record Result(String action, boolean ok, String message) {}

    /** Uploads a screenshot for the action that asked for it. */
    @FunctionalInterface
    interface Upload {
        void send(String actionId, byte[] png) throws Exception;
    }

    private final PageLiveness page;
    private final Runnable refreshContent;
    private final Screenshotter screenshots;
    private final Upload upload;
    private final CommandRunner commands;
    private final FleetSettings settings;
    private final Incidents incidents;
    private final Clock clock;

    RemoteActions(
            PageLiveness page,
            Runnable refreshContent,
            Screenshotter screenshots,
            Upload upload,
            CommandRunner commands,
            FleetSettings settings,
            Incidents incidents,
            Clock clock) {
        this.page = page;
        this.refreshContent = refreshContent;
        this.screenshots = screenshots;
        this.upload = upload;
        this.commands = commands;
        this.settings = settings;
        this.incidents = incidents;
        this.clock = clock;
    }

    /**
     * Carries out one action; empty when this app is being stopped meanwhile, as a restart of the app or the computer
     * stops it: {@link BegonnenActies#settleAfterStart} then settles the outcome when the app runs again.
     */
    Optional<Result> carryOut(JsonNode action) {
        String id = action.path("id").asText();
        String type = action.path("type").asText();
        try {
            Result result = switch (type) {
                case "refresh-content" -> {
                    refreshContent.run();
                    yield new Result(id, true, "sync started");
                }
                case "reload-page" -> {
                    page.askReload();
                    yield new Result(id, true, "the page reloads at its next ping");
                }
                case "show-message" -> {
                    int seconds = action.path("params").path("seconds").asInt(300);
                    page.show(
                            action.path("params").path("text").asText(),
                            clock.instant().plusSeconds(seconds));
                    yield new Result(id, true, "shown for " + seconds + " s");
                }
                case "screenshot" -> {
                    Screenshotter.Shot shot = screenshots.take();
                    upload.send(id, shot.png());
                    yield new Result(id, true, shot.how());
                }
                case "restart-app" -> run(id, settings.appRestartCommand());
                case "reboot" -> run(id, settings.rebootCommand());
                default -> new Result(id, false, "this kiosk does not know the action " + type);
            };
            return Thread.currentThread().isInterrupted() ? Optional.empty() : Optional.of(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            incidents.error(type + " failed: " + e.getMessage());
            return Optional.of(new Result(id, false, e.getMessage()));
        }
    }

    private Result run(String id, List<String> command) {
        CommandRunner.Outcome outcome = commands.run(command, Duration.ofSeconds(30));
        if (!outcome.ok()) {
            if (!Thread.currentThread().isInterrupted()) {
                incidents.error(outcome.output());
            }
            return new Result(id, false, outcome.output());
        }
        return new Result(id, true, outcome.output().isEmpty() ? "started" : "started: " + outcome.output());
    }
}
