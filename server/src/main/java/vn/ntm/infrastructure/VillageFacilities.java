package vn.ntm.infrastructure;

/** The facilities every village is expected to have: a culture house, clean water, grid power. */
public final class VillageFacilities {

    private VillageFacilities() {
    }

    /** As infrastructure category codes, the form SQL takes them in. */
    public static String[] categories() {
        return new String[] {"culture_house", "water_supply", "power"};
    }
}
