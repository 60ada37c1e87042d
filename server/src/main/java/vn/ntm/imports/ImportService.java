package vn.ntm.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.Params;
import vn.ntm.common.RefusedException;
import vn.ntm.gis.text.VietnameseEncoding;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/**
 * Surveyors' uploads: read and checked into staging (nothing else changes), adjusted (coordinate
 * system, encoding, attribute mapping) until the report is clean, committed atomically, undone.
 */
@Service
class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** What a person may change after seeing the report. */
    record Adjustment(String crs, String encoding, Map<String, String> mapping, String layer) {
    }

    private final ImportJobRepository jobs;
    private final UploadReader reader;
    private final CrsResolver crs;
    private final StagingLoader staging;
    private final ImportAnalysis analysis;
    private final ImportCommitter committer;
    private final ImportProperties limits;
    private final Permissions permissions;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ProvinceFileCheck provinceFile;
    private final MeterRegistry metrics;

    ImportService(ImportJobRepository jobs, UploadReader reader, CrsResolver crs, StagingLoader staging,
            ImportAnalysis analysis, ImportCommitter committer, ImportProperties limits, Permissions permissions,
            AuditLog audit, JdbcClient jdbc, ProvinceFileCheck provinceFile, MeterRegistry metrics) {
        this.metrics = metrics;
        this.jobs = jobs;
        this.reader = reader;
        this.crs = crs;
        this.staging = staging;
        this.analysis = analysis;
        this.committer = committer;
        this.limits = limits;
        this.permissions = permissions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.provinceFile = provinceFile;
    }

    ImportJob upload(String province, String targetCode, MultipartFile file) {
        Params.provinceCode(province);
        if (province == null) {
            throw new InvalidParameterException("province", "is required");
        }
        ImportTarget target = target(targetCode);
        CurrentUser user = permissions.require(target.action(), province, null);
        if (file == null || file.isEmpty()) {
            throw new InvalidParameterException("file", "is empty");
        }
        if (file.getSize() > limits.maxSize().toBytes()) {
            throw new RefusedException(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The file is larger than "
                    + limits.maxSize().toMegabytes() + " MB", "Tệp lớn hơn " + limits.maxSize().toMegabytes() + " MB");
        }
        String name = safeName(file.getOriginalFilename());
        long id = jobs.create(province, target.code(), name, file.getSize(), user.username());
        Path dir = workDir(id);
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(file.getInputStream(), sha256)) {
            deleteTree(dir);
            Files.createDirectories(dir.resolve("upload"));
            Files.copy(in, dir.resolve("upload").resolve(name), StandardCopyOption.REPLACE_EXISTING);
            jobs.stored(id, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            jobs.failed(id, dir.toString(), "The upload could not be stored");
            throw new RefusedException("unstored", "The upload could not be stored", "Không lưu được tệp tải lên");
        }
        analyse(id, province, target, dir, new Adjustment(null, null, Map.of(), null));
        return get(id);
    }

    ImportJob adjust(long id, Adjustment adjustment) {
        ImportJob job = scoped(id);
        if (job.status() != ImportStatus.ANALYZED) {
            throw new ConflictException("Import " + id + " is " + job.status().code() + "; only an analysed import can be adjusted");
        }
        jobs.touched(id); // the clean-up leaves an import being adjusted alone
        ImportReport report = job.report();
        // A choice the report does not offer is refused here, leaving the import as it was.
        choice("layer", adjustment.layer(), report.layers());
        choice("crs", adjustment.crs(), report.crs().candidates().stream().map(ResolvedCrs.Candidate::id).toList());
        choice("encoding", adjustment.encoding(), Stream.of(VietnameseEncoding.values()).map(Enum::name).toList());
        String layer = adjustment.layer() != null ? adjustment.layer() : report.layer();
        if (adjustment.mapping() != null && layer.equals(report.layer())) {
            analysis.mapping(id, target(job.target()), adjustment.mapping()); // refuses a column the layer lacks
        }
        analyse(id, job.provinceCode(), target(job.target()), workDir(id), new Adjustment(adjustment.crs(),
                adjustment.encoding(), adjustment.mapping() == null ? Map.of() : adjustment.mapping(), layer));
        return get(id);
    }

    /**
     * Merges the import, once: its row is locked first (a concurrent commit or undo gets 409), and its
     * files are removed only after the transaction has committed. Each warning of the report must be
     * in {@code accepted}.
     */
    @Transactional
    ImportJob commit(long id, List<String> accepted) {
        ImportJob job = locked(id);
        CurrentUser user = permissions.require(target(job.target()).action(), job.provinceCode(), null);
        if (job.status() != ImportStatus.ANALYZED) {
            throw new ConflictException("Import " + id + " is " + job.status().code() + "; only an analysed import can be committed");
        }
        List<String> blocking = job.report().blocking();
        if (!blocking.isEmpty()) {
            throw new RefusedException("not-clean", "Fix these first: " + String.join(", ", blocking),
                    "Cần khắc phục trước khi ghi: " + String.join(", ", blocking));
        }
        requireAccepted(job.report(), jobs.sameFileCommitted(id), accepted == null ? List.of() : accepted);
        ImportTarget target = target(job.target());
        if (target.coversProvince()
                && !provinceFile.check(id, job.provinceCode(), job.report().mapping()).equals(job.report().onboarding())) {
            throw new ConflictException("The province's units or records changed since the file was checked; check it"
                    + " again (adjust the import) and review the report");
        }
        String provinceName = target.coversProvince()
                ? job.report().onboarding().provinceNames().stream().findFirst().orElse(null) : null;
        Timer.builder("ntm.imports.commit").description("Merging an analysed import into the data")
                .tag("target", job.target()).register(metrics)
                .record(() -> committer.commit(id, target, job.provinceCode(), job.report().crs().srid(),
                        job.report().mapping(), "Nhập từ tệp " + job.fileName() + " (#" + id + ")", user.username(),
                        provinceName));
        jobs.committed(id, user.username());
        staging.drop(id);
        removeWorkDirAfterCommit(id);
        ImportJob after = get(id);
        audit.record(user, "commit", "import", String.valueOf(id), job.provinceCode(), null, summary(after));
        return after;
    }

    /** Discards an import not yet committed, or undoes a committed one. */
    @Transactional
    ImportJob undo(long id) {
        ImportJob job = locked(id);
        CurrentUser user = permissions.require(target(job.target()).action(), job.provinceCode(), null);
        switch (job.status()) {
            case COMMITTED -> {
                if (jobs.supersededLater(id)) {
                    throw new ConflictException("A later import changed the same units; undo that one first");
                }
                if (committer.addedUnitsHaveRecords(id)) {
                    throw new ConflictException("Records (status, criteria, targets, villages...) now refer to units"
                            + " this import added; it can no longer be undone");
                }
                committer.undo(id);
            }
            case ANALYZED, FAILED, UPLOADED -> staging.drop(id);
            default -> throw new ConflictException("Import " + id + " is already " + job.status().code());
        }
        jobs.undone(id, user.username());
        removeWorkDirAfterCommit(id);
        audit.record(user, "undo", "import", String.valueOf(id), job.provinceCode(), summary(job), null);
        return get(id);
    }

    /** Up to 2,000 staged features in WGS84, as GeoJSON, to look at before committing. */
    String preview(long id) {
        ImportJob job = scoped(id);
        if (job.status() != ImportStatus.ANALYZED) {
            throw new ConflictException("Import " + id + " has nothing staged to preview");
        }
        String name = job.report().mapping().get("name");
        return jdbc.sql("SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(f), '[]'))::text "
                + "FROM (SELECT 'Feature' AS type, ST_AsGeoJSON(ST_Transform(ST_SetSRID(s.geom, :srid), 4326), 6)::json "
                + "AS geometry, json_build_object('fid', s.fid, 'name', " + (name == null ? "NULL" : "s."
                + StagingLoader.quote(name) + "::text") + ") AS properties FROM " + StagingLoader.table(id)
                + " s WHERE s.geom IS NOT NULL ORDER BY s.fid LIMIT 2000) f")
                .param("srid", job.report().crs().srid()).query(String.class).single();
    }

    List<ImportJob> history(String province) {
        CurrentUser user = permissions.requireAction(Action.IMPORT);
        String scope = Permissions.provinceScope(user);
        return jobs.history(scope != null ? scope : Params.provinceCode(province), 200).stream()
                .filter(job -> user.role().may(target(job.target()).action())).toList(); // a province's load: administrators
    }

    ImportJob get(long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("No import has the id " + id));
    }

    /** The import, if the signed-in user may work on imports in its province. */
    ImportJob scoped(long id) {
        ImportJob job = get(id);
        permissions.require(target(job.target()).action(), job.provinceCode(), null);
        return job;
    }

    /**
     * Expires an import not committed and untouched for {@code age}: its staging table is dropped and,
     * once that has committed, its files. An import someone is working on (row locked) is left alone.
     */
    @Transactional
    void expire(long id, Duration age) {
        if (jobs.lockAbandoned(id, age)) {
            staging.drop(id);
            jobs.expired(id);
            removeWorkDirAfterCommit(id);
        }
    }

    /** The import with its row locked for this transaction, if the signed-in user may work on it. */
    private ImportJob locked(long id) {
        scoped(id);
        return jobs.lock(id).orElseThrow(() -> new NotFoundException("No import has the id " + id));
    }

    /**
     * Refuses the commit unless every warning was accepted by name: those of the report, with
     * {@code same_file} as things stand now (an earlier import may have been committed or undone since).
     */
    private static void requireAccepted(ImportReport report, List<ImportReport.EarlierImport> sameFile, List<String> accepted) {
        for (String code : accepted) {
            choice("accept", code, ImportReport.WARNINGS);
        }
        List<String> warnings = new ArrayList<>(report.warnings() == null ? List.of()
                : report.warnings().stream().filter(w -> !w.equals(ImportReport.SAME_FILE)).toList());
        if (!sameFile.isEmpty()) {
            warnings.add(ImportReport.SAME_FILE);
        }
        List<String> open = warnings.stream().filter(w -> !accepted.contains(w)).toList();
        if (open.isEmpty()) {
            return;
        }
        List<String> english = new ArrayList<>();
        List<String> vietnamese = new ArrayList<>();
        ImportReport.Onboarding onboarding = report.onboarding();
        for (String warning : open) {
            switch (warning) {
                case ImportReport.UNMAPPED_VALUES -> {
                    List<String> values = new ArrayList<>();
                    report.unmapped().forEach((attribute, counts) -> values.add(attribute + ": " + counts.stream()
                            .map(v -> "'" + v.value() + "' ×" + v.count()).collect(Collectors.joining(", "))));
                    english.add("these values stand for no code and would be stored empty (kept as written in the "
                            + "feature's attributes): " + String.join("; ", values));
                    vietnamese.add("các giá trị sau không ứng với mã nào và sẽ để trống (giữ nguyên văn trong thuộc tính): "
                            + String.join("; ", values));
                }
                case ImportReport.SAME_FILE -> {
                    String earlier = sameFile.stream().map(e -> "#" + e.id() + " (" + e.fileName() + ", "
                            + e.committedBy() + ", " + e.committedAt().toLocalDate() + ")").collect(Collectors.joining(", "));
                    english.add("the same file was already committed into this province and layer: " + earlier);
                    vietnamese.add("tệp này đã được ghi vào tỉnh và lớp này: " + earlier);
                }
                case ImportReport.REPAIRED_GEOMETRY -> {
                    String fids = report.validation().invalid().stream().map(p -> "#" + p.fid() + " " + p.reason())
                            .collect(Collectors.joining("; "));
                    english.add("these shapes are invalid and would be repaired with ST_MakeValid: " + fids);
                    vietnamese.add("các hình sau không hợp lệ và sẽ được sửa bằng ST_MakeValid: " + fids);
                }
                case ImportReport.NAMES_WITHOUT_DIACRITICS -> {
                    String names = String.join(", ", onboarding.namesWithoutDiacritics());
                    english.add("these names have no Vietnamese diacritics; check that they are written so: " + names);
                    vietnamese.add("các tên sau không có dấu tiếng Việt, hãy kiểm tra lại: " + names);
                }
                case ImportReport.REMOVES_UNITS -> {
                    String codes = String.join(", ", onboarding.removed());
                    english.add(onboarding.removedCount() + " current communes of the province are not in the file and "
                            + "would end today: " + codes);
                    vietnamese.add(onboarding.removedCount() + " xã hiện có của tỉnh không có trong tệp và sẽ hết hiệu lực "
                            + "từ hôm nay: " + codes);
                }
                default -> {
                    String codes = String.join(", ", onboarding.removedWithRecords());
                    english.add("these communes that would end have records (status, criteria, targets, infrastructure,"
                            + " villages...), which stay with the ended commune: " + codes);
                    vietnamese.add("các xã sắp hết hiệu lực sau đang có dữ liệu (danh hiệu, tiêu chí, chỉ tiêu, hạ tầng,"
                            + " thôn...), dữ liệu được giữ với xã đã hết hiệu lực: " + codes);
                }
            }
        }
        throw new RefusedException("unaccepted-warnings", "Accept " + String.join(" and ", open) + " to commit: "
                + String.join("; ", english), "Cần chấp nhận cảnh báo trước khi ghi: " + String.join("; ", vietnamese));
    }

    private void analyse(long id, String province, ImportTarget target, Path dir, Adjustment adjustment) {
        Timer.Sample timing = Timer.start(metrics);
        String outcome = "refused";
        try {
            deleteTree(dir.resolve("files"));
            Path upload;
            try (Stream<Path> uploads = Files.list(dir.resolve("upload"))) {
                upload = uploads.findFirst().orElseThrow();
            }
            SourceFile source = reader.open(upload, dir, adjustment.layer(), target);
            ResolvedCrs resolved = crs.resolve(source, province, target, adjustment.crs());
            ResolvedEncoding encoding = staging.encoding(source, adjustment.encoding());
            staging.load(id, source, encoding);
            Map<String, String> mapping = analysis.mapping(id, target, adjustment.mapping());
            jobs.analysed(id, dir.toString(), analysis.report(id, source, target, province, resolved, encoding, mapping));
            outcome = "analysed";
        } catch (RefusedException e) {
            staging.drop(id);
            jobs.failed(id, dir.toString(), e.getMessage());
            throw e;
        } catch (IOException e) {
            staging.drop(id);
            jobs.failed(id, dir.toString(), "The upload could not be read");
            throw new RefusedException("unreadable", "The upload could not be read", "Không đọc được tệp tải lên");
        } finally {
            timing.stop(Timer.builder("ntm.imports.analysis").description("Reading, staging and checking an upload")
                    .tag("target", target.code()).tag("outcome", outcome).register(metrics));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void choice(String parameter, String value, List<String> offered) {
        if (value != null && !offered.contains(value)) {
            throw new InvalidParameterException(parameter, "must be one of " + String.join(", ", offered));
        }
    }

    private static Map<String, Object> summary(ImportJob job) {
        return Map.of("file", job.fileName(), "target", job.target(), "status", job.status().code(),
                "features", job.report() == null ? 0 : job.report().featureCount());
    }

    private static ImportTarget target(String code) {
        return ImportTarget.of(code == null ? "" : code).orElseThrow(() -> new InvalidParameterException("target",
                "must be villages, communes, province or an infrastructure category such as road"));
    }

    /** The upload's own name, reduced to safe characters (the extension says how to read it). */
    static String safeName(String original) {
        String base = original == null ? "upload" : Path.of(original.replace('\\', '/')).getFileName().toString();
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isBlank() || safe.startsWith(".") ? "upload" + safe : safe;
    }

    /** An import's directory in the upload store, a directory all servers share (ntm.imports.work-dir). */
    private Path workDir(long id) {
        return limits.workDir().resolve("job-" + id);
    }

    /**
     * The upload is kept only while the import can still be adjusted: it is removed once the
     * transaction that ended the import has committed (a crash before leaves it for a retry, and for
     * {@link ImportCleanup} afterwards).
     */
    private void removeWorkDirAfterCommit(long id) {
        String dir = jobs.workDir(id);
        if (dir == null) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeWorkDir(dir);
            }
        });
    }

    /**
     * Removes an import's work directory, as stored with its job; only one inside the import directory
     * (a path in the database is not trusted to be one). A failure is logged, the clean-up tries again later.
     */
    void removeWorkDir(String stored) {
        Path root = limits.workDir().toAbsolutePath().normalize();
        Path dir = Path.of(stored).toAbsolutePath().normalize();
        if (!dir.startsWith(root) || dir.equals(root)) {
            log.warn("Not removing {}: it is not an import's directory under {}", dir, limits.workDir());
            return;
        }
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Cannot remove {}: {}", dir, e.getMessage());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
