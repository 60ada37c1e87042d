-- Optimistic update: applies only while the row is still at the version the client read.
UPDATE infrastructure
SET condition   = coalesce(CAST(:condition AS text), condition),
    status      = coalesce(CAST(:status AS text), status),
    surface     = coalesce(CAST(:surface AS text), surface),
    hardened    = CASE WHEN category = 'road'
                       THEN coalesce(CAST(:surface AS text), surface) = ANY (CAST(:hardened_surfaces AS text[])) END,
    updated_at  = now(),
    updated_by  = :actor,
    row_version = row_version + 1
WHERE id = :id AND row_version = :version
