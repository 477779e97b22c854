-- The four regimes stored before regimes had list types (V2 gave them none): their parties' UN_LIST_TYPE values.
UPDATE regime SET list_types = '{CAR}' WHERE code = 'CAR' AND list_types = '{}';
UPDATE regime SET list_types = '{DRC}' WHERE code = 'DRC' AND list_types = '{}';
UPDATE regime SET list_types = '{Libya}' WHERE code = 'LIBYA' AND list_types = '{}';
UPDATE regime SET list_types = '{Somalia}' WHERE code = 'SOMALIA' AND list_types = '{}';
