package vn.ntm.infrastructure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.photos.Photo;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/** Field updates of infrastructure, checked against the user's scope and audited. */
@Service
class InfrastructureService {

    static final int MAX_NOTE = 2000;

    private final InfrastructureRepository features;
    private final InspectionRepository inspections;
    private final Permissions permissions;
    private final AuditLog audit;

    InfrastructureService(InfrastructureRepository features, InspectionRepository inspections,
            Permissions permissions, AuditLog audit) {
        this.features = features;
        this.inspections = inspections;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** A feature as the caller may see it: the public map does not name staff. */
    @Transactional(readOnly = true)
    InfrastructureFeature read(long id) {
        InfrastructureFeature feature = get(id);
        return permissions.current().isPresent() ? feature : feature.forPublic();
    }

    @Transactional(readOnly = true)
    InfrastructureFeature get(long id) {
        return features.find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    InfrastructureFeature update(long id, ConditionUpdate change) {
        InfrastructureFeature before = get(id);
        CurrentUser user = permissions.require(Action.EDIT_INFRASTRUCTURE, before.provinceCode(), before.communeCode());
        if (change.surface() != null && !"road".equals(before.category())) {
            throw new InvalidParameterException("surface", "applies to roads only");
        }
        if (!features.update(id, change, user.username())) {
            throw new ConflictException("Feature " + id + " was changed by someone else since version "
                    + change.version() + "; reload it and apply your change again");
        }
        InfrastructureFeature after = get(id);
        audit.record(user, "update", "infrastructure", String.valueOf(id), before.provinceCode(), before, after);
        return after;
    }

    /** Records a field inspection, with an optional photo, by someone allowed to edit the feature. */
    @Transactional
    Inspection inspect(long id, LocalDate inspectedOn, String note, Photo photo) {
        InfrastructureFeature feature = get(id);
        CurrentUser user = requireInspector(feature);
        if (inspectedOn == null || inspectedOn.isAfter(LocalDate.now())) {
            throw new InvalidParameterException("inspectedOn", "must be a date, not in the future");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidParameterException("note", "must be at most " + MAX_NOTE + " characters");
        }
        Inspection inspection = inspections.find(inspections.insert(id, inspectedOn, note, photo, user.username()))
                .orElseThrow();
        audit.record(user, "inspect", "infrastructure", String.valueOf(id), feature.provinceCode(), null, inspection);
        return inspection;
    }

    /** Inspections are internal notes: read by those who may record them on the feature (its province or commune). */
    @Transactional(readOnly = true)
    List<Inspection> inspections(long id) {
        requireInspector(get(id));
        return inspections.forFeature(id);
    }

    @Transactional(readOnly = true)
    Photo inspectionPhoto(long inspectionId) {
        Inspection inspection = inspections.find(inspectionId)
                .orElseThrow(() -> new NotFoundException("No inspection has the id " + inspectionId));
        requireInspector(get(inspection.infrastructureId()));
        return inspections.photo(inspectionId)
                .orElseThrow(() -> new NotFoundException("Inspection " + inspectionId + " has no photo"));
    }

    private CurrentUser requireInspector(InfrastructureFeature feature) {
        return permissions.require(Action.EDIT_INFRASTRUCTURE, feature.provinceCode(), feature.communeCode());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No infrastructure feature has the id " + id);
    }
}
