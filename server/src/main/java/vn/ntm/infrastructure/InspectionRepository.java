package vn.ntm.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;
import vn.ntm.photos.Photo;

/** Inspections of infrastructure and their photos. */
@Repository
class InspectionRepository {

    private static final String INSERT_INSPECTION = Sql.load(InspectionRepository.class, "insert-inspection.sql");
    private static final String FIND_INSPECTIONS = Sql.load(InspectionRepository.class, "find-inspections.sql");

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long infrastructureId, LocalDate inspectedOn, String note, Photo photo, String actor) {
        return jdbc.sql(INSERT_INSPECTION)
                .param("feature", infrastructureId).param("on", inspectedOn).param("note", note)
                .param("type", photo == null ? null : photo.contentType())
                .param("photo", photo == null ? null : photo.bytes()).param("actor", actor)
                .query(Long.class).single();
    }

    List<Inspection> forFeature(long infrastructureId) {
        return jdbc.sql(FIND_INSPECTIONS).param("id", null)
                .param("feature", infrastructureId).query(Inspection.class).list();
    }

    Optional<Inspection> find(long id) {
        return jdbc.sql(FIND_INSPECTIONS).param("id", id).param("feature", null).query(Inspection.class).optional();
    }

    Optional<Photo> photo(long id) {
        return jdbc.sql("SELECT photo_type, photo FROM inspection WHERE id = :id AND photo IS NOT NULL")
                .param("id", id).query((rs, n) -> new Photo(rs.getString("photo_type"), rs.getBytes("photo")))
                .optional();
    }
}
