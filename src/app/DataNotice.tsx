import './data-notice.css';
import { useMemo } from 'react';
import type { DatasetName } from '../data/datasets';
import type { LeftOut } from '../data/leave-out';
import type { CoreKey, KeyOf, Translate } from '../i18n';
import { describeDatasetError, describeWhere } from '../i18n/describe';
import { dataNotices, fileName, type DataNotice as Notice } from '../state/data-notices';
import { useAtlas } from '../state/store';
import { DataNextStep, DatasetErrorDetails } from '../ui/DatasetErrorPanel';
import { useT } from '../ui/use-t';
import { dataMessages } from './data-messages';
import { VIEWS } from './views';

type T = Translate<CoreKey | KeyOf<typeof dataMessages>>;

/** The titles of the views that need any of `datasets` to draw at all. */
const viewsNeeding = (datasets: readonly DatasetName[], t: T) =>
  VIEWS.filter((v) => v.needs.some((n) => datasets.includes(n))).map((v) => t(v.title));

/**
 * One line per broken reference of a record left out; a reference broken only because what
 * it points to was itself left out says so, rather than that it does not exist.
 */
function describeLeftOut(l: LeftOut, t: T): string[] {
  return l.problems.map((p) =>
    l.cascade && p.reason.code === 'unknown-ref'
      ? `${describeWhere(p, t)}: ${t('data.error.cascade', { value: p.reason.value.slice(0, 80), target: p.reason.target })}`
      : describeDatasetError(p, t),
  );
}

const list = (items: readonly string[], t: T) => items.join(t('data.error.separator'));

/** A sentence, followed by the views it keeps from being shown, if any. */
const withViews = (sentence: string, views: readonly string[], t: T) =>
  views.length === 0
    ? sentence
    : t('data.error.join', { a: sentence, b: t('data.notice.views', { views: list(views, t) }) });

/**
 * Says once, at the top, what is wrong with the data and what follows from it: a file that
 * could not be read (and the views it takes down), or entries missing from a file that the
 * others refer to (and how many records were left out because of it). The panels that
 * cannot draw only point here. With `only`, the notices that concern those datasets.
 */
export function DataNotice({ only }: { only?: readonly DatasetName[] }) {
  const t = useT(dataMessages);
  const datasets = useAtlas((s) => s.datasets);
  const notices = useMemo(() => dataNotices(datasets, only), [datasets, only]);
  if (notices.length === 0) return null;
  const own = notices.some((n) => n.own);
  return (
    <div className="notice notice--data" role="status" aria-live="polite">
      <p className="notice__title">{t('data.notice.title')}</p>
      {notices.map((n) => (
        <NoticeItem key={`${n.kind}:${n.dataset}`} notice={n} />
      ))}
      <p>{own ? t('data.error.next.own') : t('data.error.next')}</p>
      <DataNextStep own={own} />
    </div>
  );
}

function NoticeItem({ notice: n }: { notice: Notice }) {
  const t = useT(dataMessages);
  const file = fileName(n.dataset);
  if (n.kind === 'unreadable') {
    const views = viewsNeeding([n.dataset], t);
    return (
      <div className="data-notice">
        <p>{withViews(t('data.notice.unreadable', { file }), views, t)}</p>
        <DatasetErrorDetails lines={n.errors.map((e) => describeDatasetError(e, t))} />
      </div>
    );
  }
  const shownValues = n.values.slice(0, 5).map((v) => `“${v.slice(0, 80)}”`);
  const values = list(n.values.length > 5 ? [...shownValues, '…'] : shownValues, t);
  const leftOut = n.leftOut.map(({ dataset, count }) =>
    t('data.notice.leftOutItem', { file: fileName(dataset), count }),
  );
  const views = viewsNeeding(n.unusable, t);
  return (
    <div className="data-notice">
      <p>
        {t('data.error.join', {
          a: t('data.notice.missing', { file, values }),
          b: n.referrersOwn
            ? t('data.notice.likelyOwn', {
                files: list([...n.leftOut.map((l) => l.dataset), ...n.unusable].map(fileName), t),
              })
            : t('data.notice.likely', { file }),
        })}
      </p>
      {leftOut.length > 0 && <p>{t('data.notice.leftOut', { list: list(leftOut, t) })}</p>}
      {n.unusable.length > 0 && (
        <p>
          {withViews(
            t('data.notice.unusable', { files: list(n.unusable.map(fileName), t) }),
            views,
            t,
          )}
        </p>
      )}
      <DatasetErrorDetails
        lines={[
          ...n.records.flatMap((l) => describeLeftOut(l, t)),
          ...n.errors.map((e) => describeDatasetError(e, t)),
        ]}
      />
    </div>
  );
}
