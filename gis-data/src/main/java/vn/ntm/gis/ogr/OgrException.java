package vn.ntm.gis.ogr;

/** A GDAL tool failed, timed out, or could not be started; the message carries what it said. */
public class OgrException extends Exception {

    public OgrException(String message) {
        super(message);
    }
}
