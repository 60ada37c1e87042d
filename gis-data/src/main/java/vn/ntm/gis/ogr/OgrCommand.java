package vn.ntm.gis.ogr;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a GDAL command-line tool with an argument list (never through a shell), a time limit, and
 * its output captured; the whole process tree is killed when the time is up.
 */
public final class OgrCommand {

    /** What a finished tool printed. */
    public record Result(String stdout, String stderr) {
    }

    private OgrCommand() {
    }

    public static Result run(List<String> command, Duration timeout, Map<String, String> environment)
            throws OgrException {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("ogr", ".out");
            err = Files.createTempFile("ogr", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("GDAL_PAM_ENABLED", "NO");
            builder.environment().put("CPL_LOG", "/dev/null");
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new OgrException(command.get(0) + " took longer than " + timeout.toSeconds() + " s and was stopped");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new OgrException(stderr.isBlank() ? command.get(0) + " failed" : stderr.strip());
            }
            return new Result(stdout, stderr);
        } catch (IOException e) {
            throw new OgrException("Could not run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OgrException(command.get(0) + " was interrupted");
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        }
    }
}
