package vn.ntm.common;

/**
 * The write lost a race: the record changed since the client read it; answered with 409, carrying the
 * record's current version when known so the client can reload and reapply.
 */
public class ConflictException extends RuntimeException {

    private final Integer currentVersion;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, Integer currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public Integer currentVersion() {
        return currentVersion;
    }
}
