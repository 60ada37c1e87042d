package vn.ntm.gis.archive;

/** An uploaded archive that was refused, with a machine-readable reason. */
public class UnsafeArchiveException extends Exception {

    /** Why an archive was refused. */
    public enum Reason {
        ZIP_SLIP, DUPLICATE_ENTRY, TOO_MANY_ENTRIES, TOO_LARGE, RATIO_EXCEEDED, CORRUPT
    }

    private final Reason reason;

    public UnsafeArchiveException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
