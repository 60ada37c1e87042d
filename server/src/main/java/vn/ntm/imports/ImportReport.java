package vn.ntm.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an upload holds and what is wrong with it, shown before anything is committed.
 * {@code blocking} lists the problems that prevent a commit; invalid geometries are repaired
 * (ST_MakeValid) on commit and only listed. {@code warnings} must each be accepted by name to commit:
 * {@code unmapped_values} (values of {@code unmapped}, per attribute, that stand for no condition,
 * surface or status code: stored empty, the words kept in the feature's attrs) and
 * {@code same_file} (the same file was committed into this province and layer before, {@code sameFile}).
 * A province's file (target {@code province}) has {@code onboarding}, and may also warn of
 * {@code repaired_geometry} (invalid shapes, repaired with ST_MakeValid), {@code names_without_diacritics},
 * {@code removes_units} (current communes the file lacks, ended) and {@code removes_units_with_records}
 * (such communes that records refer to: the records stay with the ended unit).
 */
record ImportReport(String format, String layer, List<String> layers, String geometryType, long featureCount, List<String> fields,
        ResolvedCrs crs, ResolvedEncoding encoding, Map<String, String> mapping, List<Map<String, String>> samples,
        Validation validation, List<Double> extent, List<String> blocking, Map<String, List<ValueCount>> unmapped,
        List<EarlierImport> sameFile, List<String> warnings, Onboarding onboarding) {

    static final String UNMAPPED_VALUES = "unmapped_values";
    static final String SAME_FILE = "same_file";
    static final String REPAIRED_GEOMETRY = "repaired_geometry";
    static final String NAMES_WITHOUT_DIACRITICS = "names_without_diacritics";
    static final String REMOVES_UNITS = "removes_units";
    static final String REMOVES_UNITS_WITH_RECORDS = "removes_units_with_records";
    static final List<String> WARNINGS = List.of(UNMAPPED_VALUES, SAME_FILE, REPAIRED_GEOMETRY,
            NAMES_WITHOUT_DIACRITICS, REMOVES_UNITS, REMOVES_UNITS_WITH_RECORDS);

    /** A value as written in the file, and on how many features. */
    record ValueCount(String value, long count) {
    }

    /** An earlier committed import of the same bytes. */
    record EarlierImport(long id, String fileName, String committedBy, OffsetDateTime committedAt) {
    }

    record Validation(List<Problem> invalid, List<Long> empty, List<Long> wrongType, List<Long> outside,
            List<String> duplicateCodes, List<String> unknownCommunes) {
    }

    record Problem(long fid, String reason) {
    }

    /**
     * What loading a province's file does: whether the province is new, the province names and codes
     * (other than the chosen one) the file gives, unit codes that are no commune code or belong to
     * another province, features whose name is missing or garbled, names without any diacritic; how many
     * communes are added and replaced, and the current communes the file lacks (those with records apart).
     */
    record Onboarding(boolean newProvince, List<String> provinceNames, List<String> otherProvinces,
            List<String> badCodes, List<String> codesOfOtherProvinces, List<Long> badNames,
            List<String> namesWithoutDiacritics, long added, long replaced, long removedCount, List<String> removed,
            List<String> removedWithRecords) {
    }
}
