package vn.ntm.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of ntm-map and what each may do (within its scope, see {@link Permissions}). */
public enum Role {
    ADMIN(EnumSet.allOf(Action.class)),
    PROVINCE_PLANNER(EnumSet.of(Action.EDIT_INFRASTRUCTURE, Action.UNDO_FIELD_EDITS, Action.EDIT_CRITERIA, Action.DEFINE_CRITERIA,
            Action.MANAGE_STATUS, Action.MANAGE_TARGETS, Action.IMPORT, Action.MODERATE_FEEDBACK, Action.READ_AUDIT)),
    COMMUNE_OFFICER(EnumSet.of(Action.EDIT_INFRASTRUCTURE, Action.EDIT_CRITERIA, Action.MODERATE_FEEDBACK)),
    SURVEYOR(EnumSet.of(Action.IMPORT)),
    VIEWER(EnumSet.noneOf(Action.class));

    private final Set<Action> actions;

    Role(Set<Action> actions) {
        this.actions = actions;
    }

    public boolean may(Action action) {
        return actions.contains(action);
    }

    public String code() {
        return name().toLowerCase();
    }

    public static Role of(String code) {
        return valueOf(code.toUpperCase());
    }
}
