package vn.ntm.imports;

import java.util.List;
import java.util.Map;

/**
 * What an upload holds and what is wrong with it, shown before anything is committed.
 * {@code blocking} lists the problems that prevent a commit; invalid geometries are repaired
 * (ST_MakeValid) on commit and only listed.
 */
record ImportReport(String format, String layer, List<String> layers, String geometryType, long featureCount, List<String> fields,
        ResolvedCrs crs, ResolvedEncoding encoding, Map<String, String> mapping, List<Map<String, String>> samples,
        Validation validation, List<Double> extent, List<String> blocking) {

    record Validation(List<Problem> invalid, List<Long> empty, List<Long> wrongType, List<Long> outside,
            List<String> duplicateCodes, List<String> unknownCommunes) {
    }

    record Problem(long fid, String reason) {
    }
}
