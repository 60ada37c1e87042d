package vn.ntm.imports;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.Sql;

/**
 * The checks of a province's file (import target {@code province}) beyond those of every boundary
 * file: one province, official commune codes not of another province, readable names, and what the
 * load adds, replaces and ends.
 */
@Component
class ProvinceFileCheck {

    private static final String REPORT = Sql.load(ProvinceFileCheck.class, "province-report.sql");

    private final JdbcClient jdbc;

    ProvinceFileCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ImportReport.Onboarding check(long jobId, String province, Map<String, String> mapping) {
        return jdbc.sql(REPORT.formatted(ImportCommitter.column(mapping, "code"), ImportCommitter.column(mapping, "name"),
                ImportCommitter.column(mapping, "province"), ImportCommitter.column(mapping, "province_name"),
                StagingLoader.table(jobId))).param("province", province).param("listed", ImportAnalysis.LISTED)
                .query((rs, n) -> new ImportReport.Onboarding(rs.getBoolean("new_province"),
                        texts(rs.getArray("province_names")), texts(rs.getArray("other_provinces")),
                        texts(rs.getArray("bad_codes")), texts(rs.getArray("codes_of_other_provinces")),
                        Arrays.asList((Long[]) rs.getArray("bad_names").getArray()),
                        texts(rs.getArray("names_without_diacritics")), rs.getLong("added"), rs.getLong("replaced"),
                        rs.getLong("removed_count"), texts(rs.getArray("removed")),
                        texts(rs.getArray("removed_with_records"))))
                .single();
    }

    /** The problems that prevent loading the file. */
    static List<String> blocking(ImportReport.Onboarding check, Map<String, String> mapping) {
        return Map.of("missing_name", !mapping.containsKey("name"),
                "missing_province", !mapping.containsKey("province"),
                "bad_codes", !check.badCodes().isEmpty(),
                "mixed_provinces", !check.otherProvinces().isEmpty() || check.provinceNames().size() > 1,
                "codes_of_other_provinces", !check.codesOfOtherProvinces().isEmpty(),
                "bad_names", !check.badNames().isEmpty(),
                "missing_province_name", check.newProvince() && check.provinceNames().isEmpty())
                .entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList();
    }

    /** The warnings to accept by name before loading it. */
    static List<String> warnings(ImportReport.Onboarding check, ImportReport.Validation validation) {
        return Map.of(ImportReport.REPAIRED_GEOMETRY, !validation.invalid().isEmpty(),
                ImportReport.NAMES_WITHOUT_DIACRITICS, !check.namesWithoutDiacritics().isEmpty(),
                ImportReport.REMOVES_UNITS, check.removedCount() > 0,
                ImportReport.REMOVES_UNITS_WITH_RECORDS, !check.removedWithRecords().isEmpty())
                .entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList();
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
