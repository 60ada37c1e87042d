package vn.ntm.gis.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Extracts an untrusted zip into an empty directory. Limits are enforced on the bytes actually
 * inflated, never on the sizes the archive claims; entries that would land outside the directory
 * (zip-slip), entries that appear twice, and archives over the limits are refused, and whatever
 * was extracted is removed. Entries are written as plain files, never as links.
 *
 * @param maxEntries     most entries (files and folders)
 * @param maxTotalBytes  most bytes in all, inflated
 * @param maxEntryBytes  most bytes of one entry, inflated
 * @param maxRatio       most inflated bytes per compressed byte, over the whole archive
 */
public record SafeZipExtractor(int maxEntries, long maxTotalBytes, long maxEntryBytes, double maxRatio) {

    private static final int BUFFER = 64 * 1024;

    public void extract(Path zip, Path target) throws UnsafeArchiveException, IOException {
        Path root = Files.createDirectories(target).toRealPath();
        long compressed = Math.max(1, Files.size(zip));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            long total = 0;
            int entries = 0;
            for (ZipEntry entry = next(in); entry != null; entry = next(in)) {
                if (++entries > maxEntries) {
                    throw new UnsafeArchiveException(UnsafeArchiveException.Reason.TOO_MANY_ENTRIES,
                            "The archive has more than " + maxEntries + " entries");
                }
                Path destination = destination(root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                total += copy(in, destination, total, compressed, entry.getName());
            }
            if (entries == 0) {
                throw new UnsafeArchiveException(UnsafeArchiveException.Reason.CORRUPT,
                        "The archive is empty or not a zip file");
            }
        } catch (ZipException e) {
            delete(root);
            throw new UnsafeArchiveException(UnsafeArchiveException.Reason.CORRUPT, "The archive is damaged");
        } catch (UnsafeArchiveException | IOException e) {
            delete(root);
            throw e;
        }
    }

    private static ZipEntry next(ZipInputStream in) throws UnsafeArchiveException {
        try {
            return in.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            throw new UnsafeArchiveException(UnsafeArchiveException.Reason.CORRUPT,
                    "The archive is damaged or not a zip file");
        }
    }

    private static Path destination(Path root, String name) throws UnsafeArchiveException {
        String normalised = name.replace('\\', '/');
        if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*") || normalised.contains("\0")) {
            throw new UnsafeArchiveException(UnsafeArchiveException.Reason.ZIP_SLIP,
                    "The archive entry '" + name + "' has an absolute path");
        }
        Path destination = root.resolve(normalised).normalize();
        if (!destination.startsWith(root) || destination.equals(root)) {
            throw new UnsafeArchiveException(UnsafeArchiveException.Reason.ZIP_SLIP,
                    "The archive entry '" + name + "' points outside the archive");
        }
        return destination;
    }

    private long copy(InputStream in, Path destination, long totalSoFar, long compressed, String name)
            throws IOException, UnsafeArchiveException {
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeArchiveException(UnsafeArchiveException.Reason.DUPLICATE_ENTRY,
                    "The archive entry '" + name + "' appears twice");
        }
        long written = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(destination)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                written += n;
                long total = totalSoFar + written;
                if (written > maxEntryBytes || total > maxTotalBytes) {
                    throw new UnsafeArchiveException(UnsafeArchiveException.Reason.TOO_LARGE,
                            "The archive unpacks to more than " + Math.min(maxEntryBytes, maxTotalBytes) / (1024 * 1024)
                                    + " MB");
                }
                if (total > BUFFER * 16 && (double) total / compressed > maxRatio) {
                    throw new UnsafeArchiveException(UnsafeArchiveException.Reason.RATIO_EXCEEDED,
                            "The archive unpacks more than " + (int) maxRatio + " times its size (a zip bomb?)");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
