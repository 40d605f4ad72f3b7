package nl.buurtstem.kiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

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

    /** Whether this action ends the app or the computer, so its result must be sent before it is carried out. */
    static boolean disruptive(String type) {
        return "restart-app".equals(type) || "reboot".equals(type);
    }

    Result refuseOrAccept(JsonNode action) {
        List<String> command =
                "reboot".equals(action.path("type").asText()) ? settings.rebootCommand() : settings.appRestartCommand();
        return command.isEmpty()
                ? new Result(action.path("id").asText(), false, "not configured on this kiosk")
                : new Result(action.path("id").asText(), true, "started");
    }

    Result carryOut(JsonNode action) {
        String id = action.path("id").asText();
        String type = action.path("type").asText();
        try {
            return switch (type) {
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(id, false, "interrupted");
        } catch (Exception e) {
            incidents.error(type + " failed: " + e.getMessage());
            return new Result(id, false, e.getMessage());
        }
    }

    private Result run(String id, List<String> command) {
        CommandRunner.Outcome outcome = commands.run(command, Duration.ofSeconds(30));
        if (!outcome.ok()) {
            incidents.error(outcome.output());
        }
        return new Result(id, outcome.ok(), outcome.output());
    }
}
