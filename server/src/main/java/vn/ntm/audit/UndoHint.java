package vn.ntm.audit;

import java.util.regex.Pattern;

/**
 * How a planner (or, for accounts, an administrator) reverses a recorded write, in English and Vietnamese,
 * with the request that does it; null for entries that change nothing to reverse (failed sign-ins).
 */
public record UndoHint(String how, String howVi, String request) {

    private static final Pattern CODE_YEAR = Pattern.compile("[0-9A-Za-z-]+/[0-9]{4}");

    /** The hint for an entry; {@code newEventId}: the status event a status entry added, if known. */
    static UndoHint of(String entity, String action, String entityId, Long newEventId) {
        return switch (entity + "/" + action) {
            case "import/commit" -> new UndoHint(
                    "Undo the import: every record it added or changed goes back to how it was",
                    "Hoàn tác lần nhập: mọi bản ghi đã thêm hoặc sửa trở lại như trước",
                    "DELETE /api/imports/" + entityId);
            case "import/undo" -> new UndoHint(
                    "An undone import is not re-applied; upload the file again and commit it",
                    "Lần nhập đã hoàn tác không áp dụng lại được; tải tệp lên lại và ghi",
                    "POST /api/imports");
            case "status/recognized", "status/re_acknowledged", "status/revoked", "status/lapsed_by_merger" ->
                    new UndoHint("Withdraw the event if it was recorded in error (the unit's newest event first)",
                            "Rút sự kiện nếu ghi nhầm (rút sự kiện mới nhất của đơn vị trước)",
                            "DELETE /api/units/" + entityId + "/status-events/"
                                    + (newEventId == null ? "{id}" : newEventId));
            case "status/withdraw" -> new UndoHint(
                    "Record the withdrawn event again from its decision (it is in 'before')",
                    "Ghi nhận lại sự kiện đã rút theo quyết định (xem 'before')",
                    "POST /api/units/" + entityId + "/status-events");
            case "criteria/record" -> CODE_YEAR.matcher(entityId).matches() ? new UndoHint(
                    "Enter the earlier results and values again (they are in 'before'); none there: clear the sheet "
                            + "(DELETE with the sheet's version)",
                    "Nhập lại kết quả và giá trị trước đó (xem 'before'); nếu trống: xóa phiếu (DELETE kèm version)",
                    "PUT /api/units/" + entityId.replace("/", "/criteria/")) : null;
            case "criteria/clear" -> CODE_YEAR.matcher(entityId).matches() ? new UndoHint(
                    "Enter the cleared results and values again (they are in 'before')",
                    "Nhập lại kết quả và giá trị đã xóa (xem 'before')",
                    "PUT /api/units/" + entityId.replace("/", "/criteria/")) : null;
            case "infrastructure/update" -> new UndoHint(
                    "Set the earlier values again (they are in 'before')", "Đặt lại giá trị trước đó (xem 'before')",
                    "PATCH /api/infrastructure/" + entityId);
            case "feedback/moderate" -> new UndoHint(
                    "Moderate the report again with its earlier status and notes (in 'before')",
                    "Kiểm duyệt lại phản ánh với trạng thái và ghi chú trước đó (xem 'before')",
                    "PATCH /api/moderation/feedback/{id}");
            case "target/set", "target/rebase", "target_observation/set", "reporting_deadline/set" -> new UndoHint(
                    "Set the earlier value again (it is in 'before'; none there: the value was new)",
                    "Đặt lại giá trị trước đó (xem 'before'; trống: giá trị mới thêm)",
                    null);
            case "user/create", "user/update" -> new UndoHint(
                    "An administrator sets the account back (disable a new one) with the values in 'before'",
                    "Quản trị viên đặt lại tài khoản (khóa tài khoản mới) theo 'before'",
                    "PATCH /api/admin/users/{id}");
            default -> null;
        };
    }
}
