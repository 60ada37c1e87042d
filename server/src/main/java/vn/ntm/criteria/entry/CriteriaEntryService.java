package vn.ntm.criteria.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.RowError;
import vn.ntm.common.RowsRejectedException;
import vn.ntm.criteria.CriteriaRepository;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/**
 * Records criteria results and indicator values, from the form or a filled-in template: every
 * entry is checked (commune, scope, version, codes, values, thresholds, agreement of criteria
 * with their indicators) and either all are saved, or none and every error is reported.
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
     * Saves all entries of {@code year}, or throws {@link RowsRejectedException} having saved none.
     * {@code readErrors} are errors already found while reading the entries (they are reported with
     * the others, and any of them prevents saving).
     */
    @Transactional
    public Map<String, Integer> record(int year, List<Entry> entries, List<RowError> readErrors) {
        CurrentUser user = permissions.requireAction(Action.EDIT_CRITERIA);
        SetDefinition set = repository.standardSet(year).orElseThrow(() -> new RowsRejectedException(
                List.of(new RowError("-", "year", "No criteria set applies to " + year))));
        List<String> codes = entries.stream().map(Entry::communeCode).filter(c -> c != null).distinct().toList();
        repository.communes(codes, year).values().stream().sorted(Comparator.comparingLong(CommuneSheet::id))
                .forEach(c -> repository.lock(c.id(), year));
        Map<String, CommuneSheet> communes = repository.communes(codes, year);

        List<RowError> errors = new ArrayList<>(readErrors);
        List<CheckedEntry> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries) {
            check(entry, year, set, communes, seen, errors).ifPresent(checked::add);
        }
        checkAgreement(checked, year, errors);
        if (!errors.isEmpty() && errors.stream().allMatch(e -> e.column().equals(VERSION))) {
            throw new ConflictException(errors.stream().map(RowError::message).distinct()
                    .collect(Collectors.joining("; ")));
        }
        if (!errors.isEmpty()) {
            throw new RowsRejectedException(errors);
        }
        return save(user, year, checked);
    }

    private Optional<CheckedEntry> check(Entry e, int year, SetDefinition set, Map<String, CommuneSheet> communes,
            Set<String> seen, List<RowError> errors) {
        int before = errors.size();
        CommuneSheet commune = communes.get(e.communeCode());
        if (commune == null) {
            errors.add(new RowError(e.row(), "communeCode", "No commune '" + e.communeCode() + "' in " + year));
            return Optional.empty();
        }
        try {
            permissions.require(Action.EDIT_CRITERIA, commune.provinceCode(), commune.code());
        } catch (AccessDeniedException denied) {
            errors.add(new RowError(e.row(), "communeCode", commune.fullName() + " is outside your scope"));
            return Optional.empty();
        }
        if (e.version() == null || e.version() != commune.version()) {
            errors.add(new RowError(e.row(), VERSION, e.version() == null ? "The version is required"
                    : commune.fullName() + "'s results changed since version " + e.version() + " (now "
                            + commune.version() + "): reload and enter again"));
        }
        if (!seen.add(e.communeCode() + "/" + e.kind() + "/" + e.code())) {
            errors.add(new RowError(e.row(), "code", "'" + e.code() + "' is entered twice for " + commune.fullName()));
        }
        if (e.evidence() != null && e.evidence().length() > MAX_EVIDENCE) {
            errors.add(new RowError(e.row(), "evidence", "Evidence is longer than " + MAX_EVIDENCE + " characters"));
        }
        CheckedEntry result = e.kind() == Entry.Kind.CRITERION ? criterion(e, commune, set, errors)
                : indicator(e, commune, set, year, errors);
        return errors.size() == before ? Optional.ofNullable(result) : Optional.empty();
    }

    private static CheckedEntry criterion(Entry e, CommuneSheet commune, SetDefinition set, List<RowError> errors) {
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
        return new CheckedEntry(e, commune, id, result.get(), null, null, result.get().equals("met"));
    }

    private CheckedEntry indicator(Entry e, CommuneSheet commune, SetDefinition set, int year,
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
        Optional<Boolean> byThreshold = repository.thresholdMet(definition.id(), commune.id(), year,
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
        return new CheckedEntry(e, commune, definition.id(), null, value.get().number(), value.get().bool(), met);
    }

    /** A criterion recorded as met needs every indicator of it met, in this upload or already stored. */
    private void checkAgreement(List<CheckedEntry> checked, int year, List<RowError> errors) {
        Map<String, List<CheckedEntry>> byCommune = checked.stream()
                .collect(Collectors.groupingBy(c -> c.commune().code(), LinkedHashMap::new, Collectors.toList()));
        byCommune.values().forEach(entries -> {
            CommuneSheet commune = entries.get(0).commune();
            Map<String, Boolean> indicators = new HashMap<>(repository.storedIndicators(commune.id(), year));
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

    private Map<String, Integer> save(CurrentUser user, int year, List<CheckedEntry> checked) {
        Map<CommuneSheet, List<CheckedEntry>> byCommune = checked.stream()
                .collect(Collectors.groupingBy(CheckedEntry::commune, LinkedHashMap::new, Collectors.toList()));
        Map<String, Integer> versions = new LinkedHashMap<>();
        byCommune.forEach((commune, entries) -> {
            Object before = criteria.sheet(commune.id(), "commune", commune.provinceCode(), year).orElse(null);
            int version = commune.version() + 1;
            for (CheckedEntry c : entries) {
                if (c.entry().kind() == Entry.Kind.CRITERION) {
                    repository.saveCriterion(commune.id(), year, c.targetId(), c.result(), c.entry().evidence(),
                            user.username(), version);
                } else {
                    repository.saveIndicator(commune.id(), year, c.targetId(), c.number(), c.bool(), c.met(),
                            c.entry().evidence(), user.username(), version);
                }
            }
            audit.record(user, "record", "criteria", commune.code() + "/" + year, commune.provinceCode(), before,
                    criteria.sheet(commune.id(), "commune", commune.provinceCode(), year).orElse(null));
            versions.put(commune.code(), version);
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
