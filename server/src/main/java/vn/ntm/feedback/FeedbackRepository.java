package vn.ntm.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;
import vn.ntm.photos.Photo;

/** Citizens' reports and their photos. */
@Repository
class FeedbackRepository {

    private static final String INSERT = Sql.load(FeedbackRepository.class, "insert-feedback.sql");
    private static final String FIND_PUBLIC = Sql.load(FeedbackRepository.class, "find-public.sql");
    private static final String FIND_MODERATED = Sql.load(FeedbackRepository.class, "find-moderated.sql");
    private static final String MODERATE = Sql.load(FeedbackRepository.class, "moderate.sql");
    private static final String COMMUNE_AT = Sql.load(FeedbackRepository.class, "commune-at.sql");
    private static final String INFRASTRUCTURE_PROVINCE =
            Sql.load(FeedbackRepository.class, "infrastructure-province.sql");

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current commune containing a point. */
    Optional<Long> communeAt(double lon, double lat) {
        return jdbc.sql(COMMUNE_AT).param("lon", lon).param("lat", lat).query(Long.class).optional();
    }

    long insert(String reference, Submission s, long communeId, Photo photo) {
        long id = jdbc.sql(INSERT).param("reference", reference).param("category", s.category())
                .param("description", s.description()).param("lon", s.lon()).param("lat", s.lat())
                .param("commune_id", communeId).param("contact", s.contact()).query(Long.class).single();
        if (photo != null) {
            jdbc.sql("INSERT INTO feedback_photo (feedback_id, content_type, bytes) VALUES (:id, :type, :bytes)")
                    .param("id", id).param("type", photo.contentType()).param("bytes", photo.bytes()).update();
        }
        return id;
    }

    Optional<PublicFeedback> findPublic(String reference) {
        return jdbc.sql(FIND_PUBLIC).param("reference", reference)
                .query(PublicFeedback.class)
                .optional();
    }

    /** Reports within a scope (null province or communes: unrestricted), newest first. */
    List<ModeratedFeedback> findModerated(Long id, String province, String[] communes, String status, int limit,
            int offset) {
        return jdbc.sql(FIND_MODERATED).param("id", id).param("province", province).param("communes", communes)
                .param("status", status).param("limit", limit).param("offset", offset)
                .query(ModeratedFeedback.class).list();
    }

    boolean moderate(long id, Moderation m, String actor) {
        return jdbc.sql(MODERATE).param("id", id).param("status", m.status())
                .param("infrastructure_id", m.infrastructureId()).param("public_note", m.publicNote())
                .param("internal_note", m.internalNote()).param("actor", actor).param("version", m.version())
                .update() == 1;
    }

    Optional<Photo> photo(long feedbackId) {
        return jdbc.sql("SELECT content_type, bytes FROM feedback_photo WHERE feedback_id = :id")
                .param("id", feedbackId)
                .query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("bytes"))).optional();
    }

    /** The province of an infrastructure feature, if it exists. */
    Optional<String> infrastructureProvince(long infrastructureId) {
        return jdbc.sql(INFRASTRUCTURE_PROVINCE).param("id", infrastructureId).query(String.class).optional();
    }
}
