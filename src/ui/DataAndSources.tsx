import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Source } from '../data/schema/sources';
import { pick, type Lang } from '../i18n';
import { safeHref } from '../lib/escape';
import { useAtlas } from '../state/store';
import { citeApa, citeGbt7714 } from './cite';
import { download, exportFileName, fieldsCsv, fieldsJson, type ExportField } from './export';
import { useT } from './use-t';

/** One column of a view's data table. */
export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Plain-text value for CSV export; defaults to the cell when it is a string or number. */
  text?: (row: Row) => string;
}

interface Props<Row> {
  /** The view's title, for the table caption and the citation. */
  title: string;
  columns: Column<Row>[];
  /** Exactly the rows the view draws. */
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Every source the view's rows rest on. */
  sourceIds: readonly string[];
  /** The view id, for export file names. */
  view?: string;
  /**
   * The rows' fields for the CSV and JSON files (values as data, codes beside labels); absent,
   * the table's columns as text.
   */
  fields?: readonly ExportField<Row>[];
}

/** The plain text of a cell, for CSV and JSON. */
function cellText<Row>(c: Column<Row>, row: Row): string {
  if (c.text) return c.text(row);
  const v = c.cell(row);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/**
 * The "data & sources" toggle every view carries: the rows it draws as an accessible table,
 * the sources they rest on, and "cite this view" text. Data strings are rendered by React,
 * so they are escaped.
 */
export function DataAndSources<Row>({
  title,
  columns,
  rows,
  rowKey,
  sourceIds,
  view = 'view',
  fields,
}: Props<Row>) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const year = useAtlas((s) => s.year);
  const sources = useAtlas((s) => s.datasets.sources);
  const [open, setOpen] = useState(false);
  const id = useId();
  const cited = useMemo(() => {
    if (sources.status !== 'ready') return [];
    const ids = new Set(sourceIds);
    return sources.data.sources.filter((s) => ids.has(s.id));
  }, [sources, sourceIds]);

  const fileFields = (): readonly ExportField<Row>[] =>
    fields ??
    columns.map((c) => ({ key: c.key, header: c.header, value: (r: Row) => cellText(c, r) }));

  const citation = open
    ? {
        viewTitle: title,
        atlasTitle: t('app.title'),
        url: window.location.href,
        accessed: new Date().toISOString().slice(0, 10),
      }
    : null;

  return (
    // The view's sources, for a step of the reader's own talk made from it (own-talk capture).
    <div className="data-sources" data-source-ids={sourceIds.join(' ')}>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('data.toggle')}
      </button>
      <p className="print-only data-sources__print">
        {t('data.sources')}:{' '}
        {cited
          .map((s) => `${pick(s.publisher, lang)}. ${pick(s.title, lang)}. ${s.date}`)
          .join('; ')}
      </p>
      {open && (
        <div id={id} className="data-sources__body">
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('data.table', { title })}
          >
            <table>
              <caption>{t('data.table', { title })}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c.key} scope="col">
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={columns.length}>{t('data.empty')}</td>
                  </tr>
                )}
                {rows.map((r) => (
                  <tr key={rowKey(r)}>
                    {columns.map((c) => (
                      <td key={c.key}>{c.cell(r)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="data-sources__export">
            <button
              type="button"
              onClick={() =>
                download(
                  new Blob([fieldsCsv(fileFields(), rows)], { type: 'text/csv;charset=utf-8' }),
                  exportFileName(view, year, lang, 'csv'),
                )
              }
            >
              {t('export.csv')}
            </button>
            <button
              type="button"
              onClick={() =>
                download(
                  new Blob(
                    [fieldsJson({ view, title, year, lang, sourceIds }, fileFields(), rows)],
                    { type: 'application/json' },
                  ),
                  exportFileName(view, year, lang, 'json'),
                )
              }
            >
              {t('export.json')}
            </button>
          </div>
          <h3 className="data-sources__heading">{t('data.sources')}</h3>
          <ul className="data-sources__list">
            {cited.map((s) => {
              const href = safeHref(s.url);
              return (
                <li key={s.id}>
                  {pick(s.publisher, lang)}. {pick(s.title, lang)}. {s.date}. {s.locator}
                  {s.vintage ? ` (${s.vintage})` : ''}{' '}
                  <span className={`confidence confidence--${s.confidence}`}>
                    [{t('sources.confidence')}: {t(`confidence.${s.confidence}`)}]
                  </span>
                  {href && (
                    <>
                      {' '}
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {t('sources.open')}
                      </a>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {citation && (
            <>
              <h3 className="data-sources__heading">{t('data.cite')}</h3>
              <p className="data-sources__cite">
                <span className="tag">GB/T 7714</span> {citeGbt7714(citation)}
              </p>
              <p className="data-sources__cite">
                <span className="tag">APA</span> {citeApa(citation)}
              </p>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** How many publishers an embed's source line names before "and N more". */
const NAMED = 3;

/**
 * The publishers behind `sourceIds`, each once, in the order first cited: the first `named` and
 * how many more there are. Sources not (yet) in the bibliography are left out.
 */
export function sourcePublishers(
  sourceIds: readonly string[],
  sources: readonly Source[],
  lang: Lang,
  named = NAMED,
): { names: string[]; more: number } {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const all: string[] = [];
  for (const id of sourceIds) {
    const s = byId.get(id);
    if (!s) continue;
    // A publisher field may name several ("NBS; provincial statistics bureaus").
    for (const name of pick(s.publisher, lang).split(/\s*[;；]\s*/)) {
      if (name && !all.includes(name)) all.push(name);
    }
  }
  return { names: all.slice(0, named), more: Math.max(0, all.length - named) };
}

/**
 * An embed's source line: who published what the view shows. The full list, with titles and
 * locators, is one click away in the full atlas (the embed's footer links to it).
 */
export function EmbedSource({
  sourceIds,
  sources,
}: {
  sourceIds: readonly string[];
  /** The bibliography; absent while it loads (the line keeps its place). */
  sources: readonly Source[] | undefined;
}) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const { names, more } = sourcePublishers(sourceIds, sources ?? [], lang);
  const list = names.join(lang === 'en' ? '; ' : '；');
  return (
    <p className="embed-source" data-testid="embed-source">
      {t('embed.source')}
      {sources ? list : '…'}
      {more > 0 && ` ${t('embed.sourceMore', { count: more })}`}
    </p>
  );
}
