package vn.ntm.infrastructure;

import java.time.OffsetDateTime;

import org.locationtech.jts.geom.Geometry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The columns of an infrastructure row that field edits write: its geometry (Hibernate Spatial maps the
 * JTS geometry to PostGIS), what it is, where it lies, and the row version Hibernate checks on every
 * write ({@code @Version}), so a stale edit never overwrites a newer one. Other columns keep their
 * defaults; the schema is Flyway's.
 */
@Entity
@Table(name = "infrastructure")
class FieldFeature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String category;
    private String name;
    private String condition;
    private String status = "existing";
    private String surface;
    private Boolean hardened;
    private Geometry geom;
    private Long communeId;
    private Long villageId;
    private String positionSource;
    @Column(name = "position_accuracy_m")
    private Float positionAccuracy;
    private String dataSource;
    private OffsetDateTime updatedAt;
    private String updatedBy;

    @Version
    @Column(name = "row_version")
    private int version;

    protected FieldFeature() {
    }

    FieldFeature(NewFeature request) {
        this.category = request.category();
        this.name = request.name();
        this.condition = request.condition();
        this.status = request.status() == null ? this.status : request.status();
        this.surface = request.surface();
        this.hardened = surface == null ? null : ConditionUpdate.HARDENED.contains(surface);
        this.dataSource = "field";
    }

    /** Puts the feature at a new geometry, in the commune and village found for it, by this user. */
    void place(Geometry geometry, FeaturePlace place, Position position, String actor) {
        this.geom = geometry;
        this.communeId = place.communeId();
        this.villageId = place.villageId();
        this.positionSource = position.source();
        this.positionAccuracy = position.accuracy();
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = actor;
    }

    Long id() {
        return id;
    }

    String category() {
        return category;
    }

    int version() {
        return version;
    }
}
