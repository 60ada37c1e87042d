package vn.ntm.criteria.villages;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import vn.ntm.common.InvalidParameterException;

/**
 * A province's village criteria ("thôn NTM"): there is no national village set, so each province
 * issues its own by decision, for a span of years. {@code id} and {@code code} are given by the server.
 */
record VillageCriteriaSet(Integer id, String code, String nameVi, String nameEn, Integer yearFrom, Integer yearTo,
        String decisionNo, LocalDate decisionDate, List<Criterion> criteria) {

    static final int MAX_CRITERIA = 40;
    static final int MAX_TEXT = 300;

    record Criterion(Integer number, String nameVi, String nameEn, Boolean key) {
    }

    /** Refuses, naming the field, what cannot be stored as a criteria set. */
    void check() {
        text("nameVi", nameVi);
        text("decisionNo", decisionNo);
        if (nameEn != null && nameEn.length() > MAX_TEXT) {
            throw new InvalidParameterException("nameEn", "must be at most " + MAX_TEXT + " characters");
        }
        if (yearFrom == null || yearTo == null || yearFrom < 2010 || yearTo > 2050 || yearTo < yearFrom) {
            throw new InvalidParameterException("yearFrom", "yearFrom and yearTo must be years from 2010 to 2050, "
                    + "yearFrom not after yearTo");
        }
        if (decisionDate == null) {
            throw new InvalidParameterException("decisionDate", "is required (yyyy-mm-dd)");
        }
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw new InvalidParameterException("criteria", "must list 1 to " + MAX_CRITERIA + " criteria");
        }
        var numbers = new HashSet<Integer>();
        for (Criterion c : criteria) {
            if (c.number() == null || c.number() < 1 || c.number() > 99 || !numbers.add(c.number())) {
                throw new InvalidParameterException("criteria", "numbers must be distinct, from 1 to 99");
            }
            text("criteria", c.nameVi());
        }
    }

    private static void text(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            throw new InvalidParameterException(field, "must be a text of 1 to " + MAX_TEXT + " characters");
        }
    }
}
