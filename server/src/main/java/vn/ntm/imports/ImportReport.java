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
 */
record ImportReport(String format, String layer, List<String> layers, String geometryType, long featureCount, List<String> fields,
        ResolvedCrs crs, ResolvedEncoding encoding, Map<String, String> mapping, List<Map<String, String>> samples,
        Validation validation, List<Double> extent, List<String> blocking, Map<String, List<ValueCount>> unmapped,
        List<EarlierImport> sameFile, List<String> warnings) {

    static final String UNMAPPED_VALUES = "unmapped_values";
    static final String SAME_FILE = "same_file";
    static final List<String> WARNINGS = List.of(UNMAPPED_VALUES, SAME_FILE);

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
}
