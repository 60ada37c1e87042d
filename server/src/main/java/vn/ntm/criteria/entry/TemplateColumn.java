package vn.ntm.criteria.entry;

import java.util.Arrays;
import java.util.Optional;

/** The columns of the entry template, in order, with their Vietnamese headers. */
enum TemplateColumn {
    COMMUNE_CODE("communeCode", "Mã đơn vị"),
    COMMUNE_NAME(null, "Tên đơn vị"),
    KIND(null, "Loại"),
    CODE("code", "Mã"),
    NAME(null, "Nội dung"),
    UNIT(null, "Đơn vị"),
    RESULT("result", "Kết quả"),
    VALUE("value", "Giá trị"),
    EVIDENCE("evidence", "Minh chứng"),
    VERSION("version", "Phiên bản");

    /** The field of an {@link Entry} this column fills, as errors name it. */
    private final String field;
    private final String header;

    TemplateColumn(String field, String header) {
        this.field = field;
        this.header = header;
    }

    String header() {
        return header;
    }

    /** "G (Kết quả)": how a person finds the column in the spreadsheet. */
    String label() {
        return (char) ('A' + ordinal()) + " (" + header + ")";
    }

    static Optional<TemplateColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> field.equals(c.field)).findFirst();
    }

    static final String KIND_CRITERION = "Tiêu chí";
    static final String KIND_INDICATOR = "Chỉ tiêu";
}
