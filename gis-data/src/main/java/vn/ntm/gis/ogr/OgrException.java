package vn.ntm.gis.ogr;

/**
 * A GDAL tool failed, timed out, or could not be started; the message carries what it said.
 * {@link #timedOut()} is true when the run was stopped at its wall-clock or CPU-time limit.
 */
public class OgrException extends Exception {

    /** What a tool that opened nothing says: its own output names every driver it tried and the path. */
    public static final String NOT_OPENED = "the file is not of the format its name says, or it is damaged";

    private final boolean timedOut;

    public OgrException(String message) {
        this(message, false);
    }

    public OgrException(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
