package vn.ntm.security;

/** A kind of write (or restricted read) that a role may be granted. */
public enum Action {
    EDIT_INFRASTRUCTURE, UNDO_FIELD_EDITS, EDIT_CRITERIA, DEFINE_CRITERIA, MANAGE_STATUS, MANAGE_TARGETS, IMPORT,
    MODERATE_FEEDBACK, READ_AUDIT, MANAGE_USERS, ONBOARD_PROVINCE
}
