import './own-report.css';
import type { DatasetError } from '../data/dataset-error';
import { MAX_DATASET_BYTES } from '../data/datasets';
import type { CoreKey, KeyOf, Translate } from '../i18n';
import { describeDatasetError } from '../i18n/describe';
import { fileName } from '../state/data-notices';
import type { OwnDataReport as Report, OwnFileReport } from '../state/own-data';
import { DatasetErrorDetails } from '../ui/DatasetErrorPanel';
import { useT } from '../ui/use-t';
import { ownMessages } from './own-messages';

type T = Translate<CoreKey | KeyOf<typeof ownMessages>>;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file was refused, in one plain phrase. */
function whyRefused(errors: readonly DatasetError[], stage: 'read' | 'cross', file: string, t: T) {
  const tooLarge = errors.find((e) => e.reason.code === 'too-large');
  if (tooLarge?.reason.code === 'too-large') {
    return t('own.why.too-large', {
      size: megabytes(tooLarge.reason.bytes),
      max: megabytes(MAX_DATASET_BYTES),
    });
  }
  if (errors.some((e) => e.reason.code === 'invalid-json')) return t('own.why.json');
  return stage === 'cross' ? t('own.why.cross') : t('own.why.format', { file });
}

/** One line per file picked, saying what became of it; a refused file's details on demand. */
function FileLine({ report: { name, outcome: o } }: { report: OwnFileReport }) {
  const t = useT(ownMessages);
  let text: string;
  switch (o.kind) {
    case 'used':
      text =
        o.leftOut > 0
          ? t('own.file.usedLeftOut', { file: fileName(o.dataset), count: o.leftOut })
          : t('own.file.used', { file: fileName(o.dataset) });
      break;
    case 'refused':
      text = t('own.file.refused', {
        file: fileName(o.dataset),
        why: whyRefused(o.errors, o.stage, fileName(o.dataset), t),
      });
      break;
    case 'unknown':
      text = t('own.file.unknown');
      break;
    case 'duplicate':
      text = t('own.file.duplicate', { by: o.by });
      break;
  }
  return (
    <li className={`own-report__file own-report__file--${o.kind}`}>
      <code>{name}</code> — {text}
      {o.kind === 'refused' && (
        <DatasetErrorDetails lines={o.errors.map((e) => describeDatasetError(e, t))} />
      )}
    </li>
  );
}

/** The outcome of "Load your own data": every file picked, and what followed elsewhere. */
export function OwnDataReport({ report }: { report: Report }) {
  const t = useT(ownMessages);
  const count = (kinds: string[]) =>
    report.files.filter((f) => kinds.includes(f.outcome.kind)).length;
  const used = count(['used']);
  const allWell =
    used > 0 &&
    used === report.files.length &&
    report.files.every((f) => f.outcome.kind === 'used' && f.outcome.leftOut === 0) &&
    report.elsewhere.length === 0 &&
    report.unusable.length === 0;
  return (
    <div role="status" className="own-report">
      <p className="own-report__title">{t('own.report')}</p>
      <p>
        {t('own.summary', {
          used,
          refused: count(['refused']),
          ignored: count(['unknown', 'duplicate']),
        })}
      </p>
      <ul className="own-report__files">
        {report.files.map((f, i) => (
          <FileLine key={i} report={f} />
        ))}
      </ul>
      {report.elsewhere.length > 0 && (
        <p>
          {t('own.elsewhere', {
            list: report.elsewhere
              .map(({ dataset, count: n }) =>
                t('own.elsewhereItem', { file: fileName(dataset), count: n }),
              )
              .join(t('data.error.separator')),
          })}
        </p>
      )}
      {report.unusable.length > 0 && (
        <p>
          {t('own.unusable', {
            files: report.unusable.map(fileName).join(t('data.error.separator')),
          })}
        </p>
      )}
      {allWell && <p>{t('own.ok')}</p>}
    </div>
  );
}
