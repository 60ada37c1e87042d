package vn.ntm.criteria.entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.RowError;
import vn.ntm.common.RowsRejectedException;
import vn.ntm.common.Sql;
import vn.ntm.gis.text.VietnameseText;

/** The bulk-entry template of a province and year: download it filled with what is recorded, upload it back. */
@Service
class TemplateService {

    private static final String ROWS = Sql.load(TemplateService.class, "template-rows.sql");
    private static final Map<String, String> RESULT_WORDS = Map.of("met", "Đạt", "basically_met", "Cơ bản đạt",
            "not_met", "Chưa đạt");

    private final JdbcClient jdbc;
    private final EntryRepository sets;
    private final CriteriaEntryService entries;

    TemplateService(JdbcClient jdbc, EntryRepository sets, CriteriaEntryService entries) {
        this.jdbc = jdbc;
        this.sets = sets;
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    List<TemplateRow> rows(String provinceCode, int year, String level, String tier) {
        SetDefinition set = sets.set(level, provinceCode, year, tier).orElseThrow(() -> level.equals("village")
                ? new InvalidParameterException("level", "the province has defined no village " + tier + " criteria for " + year)
                : new InvalidParameterException("tier", "no " + tier + " criteria set applies to " + year));
        return jdbc.sql(ROWS).param("province", provinceCode).param("year", year).param("level", level)
                .param("set_id", set.setId())
                .query((rs, n) -> new TemplateRow(Arrays.asList(rs.getString("unit_code"), rs.getString("unit_name"),
                        rs.getString("kind").equals("criterion") ? TemplateColumn.KIND_CRITERION
                                : TemplateColumn.KIND_INDICATOR,
                        rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                        rs.getString("result") == null ? null : RESULT_WORDS.get(rs.getString("result")),
                        rs.getString("value"), rs.getString("evidence"), rs.getString("version"))))
                .list();
    }

    /** Records every row of an uploaded template, or none; errors name the row and column. */
    Map<String, Integer> upload(int year, String tier, byte[] file) {
        List<RowError> errors = new ArrayList<>();
        List<Entry> parsed = new ArrayList<>();
        for (TemplateFormat.NumberedRow numbered : TemplateFormat.read(file)) {
            entry(numbered, errors).ifPresent(parsed::add);
        }
        try {
            return entries.record(year, tier, parsed, errors);
        } catch (RowsRejectedException rejected) {
            throw new RowsRejectedException(rejected.errors().stream().map(e -> new RowError(e.row(),
                    TemplateColumn.ofField(e.column()).map(TemplateColumn::label).orElse(e.column()), e.message()))
                    .toList());
        }
    }

    private static Optional<Entry> entry(TemplateFormat.NumberedRow numbered, List<RowError> errors) {
        TemplateRow row = numbered.row();
        String number = String.valueOf(numbered.number());
        String kind = row.cell(TemplateColumn.KIND) == null ? "" : VietnameseText.searchKey(row.cell(TemplateColumn.KIND));
        Entry.Kind parsedKind = switch (kind) {
            case "tieu chi" -> Entry.Kind.CRITERION;
            case "chi tieu" -> Entry.Kind.INDICATOR;
            default -> null;
        };
        if (parsedKind == null) {
            errors.add(new RowError(number, TemplateColumn.KIND.label(), "Must be Tiêu chí or Chỉ tiêu"));
            return Optional.empty();
        }
        Integer version = null;
        try {
            version = Integer.valueOf(row.cell(TemplateColumn.VERSION));
        } catch (NumberFormatException e) {
            errors.add(new RowError(number, TemplateColumn.VERSION.label(), "Keep the version the template came with"));
            return Optional.empty();
        }
        String result = row.cell(TemplateColumn.RESULT);
        String value = row.cell(TemplateColumn.VALUE);
        if (result == null && value == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry(number, row.cell(TemplateColumn.COMMUNE_CODE), parsedKind,
                row.cell(TemplateColumn.CODE), result, value, row.cell(TemplateColumn.EVIDENCE), version));
    }
}
