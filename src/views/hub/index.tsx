import { useMemo, type ReactNode } from 'react';
import { showsControls, type ViewProps } from '../types';
import { pick, type Lang } from '../../i18n';
import type { Quote } from '../../data/schema/common';
import type { HubFile } from '../../data/schema/hub';
import { selectHub } from '../../state/actions';
import { useAtlas } from '../../state/store';
import {
  DataAndSources,
  EmbedSource,
  sourcePublishers,
  type Column,
} from '../../ui/DataAndSources';
import { ImageExports } from '../../ui/ImageExports';
import type { ExportField } from '../../ui/export';
import { useT } from '../../ui/use-t';
import {
  buildHubMatrix,
  hubParam,
  parseHubParam,
  selectionKey,
  selectionTouches,
  shortText,
  splitName,
  type HubLink,
  type HubSelection,
} from './build-hub-model';
import './hub.css';
import { hubTakeaway } from './takeaway';
import { Takeaway } from '../../ui/Takeaway';
import { hubMessages, type HubT } from './messages';

type Props = ViewProps<'hub' | 'sources'>;

/** The width of the matrix in exported images (CSS px; the PNG is twice that). */
const EXPORT_WIDTH = 720;

/** A passage of the paper: our language's version, its locator, and in English the original. */
function Passage({
  quote,
  t,
  lang,
  original = false,
}: {
  quote: Quote;
  t: HubT;
  lang: Lang;
  /** Show the verbatim Chinese under an English translation. */
  original?: boolean;
}) {
  return (
    <figure className="hub__quote">
      <blockquote lang={lang === 'en' ? 'en' : 'zh-CN'}>“{pick(quote, lang)}”</blockquote>
      {original && lang === 'en' && (
        <p className="hub__original" lang="zh-CN">
          <span lang="en">{t('hub.detail.original')}: </span>“{quote.zh}”
        </p>
      )}
      <figcaption>
        {t('hub.locator', { locator: quote.locator })}
        {lang === 'en' && <> {t('hub.translation')}</>}
      </figcaption>
    </figure>
  );
}

/**
 * The Zhengzhou regional-hub case: the paper's argument from context to the four bottlenecks and
 * the four paths, as a bottleneck × path matrix of the links the text makes, the four chains, the
 * places (drawn on the map by the map view), and every statement with its quote and locator.
 */
