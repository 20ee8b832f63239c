import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChangeHistory, useChangeHistoryTexts } from '@/components/change-history';
import type { Agreement, AgreementHistoryEntry, Organisation } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/**
 * Who changed the agreement, its commitments and their follow-ups, and when: codes in words,
 * organisations by name (from `organisations`, the route's list; a code it lacks is shown as
 * it is), linked measures as links, commitments item by item.
 */
export function AgreementHistory({
  entries,
  agreement,
  organisations,
}: {
  entries: AgreementHistoryEntry[];
  agreement: Agreement;
  organisations: Pick<Organisation, 'code' | 'name'>[];
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const texts = useChangeHistoryTexts(t('history.agreementCaption'));
  const organisation = (code: string) => {
    const o = organisations.find((x) => x.code === code);
    return o ? text(o.name) : code;
  };
  const measureTitles = new Map(agreement.commitments.flatMap((c) => c.measures.map((m) => [m.id, m.title] as const)));
  const commitmentText = (id: number | null | undefined) => agreement.commitments.find((c) => c.id === id)?.text;

  const formatValue = (field: string, v: unknown) => {
    const value = String(v);
    switch (field) {
      case 'type':
        return t(`agreements.types.${value}`, { defaultValue: value });
      case 'status':
      case 'commitments.status':
        return t(`agreements.statuses.${value}`, { defaultValue: value });
      case 'parties':
      case 'commitments.responsibleOrganisation':
        return organisation(value);
      case 'commitments.measures':
        return (
          <Link to={`/measures/${value}`}>
            {measureTitles.get(Number(v)) ?? t('measures.picker.measure', { id: value })}
          </Link>
        );
      default:
        return value;
    }
  };
  return (
    <ChangeHistory
      entries={entries}
      texts={texts}
      actionLabel={(entry) => {
        const commitment = entry.action === 'commitmentStatusChanged' ? commitmentText(entry.commitmentId) : undefined;
        return commitment
          ? t('history.commitmentFollowedUp', { text: commitment })
          : t(`history.agreementAction.${entry.action}`);
      }}
      fieldLabel={(field) =>
        t(`history.agreementField.${field.replace(/\./g, '_')}`, { defaultValue: field })
      }
      formatValue={formatValue}
      itemKeys={{ commitments: 'id' }}
      itemLabel={(field, item) => (field === 'commitments' && item.text ? `”${String(item.text)}”` : undefined)}
    />
  );
}
