package vn.ntm.criteria.entry;

import java.util.ArrayList;
import java.util.List;

/**
 * A commune's results for a year as the entry form sends them: criteria results, each with its
 * indicator values, against the sheet version the form was loaded at.
 */
record SheetForm(Integer version, List<CriterionForm> results) {

    record CriterionForm(String number, String result, String evidence, List<IndicatorForm> indicators) {
    }

    record IndicatorForm(String code, String value, String result, String evidence) {
    }

    /** The form as entries, each located by its JSON path. */
    List<Entry> entries(String communeCode) {
        List<Entry> entries = new ArrayList<>();
        List<CriterionForm> criteria = results == null ? List.of() : results;
        for (int i = 0; i < criteria.size(); i++) {
            CriterionForm c = criteria.get(i);
            String path = "results[" + i + "]";
            if (c.result() != null) {
                entries.add(new Entry(path, communeCode, Entry.Kind.CRITERION, c.number(), c.result(), null,
                        c.evidence(), version));
            }
            List<IndicatorForm> indicators = c.indicators() == null ? List.of() : c.indicators();
            for (int j = 0; j < indicators.size(); j++) {
                IndicatorForm ind = indicators.get(j);
                entries.add(new Entry(path + ".indicators[" + j + "]", communeCode, Entry.Kind.INDICATOR, ind.code(),
                        ind.result(), ind.value(), ind.evidence(), version));
            }
        }
        return entries;
    }
}
