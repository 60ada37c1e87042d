package vn.ntm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Runs the project's {@code ./ntm} script, as an operator would, against a database of the tests. */
public final class NtmCommand {

    /** What the command printed (standard output and error together) and its exit status. */
    public record Result(int status, String output) {
    }

    private NtmCommand() {
    }

    /** {@code ./ntm ARGS} with NTM_DB_URL and its credentials set to {@code database}'s. */
    public static Result run(JdbcConnectionDetails database, String url, String... args) {
        List<String> command = new ArrayList<>(List.of(script().toString()));
        command.addAll(List.of(args));
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().put("NTM_DB_URL", url);
        process.environment().put("NTM_DB_USER", database.getUsername());
        process.environment().put("NTM_DB_PASSWORD", database.getPassword());
        try {
            Process running = process.start();
            String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!running.waitFor(5, TimeUnit.MINUTES)) {
                running.destroyForcibly();
                throw new IllegalStateException("./ntm " + String.join(" ", args) + " did not finish: " + output);
            }
            return new Result(running.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The script at the repository's root, found from the module the tests run in. */
    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("ntm")) && Files.exists(dir.resolve("mvnw"))) {
                return dir.resolve("ntm");
            }
        }
        throw new IllegalStateException("./ntm not found above " + Path.of("").toAbsolutePath());
    }
}
