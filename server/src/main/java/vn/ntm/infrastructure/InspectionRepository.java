package vn.ntm.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.photos.Photo;

/** Inspections of infrastructure and their photos. */
@Repository
class InspectionRepository {

    private static final String COLUMNS = """
            SELECT id, infrastructure_id, inspected_on, note, photo IS NOT NULL AS has_photo, created_at, created_by
            FROM inspection""";

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long infrastructureId, LocalDate inspectedOn, String note, Photo photo, String actor) {
        return jdbc.sql("""
                INSERT INTO inspection (infrastructure_id, inspected_on, note, photo_type, photo, created_by)
                VALUES (:feature, :on, :note, :type, :photo, :actor) RETURNING id""")
                .param("feature", infrastructureId).param("on", inspectedOn).param("note", note)
                .param("type", photo == null ? null : photo.contentType())
                .param("photo", photo == null ? null : photo.bytes()).param("actor", actor)
                .query(Long.class).single();
    }

    List<Inspection> forFeature(long infrastructureId) {
        return jdbc.sql(COLUMNS + " WHERE infrastructure_id = :feature ORDER BY inspected_on DESC, id DESC")
                .param("feature", infrastructureId).query(this::inspection).list();
    }

    Optional<Inspection> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(this::inspection).optional();
    }

    Optional<Photo> photo(long id) {
        return jdbc.sql("SELECT photo_type, photo FROM inspection WHERE id = :id AND photo IS NOT NULL")
                .param("id", id).query((rs, n) -> new Photo(rs.getString("photo_type"), rs.getBytes("photo")))
                .optional();
    }

    private Inspection inspection(ResultSet rs, int n) throws SQLException {
        return new Inspection(rs.getLong("id"), rs.getLong("infrastructure_id"),
                rs.getObject("inspected_on", LocalDate.class), rs.getString("note"), rs.getBoolean("has_photo"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    }
}