export default function HubView(props: Props) {
  const { data } = props;
  // On a slide: the chains and the matrix, the part of the argument the step talks about marked.
  const slide = props.presentation === 'slide';
  // In an embed: the takeaway, the matrix and the source line; the chains only with controls.
  const embed = props.presentation === 'embed';
  const controls = showsControls(props);
  const part = props.focus?.hub;
  const t = useT(hubMessages);
  const lang = useAtlas((s) => s.lang);
  const hub = data.hub;
  // The selection is in the URL (`hub`), so a shared link opens on the same cell.
  const param = useAtlas((s) => s.hub);
  const sel = useMemo(() => parseHubParam(param, hub), [param, hub]);
  const matrix = useMemo(() => buildHubMatrix(hub), [hub]);

  const setSel = (next: HubSelection | null) => selectHub(next && hubParam(next));
  const pickSel = (next: HubSelection) =>
    selectHub(selectionKey(sel) === selectionKey(next) ? null : hubParam(next));

  const columns = useMemo<Column<HubLink>[]>(() => {
    const name = (list: HubFile['bottlenecks'] | HubFile['paths'], id: string) => {
      const item = list.find((x) => x.id === id);
      return item ? pick(item.name, lang) : id;
    };
    return [
      {
        key: 'bottleneck',
        header: t('hub.col.bottleneck'),
        cell: (l) => name(hub.bottlenecks, l.bottleneck),
      },
      { key: 'path', header: t('hub.col.path'), cell: (l) => name(hub.paths, l.path) },
      { key: 'quote', header: t('hub.col.quote'), cell: (l) => `“${pick(l.quote, lang)}”` },
      { key: 'locator', header: t('hub.col.locator'), cell: (l) => l.quote.locator },
    ];
  }, [t, lang, hub]);
  // The data file: each link's bottleneck and path codes beside their names, the paper's words
  // in the reader's language and in the original Chinese, the locator and the source.
  const fields = useMemo<ExportField<HubLink>[]>(() => {
    const name = (list: HubFile['bottlenecks'] | HubFile['paths'], id: string) => {
      const item = list.find((x) => x.id === id);
      return item ? pick(item.name, lang) : id;
    };
    const code = (field: string) => t('export.code', { field });
    return [
      { key: 'bottleneck_code', header: code(t('hub.col.bottleneck')), value: (l) => l.bottleneck },
      {
        key: 'bottleneck',
        header: t('hub.col.bottleneck'),
        value: (l) => name(hub.bottlenecks, l.bottleneck),
      },
      { key: 'path_code', header: code(t('hub.col.path')), value: (l) => l.path },
      { key: 'path', header: t('hub.col.path'), value: (l) => name(hub.paths, l.path) },
      { key: 'quote', header: t('hub.col.quote'), value: (l) => pick(l.quote, lang) },
      { key: 'quote_zh', header: t('hub.col.quoteZh'), value: (l) => l.quote.zh },
      { key: 'locator', header: t('hub.col.locator'), value: (l) => l.quote.locator },
      { key: 'source_id', header: t('export.sourceIds'), value: (l) => l.quote.sourceId },
    ];
  }, [t, lang, hub]);
  const sourceIds = useMemo(() => {
    const ids = new Set(hub.sourceIds);
    const add = (q: Quote) => ids.add(q.sourceId);
    hub.context.forEach(add);
    for (const list of [hub.bottlenecks, hub.paths, hub.chains, hub.places]) {
      for (const x of list) add(x.quote);
    }
    for (const p of hub.paths) p.measures.forEach(add);
    for (const l of hub.links) add(l.quote);
    return [...ids];
  }, [hub]);

  const selected = selectionKey(sel);
  const takeaway = useMemo(() => hubTakeaway(hub, t, lang), [hub, t, lang]);
  return (
    <div
      className={slide ? 'hub hub--slide slide-col' : 'hub'}
      data-testid="hub"
      data-selected={selected}
      data-focus={part}
    >
      {(controls || embed) && <Takeaway text={takeaway} view="hub" />}
      {controls && !embed && <p className="hub__intro">{t('hub.intro')}</p>}
      {controls && !embed && hub.context.length > 0 && (
        <details className="hub__context">
          <summary>{t('hub.context.count', { count: hub.context.length })}</summary>
          <ol className="hub__context-list">
            {hub.context.map((q, i) => (
              <li key={i}>
                <Passage quote={q} t={t} lang={lang} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {(controls || slide) && hub.chains.length > 0 && part !== 'bottlenecks' && (
        <div
          className={`hub__chains${part === 'paths' ? ' is-on' : ''}`}
          role="group"
          aria-label={t('hub.chains')}
        >
          <span className="hub__chains-label">{t('hub.chains')}</span>
          {hub.chains.map((c, i) => (
            <span key={c.id} className="hub__chain">
              {i > 0 && (
                <span className="hub__chain-join" aria-hidden="true">
                  ⇄
                </span>
              )}
              <button
                type="button"
                aria-pressed={selected === `chain:${c.id}`}
                onClick={() => pickSel({ kind: 'chain', id: c.id })}
              >
                {pick(c.name, lang)}
              </button>
            </span>
          ))}
        </div>
      )}
      <div className="hub__main">
        <div className="hub__matrix-box">
          <div
            className="hub__matrix-scroll"
            role="region"
            tabIndex={0}
            aria-label={t('hub.matrix')}
          >
            <table className="hub__matrix" data-testid="hub-matrix">
              <caption>{t('hub.matrix')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="hub__corner">
                    {t('hub.matrix.corner')}
                  </th>
                  {matrix.columns.map((p, j) => {
                    const { short } = splitName(pick(p.name, lang));
                    return (
                      <th
                        key={p.id}
                        scope="col"
                        className={
                          part === 'paths' || selectionTouches(sel, { path: p.id })
                            ? 'is-on'
                            : undefined
                        }
                      >
                        <button
                          type="button"
                          className="hub__head hub__head--path"
                          aria-pressed={selected === `path:${p.id}`}
                          title={pick(p.name, lang)}
                          data-path={p.id}
                          onClick={() => pickSel({ kind: 'path', id: p.id })}
                        >
                          <span className="hub__n" aria-hidden="true">
                            {t('hub.kind.path')} {j + 1}
                          </span>
                          {short}
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((b, i) => (
                  <tr key={b.id}>
                    <th
                      scope="row"
                      className={
                        part === 'bottlenecks' || selectionTouches(sel, { bottleneck: b.id })
                          ? 'is-on'
                          : undefined
                      }
                    >
                      <button
                        type="button"
                        className="hub__head hub__head--bottleneck"
                        aria-pressed={selected === `bottleneck:${b.id}`}
                        data-bottleneck={b.id}
                        onClick={() => pickSel({ kind: 'bottleneck', id: b.id })}
                      >
                        <span className="hub__n" aria-hidden="true">
                          {t('hub.kind.bottleneck')} {i + 1}
                        </span>
                        {pick(b.name, lang)}
                      </button>
                    </th>
                    {matrix.cells[i]!.map((cell) => {
                      const names = {
                        bottleneck: pick(b.name, lang),
                        path: pick(shortText(cell.path.name), lang),
                      };
                      const on = selectionTouches(sel, { bottleneck: b.id, path: cell.path.id });
                      return (
                        <td
                          key={cell.path.id}
                          className={`hub__cell${cell.links.length ? ' hub__cell--linked' : ''}${on ? ' is-on' : ''}`}
                          data-linked={cell.links.length > 0 ? 'true' : 'false'}
                        >
                          {cell.links.length > 0 ? (
                            <button
                              type="button"
                              className="hub__dot"
                              aria-pressed={selected === `link:${b.id}>${cell.path.id}`}
                              aria-label={t('hub.cell.linked', {
                                ...names,
                                count: cell.links.length,
                              })}
                              title={pick(cell.links[0]!.quote, lang)}
                              onClick={() =>
                                pickSel({ kind: 'link', bottleneck: b.id, path: cell.path.id })
                              }
                            >
                              <span aria-hidden="true">●</span>
                              {cell.links.length > 1 && (
                                <span className="hub__dot-n" aria-hidden="true">
                                  {cell.links.length}
                                </span>
                              )}
                            </button>
                          ) : (
                            <span className="hub__empty">
                              <span aria-hidden="true">{t('hub.cell.noneMark')}</span>
                              <span className="visually-hidden">{t('hub.cell.none', names)}</span>
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hub__legend">
            <span>{t('hub.legend.linked')}</span> <span>{t('hub.legend.none')}</span>
          </p>
          {controls && !slide && (
            <ImageExports
              view="hub"
              meta={{
                title: t('view.hub'),
                caption: takeaway,
                source: `${t('embed.source')}${sourcePublishers(sourceIds, data.sources.sources, lang, Infinity).names.join(lang === 'en' ? '; ' : '；')}`,
              }}
              draw={async () => {
                const [{ hubMatrixSvg }, { textMeasure }] = await Promise.all([
                  import('./matrix-svg'),
                  import('../../ui/svg-export'),
                ]);
                return hubMatrixSvg(
                  {
                    corner: t('hub.matrix.corner'),
                    columns: matrix.columns.map((p, j) => ({
                      n: `${t('hub.kind.path')} ${j + 1}`,
                      name: splitName(pick(p.name, lang)).short,
                    })),
                    rows: matrix.rows.map((b, i) => ({
                      n: `${t('hub.kind.bottleneck')} ${i + 1}`,
                      name: pick(b.name, lang),
                    })),
                    counts: matrix.cells.map((row) => row.map((c) => c.links.length)),
                    none: t('hub.cell.noneMark'),
                    // An image has nothing to click: the key without "click for the passage".
                    key: [t('hub.legend.linkedStill'), t('hub.legend.none')],
                  },
                  EXPORT_WIDTH,
                  textMeasure(),
                );
              }}
            />
          )}
          {controls && !embed && (
            <p className="hub__summary" data-testid="hub-summary">
              {t('hub.summary', {
                bottlenecks: hub.bottlenecks.length,
                paths: hub.paths.length,
                links: hub.links.length,
              })}
            </p>
          )}
        </div>
        {/* An embed shows the details pane only once the reader has selected something. */}
        {(embed ? !!sel : controls) && (
          <section
            className="hub__detail"
            aria-label={t('hub.detail')}
            aria-live="polite"
            data-testid="hub-detail"
          >
            <Detail hub={hub} sel={sel} onSelect={setSel} t={t} lang={lang} />
          </section>
        )}
      </div>
      {controls && !embed && hub.places.length > 0 && (
        <section className="hub__places" aria-label={t('hub.places')}>
          <p className="hub__h">{t('hub.places')}</p>
          <ul className="hub__place-list">
            {hub.places.map((p) => (
              <li key={p.id} className={`hub__place hub__place--${p.kind}`} data-place={p.id}>
                <p className="hub__place-name">
                  <span className="hub__place-mark" aria-hidden="true">
                    {p.kind === 'hub' ? '★' : '◆'}
                  </span>{' '}
                  <strong>{pick(p.name, lang)}</strong>{' '}
                  <span className="hub__place-kind">
                    · {t(p.kind === 'hub' ? 'hub.place.hub' : 'hub.place.exemplar')}
                  </span>
                </p>
                <Passage quote={p.quote} t={t} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {embed ? (
        <EmbedSource sourceIds={sourceIds} sources={data.sources.sources} />
      ) : (
        controls && (
          <DataAndSources
            title={t('view.hub')}
            columns={columns}
            rows={hub.links}
            rowKey={(l) =>
              `${l.bottleneck}>${l.path}>${l.quote.locator}>${l.quote.zh.slice(0, 20)}`
            }
            sourceIds={sourceIds}
            fields={fields}
            view="hub"
          />
        )
      )}
    </div>
  );
}

function Detail({
  hub,
  sel,
  onSelect,
  t,
  lang,
}: {
  hub: HubFile;
  sel: HubSelection | null;
  onSelect: (s: HubSelection | null) => void;
  t: HubT;
  lang: Lang;
}) {
  if (!sel) return <p className="hub__hint">{t('hub.detail.hint')}</p>;
  const bName = (id: string) => {
    const b = hub.bottlenecks.find((x) => x.id === id);
    return b ? pick(b.name, lang) : id;
  };
  const pName = (id: string) => {
    const p = hub.paths.find((x) => x.id === id);
    return p ? pick(shortText(p.name), lang) : id;
  };
  const frame = (kind: string, title: string, body: ReactNode) => (
    <>
      <div className="hub__detail-head">
        <p className="hub__detail-title">
          <span className="hub__kind">{kind}</span> {title}
        </p>
        <button type="button" onClick={() => onSelect(null)}>
          {t('hub.detail.close')}
        </button>
      </div>
      {body}
    </>
  );
  const linkButtons = (links: HubLink[], label: (l: HubLink) => string) =>
    links.length === 0 ? (
      <p className="hub__none">{t('hub.detail.noLinks')}</p>
    ) : (
      <ul className="hub__link-list">
        {links.map((l, i) => (
          <li key={i}>
            <button
              type="button"
              onClick={() => onSelect({ kind: 'link', bottleneck: l.bottleneck, path: l.path })}
            >
              {label(l)}
            </button>
          </li>
        ))}
      </ul>
    );
  const unique = (links: HubLink[], key: (l: HubLink) => string) =>
    links.filter((l, i) => links.findIndex((x) => key(x) === key(l)) === i);

  if (sel.kind === 'bottleneck') {
    const b = hub.bottlenecks.find((x) => x.id === sel.id);
    if (!b) return null;
    const links = unique(
      hub.links.filter((l) => l.bottleneck === b.id),
      (l) => l.path,
    );
    return frame(
      t('hub.kind.bottleneck'),
      pick(b.name, lang),
      <>
        <Passage quote={b.quote} t={t} lang={lang} original />
        <p className="hub__h">{t('hub.detail.linksTo')}</p>
        {linkButtons(links, (l) => pName(l.path))}
      </>,
    );
  }
  if (sel.kind === 'path') {
    const p = hub.paths.find((x) => x.id === sel.id);
    if (!p) return null;
    const links = unique(
      hub.links.filter((l) => l.path === p.id),
      (l) => l.bottleneck,
    );
    return frame(
      t('hub.kind.path'),
      pick(p.name, lang),
      <>
        <Passage quote={p.quote} t={t} lang={lang} original />
        {p.measures.length > 0 && (
          <>
            <p className="hub__h">{t('hub.detail.measures', { count: p.measures.length })}</p>
            <ol className="hub__measures">
              {p.measures.map((m, i) => (
                <li key={i}>
                  <Passage quote={m} t={t} lang={lang} />
                </li>
              ))}
            </ol>
          </>
        )}
        <p className="hub__h">{t('hub.detail.linksFrom')}</p>
        {linkButtons(links, (l) => bName(l.bottleneck))}
      </>,
    );
  }
  if (sel.kind === 'chain') {
    const c = hub.chains.find((x) => x.id === sel.id);
    if (!c) return null;
    return frame(
      t('hub.kind.chain'),
      pick(c.name, lang),
      <Passage quote={c.quote} t={t} lang={lang} original />,
    );
  }
  const links = hub.links.filter((l) => l.bottleneck === sel.bottleneck && l.path === sel.path);
  return frame(
    t('hub.kind.link'),
    t('hub.detail.link', { bottleneck: bName(sel.bottleneck), path: pName(sel.path) }),
    <>
      {links.map((l, i) => (
        <Passage key={i} quote={l.quote} t={t} lang={lang} original />
      ))}
      <div className="hub__link-list">
        <button type="button" onClick={() => onSelect({ kind: 'bottleneck', id: sel.bottleneck })}>
          {t('hub.detail.kindName', {
            kind: t('hub.kind.bottleneck'),
            name: bName(sel.bottleneck),
          })}
        </button>
        <button type="button" onClick={() => onSelect({ kind: 'path', id: sel.path })}>
          {t('hub.detail.kindName', { kind: t('hub.kind.path'), name: pName(sel.path) })}
        </button>
      </div>
    </>,
  );
}
