package vn.ntm.imports;

import java.util.List;

/**
 * The coordinate system an import is read in: how it was found ({@code prj}, {@code declared} by
 * the format, {@code inferred} from the coordinates and province, or chosen by the user as an
 * {@code override}), its spatial reference id in the database, and the candidates a person may pick instead, with whether each places the
 * data inside the province.
 */
record ResolvedCrs(String id, String name, String proj, int srid, String how, List<Candidate> candidates) {

    record Candidate(String id, String name, boolean placesDataInProvince) {
    }
}
