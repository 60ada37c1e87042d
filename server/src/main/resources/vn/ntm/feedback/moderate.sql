UPDATE feedback
SET status = :status, infrastructure_id = :infrastructure_id, public_note = :public_note,
    internal_note = :internal_note, updated_at = now(), updated_by = :actor, row_version = row_version + 1
WHERE id = :id AND row_version = :version
