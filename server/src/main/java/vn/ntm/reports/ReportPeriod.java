package vn.ntm.reports;

import java.time.LocalDate;

import vn.ntm.common.InvalidParameterException;

/** What a report covers: a whole year, or its first six months (H1); statuses stand on its last day. */
enum ReportPeriod {
    YEAR("year", "năm"), H1("H1", "6 tháng đầu năm");

    private final String code;
    private final String nameVi;

    ReportPeriod(String code, String nameVi) {
        this.code = code;
        this.nameVi = nameVi;
    }

    String code() {
        return code;
    }

    /** "năm 2025", "6 tháng đầu năm 2025". */
    String label(int year) {
        return nameVi + " " + year;
    }

    LocalDate end(int year) {
        return this == H1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The first day from which a deadline's day and month fall due for the period of {@code year}. */
    LocalDate dueFrom(int year) {
        return this == H1 ? LocalDate.of(year, 4, 1) : LocalDate.of(year, 7, 1);
    }

    static ReportPeriod of(String code) {
        if (code == null) {
            return YEAR;
        }
        for (ReportPeriod period : values()) {
            if (period.code.equals(code)) {
                return period;
            }
        }
        throw new InvalidParameterException("period", "must be year or H1");
    }
}
