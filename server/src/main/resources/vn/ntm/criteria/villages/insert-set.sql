-- A province's own criteria set (villages, or a commune tier such as hiện đại), under the decision
-- that issued it (shared if already known).
WITH decision AS (
    INSERT INTO legal_document (number, doc_type, issuer, title, sign_date)
    VALUES (:decision_no, 'QĐ', :issuer, :title, :decision_date)
    ON CONFLICT (number) DO UPDATE SET number = EXCLUDED.number
    RETURNING id)
INSERT INTO criteria_set (code, name_vi, name_en, tier, unit_level, year_from, year_to, province_code,
                          legal_document_id, note)
SELECT :code, :name_vi, :name_en, :tier, :level, :year_from, :year_to, :province, decision.id,
       'Defined by the province in ntm-map'
FROM decision
RETURNING id
