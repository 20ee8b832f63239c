-- An uploaded file's chunks are stored as they arrive and read once: compressing each
-- megabyte (pglz, the default for bytea) cost more time than the whole COPY of the file's rows
-- (issue 19). EXTERNAL keeps them out of line, uncompressed.
alter table crime_import_file alter column data set storage external;
