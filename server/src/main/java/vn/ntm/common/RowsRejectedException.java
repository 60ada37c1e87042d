package vn.ntm.common;

import java.util.List;

/** Some rows failed their checks and none was saved; answered with 400 listing every error. */
public class RowsRejectedException extends RuntimeException {

    private final List<RowError> errors;

    public RowsRejectedException(List<RowError> errors) {
        super(errors.size() + " rows have errors; nothing was saved");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
