-- An area is found by its code regardless of letter case (AreaService.findByCode): two codes
-- that differ only in case would make that ambiguous, so they cannot both exist. The index
-- also answers the lookup, lower(code) = ?.
create unique index area_code_lower_key on area (lower(code));
