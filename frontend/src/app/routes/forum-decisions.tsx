import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormField } from '@/components/form-field';
import { QueryBoundary } from '@/components/query-boundary';
import { useCreateForumDecision } from '@/features/governance/api/create-forum-decision';
import { useForumDecisions } from '@/features/governance/api/get-forum-decisions';
import { useForums } from '@/features/governance/api/get-forums';
import { governanceKeys } from '@/features/governance/api/query-keys';
import { decisionText } from '@/features/governance/components/decision-text';
import { ForumDecisionForm } from '@/features/governance/components/forum-decision-form';
import { LevelForm } from '@/features/governance/components/level-form';
import { useChangeGovernanceLevel } from '@/features/organisations/api/change-governance-level';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { GovernanceLevel, Organisation } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useCaller } from '../measures/use-caller';

const LEVELS: GovernanceLevel[] = ['inriktande', 'strategisk', 'taktisk', 'operativ'];

/** The policy's organisation by level ("Organisation och ansvar"), its forums, and the decisions they took. */
export function ForumDecisionsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('governance.title'));
  const caller = useCaller();
  return (
    <>
      <h1>{t('governance.title')}</h1>
      <p className="lead">{t('governance.intro')}</p>
      <Levels isCoordinator={!caller.loading && caller.isCoordinator} />
      <section className="section" aria-labelledby="forum-decisions-heading">
        <h2 id="forum-decisions-heading">{t('governance.decisions.heading')}</h2>
        {caller.loading ? null : caller.signedIn ? (
          <Decisions isCoordinator={caller.isCoordinator} />
        ) : (
          <p>{t('governance.decisions.signIn')}</p>
        )}
      </section>
    </>
  );
}

/** Every organisation the policy places on a level, level by level; the coordinator changes a level below. */
function Levels({ isCoordinator }: { isCoordinator: boolean }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const organisations = useOrganisations();
  const queryClient = useQueryClient();
  const change = useChangeGovernanceLevel();
  return (
    <section className="section" aria-labelledby="governance-levels-heading">
      <h2 id="governance-levels-heading">{t('governance.levels.heading')}</h2>
      <QueryBoundary query={organisations}>
        {(page) => {
          const at = (level: GovernanceLevel) => page.items.filter((o: Organisation) => o.governanceLevel === level);
          return (
            <>
            <div className="table-scroll">
              <table className="data-table" data-testid="governance-levels">
                <caption>{t('governance.levels.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('governance.levels.level')}</th>
                    <th scope="col">{t('governance.levels.organisations')}</th>
                  </tr>
                </thead>
                <tbody>
                  {LEVELS.map((level) => (
                    <tr key={level}>
                      <th scope="row">{t(`governance.level.${level}`)}</th>
                      <td>
                        {at(level)
                          .map((o) => (o.type === 'forum' ? t('governance.levels.forum', { name: text(o.name) }) : text(o.name)))
                          .join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
              {isCoordinator && (
                <LevelForm
                  organisations={page.items.map((o: Organisation) => ({
                    code: o.code,
                    label: o.type === 'forum' ? t('governance.levels.forum', { name: text(o.name) }) : text(o.name),
                    level: o.governanceLevel ?? null,
                  }))}
                  levels={LEVELS}
                  error={change.error}
                  pending={change.isPending}
                  onSubmit={(input, done) =>
                    change.mutate(input, {
                      onSuccess: () => {
                        // the forums and the decisions show a forum's level too
                        void queryClient.invalidateQueries({ queryKey: governanceKeys.all });
                        done();
                      },
                    })
                  }
                />
              )}
            </>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

/** The decisions, filtered by forum, and the coordinator's form for a new one. */
function Decisions({ isCoordinator }: { isCoordinator: boolean }) {
  const { t } = useTranslation();
  const { text, language } = useLocalized();
  const [searchParams, setSearchParams] = useSearchParams();
  const forum = searchParams.get('forum') ?? '';
  const forums = useForums();
  const decisions = useForumDecisions(forum ? { forum, limit: 100 } : { limit: 100 });
  const create = useCreateForumDecision();
  const forumChoices = (forums.data?.items ?? []).map((f) => ({ value: f.code, label: text(f.name) }));
  return (
    <>
      <FormField label={t('governance.field.forum')}>
        {(control) => (
          <select {...control} value={forum} onChange={(e) => setSearchParams(e.target.value ? { forum: e.target.value } : {})}>
            <option value="">{t('governance.decisions.allForums')}</option>
            {forumChoices.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <QueryBoundary query={decisions}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('governance.decisions.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="forum-decisions">
                <caption>{t('governance.decisions.caption', { count: page.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('governance.field.date')}</th>
                    <th scope="col">{t('governance.field.forum')}</th>
                    <th scope="col">{t('governance.decisions.text')}</th>
                    <th scope="col">{t('governance.field.reference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.date}</th>
                      <td>
                        {text(d.forum.name)}
                        {d.forum.governanceLevel && (
                          <span className="muted"> ({t(`governance.level.${d.forum.governanceLevel}`)})</span>
                        )}
                      </td>
                      <td>{decisionText(d, language)}</td>
                      <td>{d.reference ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryBoundary>
      {isCoordinator && (
        <ForumDecisionForm
          forums={forumChoices}
          error={create.error}
          pending={create.isPending}
          onSubmit={(input, reset) => create.mutate(input, { onSuccess: reset })}
        />
      )}
    </>
  );
}
