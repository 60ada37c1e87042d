package vn.ntm.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.RefusedException;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/**
 * Adding features and correcting their geometry in the field, within the editor's communes; every change
 * audited with the feature (and its geometry) before and after, which is the feature's history, and the
 * latest addition or move undoable by a planner.
 */
@Service
class FieldEditService {

    static final String ENTITY = "infrastructure";
    /** Audited actions that change the feature's row (inspections do not). */
    static final Set<String> ROW_CHANGES = Set.of("add", "move", "update", "undo");

    private final EntityManager entities;
    private final InfrastructureRepository features;
    private final Permissions permissions;
    private final AuditLog audit;
    private final ObjectMapper json;

    FieldEditService(EntityManager entities, InfrastructureRepository features, Permissions permissions,
            AuditLog audit, ObjectMapper json) {
        this.entities = entities;
        this.features = features;
        this.permissions = permissions;
        this.audit = audit;
        this.json = json;
    }

    @Transactional(FieldEditTransactions.MANAGER)
    InfrastructureFeature add(NewFeature request) {
        CurrentUser user = permissions.requireAction(Action.EDIT_INFRASTRUCTURE);
        if (!features.isCategory(request.category())) {
            throw new InvalidParameterException("category", "is not an infrastructure category");
        }
        Geometry geometry = FieldGeometry.read(request.geometry(), request.category());
        Position position = position(request.positionSource(), request.accuracy(), geometry);
        FeaturePlace place = locate(user, geometry);
        FieldFeature feature = new FieldFeature(request);
        feature.place(geometry, place, position, user.username());
        entities.persist(feature);
        InfrastructureFeature after = read(feature.id());
        audit.record(user, "add", ENTITY, String.valueOf(after.id()), place.provinceCode(), null, after);
        return after;
    }

    /** Moves a point or reshapes a line, if the client edited the current version. */
    @Transactional(FieldEditTransactions.MANAGER)
    InfrastructureFeature move(long id, GeometryChange change) {
        InfrastructureFeature before = read(id);
        CurrentUser user = permissions.require(Action.EDIT_INFRASTRUCTURE, before.provinceCode(), before.communeCode());
        FieldFeature feature = current(id, change.version());
        Geometry geometry = FieldGeometry.read(change.geometry(), feature.category());
        Position position = position(change.positionSource(), change.accuracy(), geometry);
        FeaturePlace place = locate(user, geometry);
        feature.place(geometry, place, position, user.username());
        flush(id);
        InfrastructureFeature after = read(id);
        audit.record(user, "move", ENTITY, String.valueOf(id), place.provinceCode(), before, after);
        return after;
    }

    /**
     * Undoes the feature's latest change if it was an addition (the feature is removed: empty) or a move
     * (its geometry and place before it are restored).
     */
    @Transactional(FieldEditTransactions.MANAGER)
    Optional<InfrastructureFeature> undo(long id, VersionRef version) {
        InfrastructureFeature before = read(id);
        CurrentUser user = permissions.require(Action.UNDO_FIELD_EDITS, before.provinceCode(), before.communeCode());
        FieldFeature feature = current(id, version.version());
        AuditEntry last = audit.history(ENTITY, String.valueOf(id)).stream()
                .filter(e -> ROW_CHANGES.contains(e.action())).reduce((earlier, later) -> later)
                .orElseThrow(() -> nothingToUndo(id, "an import or the demo data"));
        switch (last.action()) {
            case "add" -> {
                entities.remove(feature);
                flush(id);
                audit.record(user, "undo", ENTITY, String.valueOf(id), before.provinceCode(), before, null);
                return Optional.empty();
            }
            case "move" -> {
                JsonNode earlier = json.readTree(last.before());
                Geometry geometry = FieldGeometry.read(earlier.get("geometry"), feature.category());
                FeaturePlace place = features.place(geometry, null, null).orElseThrow();
                permissions.require(Action.UNDO_FIELD_EDITS, place.provinceCode(), place.communeCode());
                Double accuracy = earlier.path("positionAccuracy").isNumber()
                        ? earlier.get("positionAccuracy").asDouble() : null;
                feature.place(geometry, place, new Position(earlier.path("positionSource").asString(null),
                        accuracy == null ? null : accuracy.floatValue()), user.username());
                flush(id);
                InfrastructureFeature after = read(id);
                audit.record(user, "undo", ENTITY, String.valueOf(id), place.provinceCode(), before, after);
                return Optional.of(after);
            }
            default -> throw nothingToUndo(id, "a condition update (correct it with a new one)");
        }
    }

