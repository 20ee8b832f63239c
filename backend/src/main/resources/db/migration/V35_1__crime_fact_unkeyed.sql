-- Every start gives record keys to the crime facts stored without one (CrimeRecordKeys: rows
-- written by SQL, such as the demo figures or a bulk load). Without an index that search read the
-- whole crime_fact table at each start, though there is hardly ever such a row; this partial
-- index holds only those rows, so the search reads an (almost always) empty index instead.
create index crime_fact_unkeyed_idx on crime_fact (source_id, month) where record_key is null;
