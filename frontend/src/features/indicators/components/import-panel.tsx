import { useTranslation } from 'react-i18next';
import { FileImport } from '@/components/file-import';
import { useImportIndicatorValues } from '../api/import-indicator-values';

const contentTypeOf = (file: File) =>
  file.name.toLowerCase().endsWith('.json') || file.type === 'application/json' ? 'application/json' : 'text/csv';

/** Indicator values from our CSV or Kolada's JSON, through the app's one import form. */
export function ImportPanel() {
  const { t } = useTranslation();
  return (
    <FileImport
      useImport={useImportIndicatorValues}
      fileLabel={t('indicators.values.import.file')}
      fileHint={t('indicators.values.import.fileHint')}
      accept=".csv,.txt,.json,text/csv,application/json"
      contentTypeOf={contentTypeOf}
    />
  );
}
