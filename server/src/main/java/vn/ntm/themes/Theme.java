package vn.ntm.themes;

/**
 * What units are coloured by: {@code id} as the client writes it ({@code indicator:2.2}), split into the
 * kind and key the SQL functions theme_value() and theme_met() (V37) take. The status theme has neither.
 */
public record Theme(String id, String kind, String key) {

    /** The default map: units by their NTM status, no theme attributes. */
    public static final Theme STATUS = new Theme("status", null, null);

    public boolean isStatus() {
        return kind == null;
    }
}
