package vn.ntm.criteria.villages;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;
import vn.ntm.units.UnitRepository;

/**
 * Provinces define their own criteria here: their village criteria, and their sets of a commune tier
 * (hiện đại, a provincial nâng cao); units are then assessed against them.
 */
@Service
class VillageCriteriaService {

    private final VillageCriteriaRepository sets;
    private final UnitRepository units;
    private final Permissions permissions;
    private final AuditLog audit;

    VillageCriteriaService(VillageCriteriaRepository sets, UnitRepository units, Permissions permissions,
            AuditLog audit) {
        this.sets = sets;
        this.units = units;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<VillageCriteriaSet> list(String province, SetKind kind) {
        units.currentProvince(province);
        return sets.forProvince(province, kind);
    }

    @Transactional
    VillageCriteriaSet define(String province, SetKind kind, VillageCriteriaSet set) {
        String provinceName = units.currentProvince(province).fullName();
        CurrentUser user = permissions.require(Action.DEFINE_CRITERIA, province, null);
        set.check();
        if (sets.overlaps(province, kind, set.yearFrom(), set.yearTo())) {
            throw new ConflictException(provinceName + " already has " + kind.describe() + " for some of the years "
                    + set.yearFrom() + "–" + set.yearTo());
        }
        int id = sets.insert(province, provinceName, kind, set);
        VillageCriteriaSet created = sets.forProvince(province, kind).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow();
        audit.record(user, "define", "criteria_set", created.code(), province, null, created);
        return created;
    }
}
