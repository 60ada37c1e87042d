package vn.ntm.common;

/** The write lost a race: the record changed since the client read it; answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
