INSERT INTO admin_unit_lineage (predecessor_id, successor_id, event, share, effective_date, legal_document_id)
VALUES (:predecessor_id, :successor_id, 'merge', :share, :effective_date,
        (SELECT id FROM legal_document WHERE number = :legal_document))
ON CONFLICT DO NOTHING
