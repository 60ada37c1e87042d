package vn.ntm.criteria.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.RefusedException;
import vn.ntm.common.RowError;
import vn.ntm.common.RowsRejectedException;
import vn.ntm.criteria.CriteriaRepository;
import vn.ntm.criteria.CriteriaSheet;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/**
 * Records criteria results and indicator values, from the form or a filled-in template: every
 * entry is checked (commune or village, scope, version, the set that applies to it, codes, values,
 * thresholds, agreement of criteria with their indicators) and either all are saved, or none and every error is reported.
 */
@Service
public class CriteriaEntryService {

    static final int MAX_EVIDENCE = 2000;
    static final String VERSION = "version";

    private final EntryRepository repository;
    private final CriteriaRepository criteria;
    private final Permissions permissions;
    private final AuditLog audit;

    CriteriaEntryService(EntryRepository repository, CriteriaRepository criteria, Permissions permissions,
            AuditLog audit) {
        this.repository = repository;
        this.criteria = criteria;
        this.permissions = permissions;
        this.audit = audit;
    }

    /**
     * Saves all entries of {@code year} against the sets of {@code tier}, or throws
     * {@link RowsRejectedException} having saved none.
     * {@code readErrors} are errors already found while reading the entries (they are reported with
     * the others, and any of them prevents saving).
     */
    @Transactional
    public Map<String, Integer> record(int year, String tier, List<Entry> entries, List<RowError> readErrors) {
        CurrentUser user = permissions.requireAction(Action.EDIT_CRITERIA);
        List<String> codes = entries.stream().map(Entry::communeCode).filter(c -> c != null).distinct().toList();
        repository.units(codes, year).values().stream().sorted(Comparator.comparingLong(UnitSheet::id))
                .forEach(u -> repository.lock(u.id(), year));
        Map<String, UnitSheet> units = repository.units(codes, year);
        refuseUnassessed(units.values());
        Map<String, Optional<SetDefinition>> sets = new HashMap<>();

        List<RowError> errors = new ArrayList<>(readErrors);
        List<CheckedEntry> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries) {
            check(entry, year, tier, sets, units, seen, errors).ifPresent(checked::add);
        }
        checkAgreement(checked, year, errors);
        if (!errors.isEmpty() && errors.stream().allMatch(e -> e.column().equals(VERSION))) {
            throw new ConflictException(errors.stream().map(RowError::message).distinct()
                    .collect(Collectors.joining("; ")));
        }
        if (!errors.isEmpty()) {
            throw new RowsRejectedException(errors);
        }
        return save(user, year, tier, checked);
    }

    /** The sheet of a commune or village for a year against the set of a tier. */
    @Transactional(readOnly = true)
    public CriteriaSheet sheet(String code, int year, String tier) {
        UnitSheet unit = unit(code, year);
        return sheet(unit, year, tier);
    }

    /**
     * Clears a sheet entered in error (the year's results and values against the tier's set), when it is still
     * at {@code version}; answers the sheet now. The audit entry keeps what was cleared.
     */
    @Transactional
    public CriteriaSheet clear(String code, int year, String tier, int version) {
        permissions.requireAction(Action.EDIT_CRITERIA);
        UnitSheet unit = unit(code, year);
        CurrentUser user = permissions.require(Action.EDIT_CRITERIA, unit.scopeProvince(), unit.communeCode());
        repository.lock(unit.id(), year);
        CriteriaSheet before = sheet(unit, year, tier);
        if (before.version() != version) {
            throw new ConflictException("The sheet of " + unit.fullName() + " for " + year + " is at version "
                    + before.version() + ", not " + version + ": reload it and check what you clear");
        }
        SetDefinition set = repository.set(unit.level(), unit.provinceCode(), year, tier).orElseThrow();
        repository.clear(unit.id(), year, set.setId());
        CriteriaSheet after = sheet(unit, year, tier);
        audit.record(user, "clear", "criteria", unit.code() + "/" + year, unit.scopeProvince(), before, after);
        return after;
    }

    private UnitSheet unit(String code, int year) {
        UnitSheet unit = Optional.ofNullable(repository.units(List.of(code), year).get(code))
                .orElseThrow(() -> new NotFoundException("No commune or village '" + code + "' in " + year));
        refuseUnassessed(List.of(unit));
        return unit;
    }

    private CriteriaSheet sheet(UnitSheet unit, int year, String tier) {
        return criteria.sheet(unit.id(), unit.level(), unit.provinceCode(), year, tier)
                .orElseThrow(() -> new NotFoundException("No " + tier + " criteria set applies to " + unit.fullName()
                        + " in " + year));
    }

    /** Wards (and special zones not opted in) are on the map but not NTM subjects: nothing is recorded for them. */
    private static void refuseUnassessed(Collection<UnitSheet> units) {
        List<String> names = units.stream().filter(u -> !u.assessed()).map(UnitSheet::fullName).sorted().toList();
        if (!names.isEmpty()) {
            String list = String.join(", ", names);
            throw new RefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "not-assessed",
                    list + ": wards (phường) and special zones (đặc khu) are not assessed for NTM, "
                            + "so no criteria results are recorded for them",
                    list + ": phường và đặc khu không phải đối tượng đánh giá nông thôn mới, "
                            + "không ghi nhận kết quả tiêu chí");
        }
    }

    private Optional<CheckedEntry> check(Entry e, int year, String tier, Map<String, Optional<SetDefinition>> sets,
            Map<String, UnitSheet> units, Set<String> seen, List<RowError> errors) {
        int before = errors.size();
        UnitSheet unit = units.get(e.communeCode());
        if (unit == null) {
            errors.add(new RowError(e.row(), "communeCode",
                    "No commune or village '" + e.communeCode() + "' in " + year));
            return Optional.empty();
        }
        try {
            permissions.require(Action.EDIT_CRITERIA, unit.scopeProvince(), unit.communeCode());
        } catch (AccessDeniedException denied) {
            errors.add(new RowError(e.row(), "communeCode", unit.fullName() + " is outside your scope"));
            return Optional.empty();
        }
        Optional<SetDefinition> applying = sets.computeIfAbsent(unit.level() + "/" + unit.provinceCode(),
                k -> repository.set(unit.level(), unit.provinceCode(), year, tier));
        if (applying.isEmpty()) {
            errors.add(new RowError(e.row(), "communeCode", "No " + unit.level() + " " + tier
                    + " criteria set applies to "
                    + unit.fullName() + " in " + year + (unit.level().equals("village")
                            ? ": the province has not defined village criteria for that year" : "")));
            return Optional.empty();
        }
        SetDefinition set = applying.get();
        if (e.version() == null || e.version() != unit.version()) {
            errors.add(new RowError(e.row(), VERSION, e.version() == null ? "The version is required"
                    : unit.fullName() + "'s results changed since version " + e.version() + " (now "
                            + unit.version() + "): reload and enter again"));
        }
        if (!seen.add(e.communeCode() + "/" + e.kind() + "/" + e.code())) {
            errors.add(new RowError(e.row(), "code", "'" + e.code() + "' is entered twice for " + unit.fullName()));
        }
        if (e.evidence() != null && e.evidence().length() > MAX_EVIDENCE) {
            errors.add(new RowError(e.row(), "evidence", "Evidence is longer than " + MAX_EVIDENCE + " characters"));
        }
        CheckedEntry result = e.kind() == Entry.Kind.CRITERION ? criterion(e, unit, set, errors)
                : indicator(e, unit, set, year, errors);
        return errors.size() == before ? Optional.ofNullable(result) : Optional.empty();
    }

    private static CheckedEntry criterion(Entry e, UnitSheet unit, SetDefinition set, List<RowError> errors) {
        Integer id = parseInt(e.code()).map(set.criterionIds()::get).orElse(null);
        if (id == null) {
            errors.add(new RowError(e.row(), "code", "'" + e.code() + "' is not a criterion of " + set.setCode()));
            return null;
        }
        Optional<String> result = Results.parse(e.result());
        if (result.isEmpty()) {
            errors.add(new RowError(e.row(), "result", "The result must be Đạt, Cơ bản đạt or Chưa đạt"));
            return null;
        }
        return new CheckedEntry(e, unit, id, result.get(), null, null, result.get().equals("met"));
    }

    private CheckedEntry indicator(Entry e, UnitSheet unit, SetDefinition set, int year,
            List<RowError> errors) {
        SetDefinition.IndicatorDefinition definition = set.indicators().get(e.code());
        if (definition == null) {
            errors.add(new RowError(e.row(), "code", "'" + e.code() + "' is not an indicator of " + set.setCode()));
            return null;
        }
        Optional<Values.Value> value = Values.parse(definition.valueType(), e.value());
        if (value.isEmpty()) {
            errors.add(new RowError(e.row(), "value", Values.expected(definition.valueType())));
            return null;
        }
        Optional<Boolean> byThreshold = repository.thresholdMet(definition.id(), unit.id(), year,
                value.get().number(), value.get().bool());
        Optional<String> declared = Results.parse(e.result());
        if (byThreshold.isEmpty() && declared.isEmpty()) {
            errors.add(new RowError(e.row(), "result", "No threshold applies to " + e.code()
                    + " here: give the result (Đạt or Chưa đạt)"));
            return null;
        }
        if (byThreshold.isPresent() && declared.isPresent() && byThreshold.get() != declared.get().equals("met")) {
            errors.add(new RowError(e.row(), "result", "The value " + e.value() + (byThreshold.get() ? " meets"
                    : " does not meet") + " the threshold of " + e.code() + ", but the result says otherwise"));
            return null;
        }
        boolean met = byThreshold.orElseGet(() -> declared.get().equals("met"));
        return new CheckedEntry(e, unit, definition.id(), null, value.get().number(), value.get().bool(), met);
    }

    /** A criterion recorded as met needs every indicator of it met, in this upload or already stored. */
    private void checkAgreement(List<CheckedEntry> checked, int year, List<RowError> errors) {
        Map<String, List<CheckedEntry>> byUnit = checked.stream()
                .collect(Collectors.groupingBy(c -> c.unit().code(), LinkedHashMap::new, Collectors.toList()));
        byUnit.values().forEach(entries -> {
            UnitSheet unit = entries.get(0).unit();
            Map<String, Boolean> indicators = new HashMap<>(repository.storedIndicators(unit.id(), year));
            entries.stream().filter(c -> c.entry().kind() == Entry.Kind.INDICATOR)
                    .forEach(c -> indicators.put(c.entry().code(), c.met()));
            entries.stream().filter(c -> c.entry().kind() == Entry.Kind.CRITERION && c.met()).forEach(c -> {
                String criterion = c.entry().code().strip() + ".";
                indicators.entrySet().stream()
                        .filter(i -> !i.getValue() && (i.getKey() + ".").startsWith(criterion))
                        .findFirst().ifPresent(i -> errors.add(new RowError(c.entry().row(), "result",
                                "Criterion " + c.entry().code() + " cannot be met while indicator " + i.getKey()
                                        + " is not met")));
            });
        });
    }

    private Map<String, Integer> save(CurrentUser user, int year, String tier, List<CheckedEntry> checked) {
        Map<UnitSheet, List<CheckedEntry>> byUnit = checked.stream()
                .collect(Collectors.groupingBy(CheckedEntry::unit, LinkedHashMap::new, Collectors.toList()));
        Map<String, Integer> versions = new LinkedHashMap<>();
        byUnit.forEach((unit, entries) -> {
            Object before = criteria.sheet(unit.id(), unit.level(), unit.provinceCode(), year, tier).orElse(null);
            int version = unit.version() + 1;
            for (CheckedEntry c : entries) {
                if (c.entry().kind() == Entry.Kind.CRITERION) {
                    repository.saveCriterion(unit.id(), year, c.targetId(), c.result(), c.entry().evidence(),
                            user.username(), version);
                } else {
                    repository.saveIndicator(unit.id(), year, c.targetId(), c.number(), c.bool(), c.met(),
                            c.entry().evidence(), user.username(), version);
                }
            }
            audit.record(user, "record", "criteria", unit.code() + "/" + year, unit.scopeProvince(), before,
                    criteria.sheet(unit.id(), unit.level(), unit.provinceCode(), year, tier).orElse(null));
            versions.put(unit.code(), version);
        });
        return versions;
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
