package vn.ntm.gis.ogr;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a GDAL command-line tool with an argument list (never through a shell), a time limit, and
 * its output captured; the whole process tree is killed when the time is up. For files nobody
 * vouches for, use {@link OgrSandbox}.
 */
public final class OgrCommand {

    /** What a finished tool printed. */
    public record Result(String stdout, String stderr) {
    }

    private OgrCommand() {
    }

    /** Exit status of a process killed by SIGXCPU: it reached its CPU-time limit (see {@link OgrSandbox}). */
    private static final int CPU_LIMIT = 128 + 24;

    public static Result run(List<String> command, Duration timeout, Map<String, String> environment)
            throws OgrException {
        return run(command.get(0), command, timeout, environment, null);
    }

    /**
     * Runs {@code command} as the tool {@code tool} (named in messages); with {@code inherited} not
     * null, the process sees only those of the server's environment variables, plus {@code environment}.
     */
    static Result run(String tool, List<String> command, Duration timeout, Map<String, String> environment,
            Set<String> inherited) throws OgrException {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("ogr", ".out");
            err = Files.createTempFile("ogr", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            if (inherited != null) {
                builder.environment().keySet().retainAll(inherited);
            }
            builder.environment().put("GDAL_PAM_ENABLED", "NO");
            builder.environment().put("CPL_LOG", "/dev/null");
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new OgrException(tool + " took longer than " + timeout.toSeconds() + " s and was stopped", true);
            }
            // GDAL prints names as the file stores them, not always UTF-8: undecodable bytes become U+FFFD.
            String stdout = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
            String stderr = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
            if (process.exitValue() == CPU_LIMIT) {
                throw new OgrException(tool + " used up its CPU time and was stopped", true);
            }
            if (process.exitValue() != 0) {
                throw new OgrException(!stderr.isBlank() ? stderr.strip()
                        : stdout.contains("Unable to open datasource") ? OgrException.NOT_OPENED
                        : tool + " failed (exit status " + process.exitValue() + ")");
            }
            return new Result(stdout, stderr);
        } catch (IOException e) {
            throw new OgrException("Could not run " + tool + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OgrException(tool + " was interrupted");
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