    /** The feature's history, oldest first, for those who may edit it. */
    @Transactional(readOnly = true)
    List<FeatureChange> history(long id) {
        InfrastructureFeature feature = read(id);
        permissions.require(Action.EDIT_INFRASTRUCTURE, feature.provinceCode(), feature.communeCode());
        return audit.history(ENTITY, String.valueOf(id)).stream()
                .map(e -> new FeatureChange(e.id(), e.at(), e.actor(), e.action(), e.before(), e.after())).toList();
    }

    /**
     * Where the geometry lies, if the user may put a feature there: its midpoint in one of their communes
     * (else 403) and all of it within their communes (else 403) and Vietnam's (else 422).
     */
    private FeaturePlace locate(CurrentUser user, Geometry geometry) {
        FeaturePlace place = features.place(geometry, Permissions.provinceScope(user), Permissions.communeScope(user))
                .filter(FeaturePlace::covered)
                .orElseThrow(() -> new RefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "outside-communes",
                        "The geometry lies (partly) outside Vietnam's communes",
                        "Hình học nằm (một phần) ngoài các xã, phường của Việt Nam"));
        permissions.require(Action.EDIT_INFRASTRUCTURE, place.provinceCode(), place.communeCode());
        if (!place.inScope()) {
            throw new AccessDeniedException("The geometry reaches outside your "
                    + (Permissions.communeScope(user) == null ? "province" : "communes"));
        }
        return place;
    }

    private static Position position(String source, Double accuracy, Geometry geometry) {
        Position position = Position.of(source, accuracy);
        if ("gps".equals(position.source()) && !(geometry instanceof Point)) {
            throw new InvalidParameterException("positionSource", "gps applies to a point");
        }
        return position;
    }

    /** The feature's entity, if the client's version is still the current one; otherwise a 409 naming it. */
    private FieldFeature current(long id, int version) {
        FieldFeature feature = entities.find(FieldFeature.class, id);
        if (feature.version() != version) {
            throw stale(id, version, feature.version());
        }
        return feature;
    }

    /** Writes now, so a concurrent write that won the race is a 409 here, not a failed commit. */
    private void flush(long id) {
        try {
            entities.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException("Feature " + id + " was changed by someone else at this moment; reload it");
        } catch (ConstraintViolationException e) {
            throw new RefusedException(HttpStatus.CONFLICT, "still-referenced",
                    "Feature " + id + " is referenced by citizen reports and cannot be removed",
                    "Công trình " + id + " đã được nhắc trong phản ánh của người dân nên không thể xóa");
        }
    }

    private InfrastructureFeature read(long id) {
        return features.find(id)
                .orElseThrow(() -> new NotFoundException("No infrastructure feature has the id " + id));
    }

    private static ConflictException stale(long id, int edited, int current) {
        return new ConflictException("Feature " + id + " is at version " + current + ", not the version " + edited
                + " you edited: someone changed it meanwhile; reload it and apply your change again", current);
    }

    private static RefusedException nothingToUndo(long id, String latest) {
        return new RefusedException(HttpStatus.CONFLICT, "nothing-to-undo",
                "The latest change of feature " + id + " is " + latest + "; only an addition or a move can be undone",
                "Thay đổi gần nhất của công trình " + id + " không phải là thêm mới hay di chuyển nên không thể hoàn tác");
    }
}
