import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useMe } from '@/features/auth/api/get-me';
import { useMyReminders, useMyTasks, useReplaceMyReminders } from '@/features/tasks/api/tasks';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { TaskPage } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/** Mina uppgifter: what the caller's organisation must do, overdue first, and the weekly digest's switch. */
export function TasksRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('tasks.title'));
  const auth = useAuth();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);
  const roles = me.data?.roles ?? [];
  const allowed = roles.some((r) => r === 'editor' || r === 'coordinator' || r === 'partner');
  const tasks = useMyTasks(allowed);

  return (
    <>
      <div className="page-heading">
        <h1>{t('tasks.title')}</h1>
        <p className="lead">{t('tasks.intro')}</p>
        {roles.includes('coordinator') && <p>{t('tasks.coordinatorIntro')}</p>}
      </div>
      {!auth.isAuthenticated ? (
        <p className="alert alert-warning">{t('tasks.loginFirst')}</p>
      ) : me.isPending ? (
        <Loading />
      ) : !allowed ? (
        <p className="alert alert-warning">{t('tasks.notAllowed')}</p>
      ) : (
        <>
          <QueryBoundary query={tasks}>{(page) => <TaskTable page={page} />}</QueryBoundary>
          {(roles.includes('editor') || roles.includes('coordinator')) && <Reminders />}
        </>
      )}
    </>
  );
}

function TaskTable({ page }: { page: TaskPage }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  if (page.items.length === 0) {
    return <p className="alert alert-success">{t('tasks.none')}</p>;
  }
  return (
    <section aria-labelledby="tasks-heading" className="section">
      <h2 id="tasks-heading" className="visually-hidden">
        {t('tasks.tableCaption')}
      </h2>
      <p role="status">{t('tasks.summary', { total: page.total, overdue: page.overdue, today: date(page.today) })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('tasks.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tasks.what')}</th>
              <th scope="col">{t('tasks.organisation')}</th>
              <th scope="col">{t('tasks.due')}</th>
              <th scope="col">{t('tasks.state')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((task) => (
              <tr key={`${task.kind}-${task.link.web}-${task.link.api}`}>
                <td>
                  {t(`tasks.kind.${task.kind}`)}{' '}
                  <Link to={task.link.web}>{text(task.title)}</Link>
                  {task.period && <> {t('tasks.period', { period: task.period })}</>}
                </td>
                <td>{text(task.organisation.name)}</td>
                <td>
                  <time dateTime={task.dueDate}>{date(task.dueDate)}</time>
                </td>
                <td>
                  {task.overdue ? (
                    <strong className="status-badge status-offTrack">{t('tasks.overdue')}</strong>
                  ) : (
                    <span className="status-badge">{t('tasks.onTime')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Reminders() {
  const { t } = useTranslation();
  const settings = useMyReminders();
  const replace = useReplaceMyReminders();
  return (
    <section aria-labelledby="reminders-heading" className="section">
      <h2 id="reminders-heading">{t('tasks.remindersHeading')}</h2>
      <p>{t('tasks.remindersText')}</p>
      <QueryBoundary query={settings}>
        {(current) =>
          current.eligible ? (
            <>
              <p>
                <label>
                  <input
                    type="checkbox"
                    checked={current.weeklyDigest}
                    disabled={replace.isPending}
                    onChange={(event) => replace.mutate(event.target.checked)}
                  />{' '}
                  {t('tasks.weeklyDigest')}
                </label>
              </p>
              {current.email && <p className="muted">{t('tasks.sentTo', { email: current.email })}</p>}
              <div aria-live="polite">
                {replace.isSuccess && <p className="alert alert-success">{t('tasks.saved')}</p>}
                {replace.isError && (
                  <p className="alert alert-error" role="alert">
                    {t('tasks.saveFailed', { message: replace.error.message })}
                  </p>
                )}
              </div>
            </>
          ) : (
            <p className="muted">{t('tasks.notEligible')}</p>
          )
        }
      </QueryBoundary>
    </section>
  );
}
