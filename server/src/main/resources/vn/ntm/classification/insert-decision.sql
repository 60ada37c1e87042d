-- A province's classification decision; answers its id.
INSERT INTO classification_decision (province_code, kind, decision_no, decision_date, issuer,
                                     year_from, year_to, created_by)
VALUES (:province, :kind, :decision_no, :decision_date, :issuer, :year_from, :year_to, :user)
RETURNING id
