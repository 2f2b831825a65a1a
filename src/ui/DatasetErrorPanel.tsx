import { DATASET_NAMES, datasetFile } from '../data/datasets';
import type { DatasetError } from '../data/dataset-error';
import { describeDatasetError } from '../i18n/describe';
import { useAtlas } from '../state/store';
import { useT } from './use-t';

const SHOWN = 30;

/**
 * Replaces a view (or the part of it) whose data failed: a plain sentence for the reader and
 * what to do next, with the technical detail (file, record, field, reason) behind a
 * disclosure. `title` says what cannot be shown, when it is not the whole view. With
 * `summaryAbove` (the dashboard, whose top says what went wrong once per file) the detail is
 * left to that summary rather than repeated in every panel that needs the file.
 */
export function DatasetErrorPanel({
  errors,
  title,
  summaryAbove = false,
}: {
  errors: readonly DatasetError[];
  title?: string;
  summaryAbove?: boolean;
}) {
  const t = useT();
  const own = useOwnFileAmong(errors);
  const nextStep = own ? t('data.error.next.own') : t('data.error.next');
  return (
    <div className="dataset-error" role="alert">
      <p className="dataset-error__title">{title ?? t('data.error.title')}</p>
      <p>
        {summaryAbove ? t('data.error.join', { a: nextStep, b: t('data.error.atTop') }) : nextStep}
      </p>
      {!summaryAbove && (
        <DatasetErrorDetails lines={errors.map((e) => describeDatasetError(e, t))} />
      )}
      <DataNextStep own={own} />
    </div>
  );
}

/** Whether any of the files named in `errors` is the reader's own. */
export function useOwnFileAmong(errors: readonly DatasetError[]): boolean {
  return useAtlas((s) =>
    DATASET_NAMES.some((n) => {
      const d = s.datasets[n];
      return d.status !== 'loading' && !!d.own && errors.some((e) => e.file === datasetFile(n));
    }),
  );
}

/** The technical detail, closed until asked for: for whoever fixes the data. */
export function DatasetErrorDetails({ lines }: { lines: readonly string[] }) {
  const t = useT();
  if (lines.length === 0) return null;
  return (
    <details className="dataset-error__details">
      <summary>{t('data.error.details')}</summary>
      <ul>
        {lines.slice(0, SHOWN).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {lines.length > SHOWN && <p>{t('data.error.more', { count: lines.length - SHOWN })}</p>}
    </details>
  );
}

/**
 * Fetches the bundled datasets again, in place of the reader's own. (Imported when pressed:
 * the loader is already on the page, and a static import from this lazily loaded panel
 * would split the shell's code into one more chunk on the first screen.)
 */
const restoreBundledData = () =>
  void import('../state/load-datasets').then((m) => m.loadDatasets(document.baseURI));

/** What the reader can do: reload the page, or put the bundled data back after their own. */
export function DataNextStep({ own }: { own: boolean }) {
  const t = useT();
  return (
    <p className="dataset-error__actions">
      {own ? (
        <button type="button" onClick={restoreBundledData}>
          {t('own.restore')}
        </button>
      ) : (
        <button type="button" onClick={() => window.location.reload()}>
          {t('data.error.reload')}
        </button>
      )}
    </p>
  );
}
