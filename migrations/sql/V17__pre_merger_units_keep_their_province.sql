-- Pre-merger units keep their own province. The demo loader used to store old Lào Cai (10) and its
-- communes under the merged Lào Cai (15), with old Yên Bái's, so old Lào Cai's figures (the directive's
-- baseline of 61/127 xã) could not be computed. GSO commune codes run in blocks by province: old
-- Lào Cai 02635–03121, old Yên Bái 04249–04786. A no-op on a database loaded by the fixed loader.
UPDATE admin_unit SET province_code = '10'
WHERE level = 'province' AND code = '10' AND valid_to = DATE '2025-07-01' AND province_code <> '10';

UPDATE admin_unit SET province_code = '10'
WHERE level = 'commune' AND valid_to = DATE '2025-07-01' AND province_code = '15' AND code BETWEEN '02635' AND '03121';

-- Each pre-merger commune under its old province unit.
UPDATE admin_unit c SET parent_id = p.id
FROM admin_unit p
WHERE c.level = 'commune' AND c.valid_to = DATE '2025-07-01' AND c.parent_id IS NULL
  AND p.level = 'province' AND p.code = c.province_code AND p.valid_to = DATE '2025-07-01';
