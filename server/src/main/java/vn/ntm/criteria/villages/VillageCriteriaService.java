package vn.ntm.criteria.villages;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.NotFoundException;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/** Provinces define their village criteria here; villages are then assessed against them. */
@Service
class VillageCriteriaService {

    private final VillageCriteriaRepository sets;
    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final AuditLog audit;

    VillageCriteriaService(VillageCriteriaRepository sets, JdbcClient jdbc, Permissions permissions, AuditLog audit) {
        this.sets = sets;
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<VillageCriteriaSet> list(String province) {
        provinceName(province);
        return sets.forProvince(province);
    }

    @Transactional
    VillageCriteriaSet define(String province, VillageCriteriaSet set) {
        String provinceName = provinceName(province);
        CurrentUser user = permissions.require(Action.DEFINE_CRITERIA, province, null);
        set.check();
        if (sets.overlaps(province, set.yearFrom(), set.yearTo())) {
            throw new ConflictException(provinceName + " already has village criteria for some of the years "
                    + set.yearFrom() + "–" + set.yearTo());
        }
        int id = sets.insert(province, provinceName, set);
        VillageCriteriaSet created = sets.forProvince(province).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow();
        audit.record(user, "define", "criteria_set", created.code(), province, null, created);
        return created;
    }

    private String provinceName(String province) {
        return jdbc.sql("SELECT full_name FROM admin_unit WHERE level = 'province' AND code = :code AND valid_to IS NULL")
                .param("code", province).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("No province has the code '" + province + "'"));
    }
}
