package vn.ntm.common;

import org.springframework.http.HttpStatus;

/** A request refused for a reason a person can act on, given in English and in Vietnamese. */
public class RefusedException extends RuntimeException {

    private final String code;
    private final String vietnamese;
    private final HttpStatus status;

    public RefusedException(String code, String english, String vietnamese) {
        this(HttpStatus.BAD_REQUEST, code, english, vietnamese);
    }

    public RefusedException(HttpStatus status, String code, String english, String vietnamese) {
        super(english);
        this.code = code;
        this.vietnamese = vietnamese;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public HttpStatus status() {
        return status;
    }
}
