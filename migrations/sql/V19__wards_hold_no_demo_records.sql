-- Wards hold no NTM status, results or classification. What the demo generator gave them before
-- V16 goes (generated rows only: records people entered stay, outside every figure). A
-- classification without a decision was generated: there was no other way to set one.
DELETE FROM commune_classification k
WHERE NOT ntm_assessed(k.unit_id)
  AND k.dbkk_decision_id IS NULL AND k.border_decision_id IS NULL
  AND k.safe_zone_decision_id IS NULL AND k.group_decision_id IS NULL;
DELETE FROM indicator_result r WHERE r.is_demo AND NOT ntm_assessed(r.unit_id);
DELETE FROM criterion_result r WHERE r.is_demo AND NOT ntm_assessed(r.unit_id);
DELETE FROM status_event e WHERE e.is_demo AND NOT ntm_assessed(e.unit_id);

-- Opting a ward in changes what the unit tiles say ('assessed'): their ETags follow.
CREATE TRIGGER ntm_assessment_optin_version AFTER INSERT OR UPDATE OR DELETE ON ntm_assessment_optin
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('units');
