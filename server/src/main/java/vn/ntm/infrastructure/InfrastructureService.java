package vn.ntm.infrastructure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/** Field updates of infrastructure, checked against the user's scope and audited. */
@Service
class InfrastructureService {

    private final InfrastructureRepository features;
    private final Permissions permissions;
    private final AuditLog audit;

    InfrastructureService(InfrastructureRepository features, Permissions permissions, AuditLog audit) {
        this.features = features;
        this.permissions = permissions;
        this.audit = audit;
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

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No infrastructure feature has the id " + id);
    }
}
