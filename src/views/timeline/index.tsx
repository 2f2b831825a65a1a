import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { showsControls, type ViewProps } from '../types';
import { pick, type Lang } from '../../i18n';
import type { ModelId } from '../../data/schema/common';
import { MODEL_STYLE } from '../../lib/colours';
import type { Policy } from '../../data/schema/policies';
import { safeHref } from '../../lib/escape';
import { selectPolicy, setYear } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { YEAR_MAX, YEAR_MIN } from '../../state/url-codec';
import {
  DataAndSources,
  EmbedSource,
  sourcePublishers,
  type Column,
} from '../../ui/DataAndSources';
import { useT } from '../../ui/use-t';
import { formatPolicyDate } from './format-date';
import { layoutTimeline, type LaidOutPolicy, type TimelineLayout } from './layout-timeline';
import { useMotion } from '../../ui/use-media';
import { PLAY_SPEEDS } from '../../ui/play-controller';
import { playLabelKey, useYearPlay } from '../../ui/year-play';
import './timeline.css';
import { useWidth } from '../../ui/use-width';
import { timelineMessages, type TimelineT } from './messages';
import { timelineTakeaway } from './takeaway';
import { Takeaway } from '../../ui/Takeaway';
import { canvasMeasure } from '../../ui/text-measure';
import { ImageExports } from '../../ui/ImageExports';
import type { ExportField } from '../../ui/export';

type Props = ViewProps<'policies' | 'models' | 'sources'>;

/** The policy timeline: documents in lanes by level over the phases of the three models. */
export default function TimelineView(props: Props) {
  const { data } = props;
  // On a slide: the documents over the phases, the step's document selected; no player or details.
  const controls = showsControls(props);
  const slide = props.presentation === 'slide';
  // In an embed: the takeaway, the documents over the phases and the source line.
  const embed = props.presentation === 'embed';
  const t = useT(timelineMessages);
  const lang = useAtlas((s) => s.lang);
  const theme = useAtlas((s) => s.theme);
  const year = useAtlas((s) => s.year);
  const policyId = useAtlas((s) => s.policy);
  const selectedModels = useAtlas((s) => s.models);
  const [width, boxRef] = useWidth(960);
  // A slide is always set in the projector's type. A chart-only embed draws smaller type and
  // markers without labels (each document's title is its accessible name, its tooltip and, once
  // chosen, the details), so it fits its frame.
  const compactEmbed = embed && !controls;
  const fontSize = theme === 'projector' || slide ? 24 : compactEmbed ? 12 : 14;
  const labelEms = compactEmbed ? 0 : undefined;
  const minWidth = compactEmbed ? 0 : undefined;
  const years = useMemo(() => [YEAR_MIN, YEAR_MAX] as const, []);

  // The page's own font, bold (a current year's titles are bold): boxes hold what is drawn.
  const measure = useMemo(
    () =>
      canvasMeasure(
        typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily,
        '700',
      ) ?? undefined,
    [],
  );
  const layout = useMemo(
    () =>
      layoutTimeline({
        measure,
        policies: data.policies.policies,
        models: data.models.models,
        lang,
        width,
        years,
        fontSize,
        selectedModels,
        ...(slide ? { labelOnly: policyId } : {}),
        labelEms,
        minWidth,
        laneLabels: {
          central: t('timeline.lane.central'),
          ministry: t('timeline.lane.ministry'),
          local: t('timeline.lane.local'),
        },
      }),
    [
      data.policies,
      data.models,
      lang,
      width,
      years,
      fontSize,
      selectedModels,
      slide,
      policyId,
      labelEms,
      minWidth,
      t,
      measure,
    ],
  );

  // The shared playhead: the slider under the map plays the same years.
  const { controller, state: play } = useYearPlay();
  // No animation when the reader asks for none or an export waits for a still frame.
  const reducedMotion = !useMotion();

  // On a narrow screen the SVG scrolls sideways: keep the cursor year in view as it moves.
  // The box's width comes from its ResizeObserver: reading clientWidth here would force a
  // layout of the whole timeline on every year change (a quarter of its cost), even on screens
  // where nothing scrolls.
  useEffect(() => {
    const el = boxRef.current;
    if (!el || layout.width <= width) return;
    const a = layout.x(year);
    const b = layout.x(year + 1);
    const margin = fontSize * 3;
    if (a >= el.scrollLeft + layout.plot.left && b <= el.scrollLeft + width - margin) return;
    const left = Math.max(0, (a + b) / 2 - width / 2);
    if (typeof el.scrollTo === 'function') {
      el.scrollTo({ left, behavior: reducedMotion ? 'auto' : 'smooth' });
    } else el.scrollLeft = left;
  }, [year, layout, width, boxRef, fontSize, reducedMotion]);
  const selected = data.policies.policies.find((p) => p.id === policyId) ?? null;

  const modelName = useCallback(
    (id: ModelId | null) => {
      const m = id && data.models.models.find((mm) => mm.id === id);
      return m ? pick(m.name, lang) : t('timeline.phase.none');
    },
    [data.models, lang, t],
  );

  const columns = useMemo<Column<Policy>[]>(
    () => [
      {
        key: 'date',
        header: t('timeline.col.date'),
        cell: (p) => formatPolicyDate(p.date, p.precision, lang),
      },
      { key: 'title', header: t('timeline.col.title'), cell: (p) => pick(p.title, lang) },
      { key: 'issuer', header: t('timeline.col.issuer'), cell: (p) => pick(p.issuer, lang) },
      {
        key: 'number',
        header: t('timeline.col.number'),
        cell: (p) => p.docNumber ?? t('timeline.detail.noNumber'),
      },
      {
        key: 'level',
        header: t('timeline.col.level'),
        cell: (p) => t(`timeline.level.${p.level}`),
      },
      { key: 'phase', header: t('timeline.col.phase'), cell: (p) => modelName(p.phase) },
      {
        key: 'confidence',
        header: t('sources.confidence'),
        cell: (p) => t(`confidence.${p.confidence}`),
      },
    ],
    [t, lang, modelName],
  );
  // The data file: the date as ISO 8601 at its precision (2005-10-28, 2005-10, 2005), codes
  // beside their labels.
  const fields = useMemo<ExportField<Policy>[]>(() => {
    const code = (field: string) => t('export.code', { field });
    return [
      { key: 'id', header: code(t('timeline.col.title')), value: (p) => p.id },
      { key: 'date', header: t('timeline.col.date'), value: (p) => p.date },
      { key: 'date_precision', header: t('timeline.col.precision'), value: (p) => p.precision },
      { key: 'title', header: t('timeline.col.title'), value: (p) => pick(p.title, lang) },
      { key: 'issuer', header: t('timeline.col.issuer'), value: (p) => pick(p.issuer, lang) },
      { key: 'doc_number', header: t('timeline.col.number'), value: (p) => p.docNumber },
      { key: 'level_code', header: code(t('timeline.col.level')), value: (p) => p.level },
      {
        key: 'level',
        header: t('timeline.col.level'),
        value: (p) => t(`timeline.level.${p.level}`),
      },
      { key: 'phase_code', header: code(t('timeline.col.phase')), value: (p) => p.phase },
      {
        key: 'phase',
        header: t('timeline.col.phase'),
        value: (p) => (p.phase ? modelName(p.phase) : null),
      },
      { key: 'confidence_code', header: code(t('sources.confidence')), value: (p) => p.confidence },
      {
        key: 'confidence',
        header: t('sources.confidence'),
        value: (p) => t(`confidence.${p.confidence}`),
      },
      { key: 'source_ids', header: t('export.sourceIds'), value: (p) => p.sourceIds.join(';') },
    ];
  }, [t, lang, modelName]);
  // Exactly the documents drawn, in time order.
  const rows = useMemo(() => layout.items.map((i) => i.policy), [layout.items]);
  const sourceIds = useMemo(
    () => [
      ...new Set([
        ...rows.flatMap((p) => p.sourceIds),
        ...data.models.models.flatMap((m) => m.sourceIds),
      ]),
    ],
    [rows, data.models],
  );

  const takeaway = useMemo(() => timelineTakeaway(data, { year }, t, lang), [data, year, t, lang]);
  // An exported image says the year (the takeaway's) and which models are highlighted.
  const exportMeta = {
    title: t('view.timeline'),
    caption: [
      takeaway,
      selectedModels.length
        ? t('export.highlighted', {
            models: selectedModels.map(modelName).join(lang === 'en' ? ', ' : '、'),
          })
        : '',
    ]
      .filter(Boolean)
      .join(' · '),
    source: `${t('embed.source')}${sourcePublishers(sourceIds, data.sources.sources, lang, Infinity).names.join(lang === 'en' ? '; ' : '；')}`,
  };

  return (
    <div className={slide ? 'timeline slide-col' : 'timeline'}>
      {(controls || embed) && <Takeaway text={takeaway} view="timeline" />}
      {controls && (
        <div className="timeline__controls" role="group" aria-label={t('timeline.controls')}>
          <button
            type="button"
            className="timeline__play"
            onClick={controller.toggle}
            data-testid="timeline-play"
          >
            <span aria-hidden="true">{play.playing ? '❚❚' : '▶'}</span>{' '}
            {t(playLabelKey(play.playing, year, years[1]), { year: years[0] })}
          </button>
          <div className="timeline__speeds" role="group" aria-label={t('timeline.speed')}>
            {PLAY_SPEEDS.map((s) => (
              <button
                key={s}
                type="button"
                aria-pressed={play.speed === s}
                onClick={() => controller.setSpeed(s)}
              >
                {s}×
              </button>
            ))}
          </div>
          <p className="timeline__year" aria-live={play.playing ? 'off' : 'polite'}>
            {t('timeline.year.now', { year })}
          </p>
        </div>
      )}
      <div className={slide ? 'timeline__scroll slide-fill' : 'timeline__scroll'} ref={boxRef}>
        <TimelineSvg
          layout={layout}
          year={year}
          policyId={policyId}
          label={t('timeline.chart', {
            count: layout.items.length,
            from: years[0],
            to: years[1],
          })}
          fontSize={fontSize}
          fit={slide}
        />
      </div>
      {controls && !slide && (
        <ImageExports
          view="timeline"
          meta={exportMeta}
          draw={async () => {
            const el = boxRef.current?.querySelector<SVGSVGElement>('svg.timeline__svg');
            return el ? (await import('../../ui/svg-export')).liveDrawing(el) : null;
          }}
        />
      )}
      {layout.width > width && (
        <p className="timeline__hint" aria-hidden="true">
          ↔ {t('timeline.scroll')}
        </p>
      )}
      {/* An embed shows the details pane only once a document is selected. */}
      {(embed ? !!selected : controls) && (
        <PolicyDetail policy={selected} modelName={modelName} sources={data.sources.sources} />
      )}
      {embed ? (
        <EmbedSource sourceIds={sourceIds} sources={data.sources.sources} />
      ) : (
        controls && (
          <DataAndSources
            title={t('view.timeline')}
            columns={columns}
            rows={rows}
            rowKey={(p) => p.id}
            fields={fields}
            sourceIds={sourceIds}
            view="timeline"
          />
        )
      )}
    </div>
  );
}

/** Everything the SVG draws; React owns every node, the layout computed the positions. */
function TimelineSvg({
  layout,
  year,
  policyId,
  label,
  fontSize,
  fit = false,
}: {
  /** Scale down to the box (a slide) instead of keeping the layout's size. */
  fit?: boolean;
  layout: TimelineLayout;
  year: number;
  policyId: string | null;
  label: string;
  fontSize: number;
}) {
  const t = useT(timelineMessages);
  const lang = useAtlas((s) => s.lang);
  const svgRef = useRef<SVGSVGElement>(null);
  const { x, items, plot, axisY } = layout;
  const r = layout.markerRadius;

  // Roving tab stop: the selected document, else the first one in the cursor year, else the first.
  const [active, setActive] = useState<string | null>(null);
  const activeId =
    (active && items.some((i) => i.id === active) ? active : null) ??
    (policyId && items.some((i) => i.id === policyId) ? policyId : null) ??
    items.find((i) => i.year >= year)?.id ??
    items[0]?.id ??
    null;
  // A document selected elsewhere (the trend's markers) becomes the tab stop.
  const [seenPolicy, setSeenPolicy] = useState(policyId);
  if (policyId !== seenPolicy) {
    setSeenPolicy(policyId);
    if (policyId) setActive(policyId);
  }
  const itemRefs = useRef(new Map<string, SVGGElement>());

  // Stable, so that a year change re-renders only the documents whose state it changes.
  const choose = useCallback((item: LaidOutPolicy) => {
    setActive(item.id);
    selectPolicy(item.id, { year: item.year });
  }, []);

  const onListKey = (e: KeyboardEvent<SVGGElement>) => {
    const idx = items.findIndex((i) => i.id === activeId);
    let next: number;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(items.length - 1, idx + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, idx - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      const item = items[idx];
      if (item) choose(item);
      e.preventDefault();
      e.stopPropagation();
      return;
    } else return;
    // Handled here: keep the page from scrolling and presenter keys from firing.
    e.preventDefault();
    e.stopPropagation();
    const item = items[next];
    if (!item) return;
    setActive(item.id);
    itemRefs.current.get(item.id)?.focus();
  };

  // The year cursor: a slider on the axis strip. A drag pushes one history entry (its first
  // step) and replaces it while moving, so Back returns to the year before the drag.
  const drag = useRef<{ pointer: number; pushed: boolean } | null>(null);
  const sliderRef = useRef<SVGGElement>(null);
  const dragTo = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    const box = svgRef.current!.getBoundingClientRect();
    const y = layout.yearAt(e.clientX - box.left);
    if (y === useAtlas.getState().year) return;
    setYear(y, { continuous: d.pushed });
    d.pushed = true;
  };
  const onPointerDown = (e: PointerEvent<SVGGElement>) => {
    if (e.button !== 0) return;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    drag.current = { pointer: e.pointerId, pushed: false };
    sliderRef.current?.focus();
    dragTo(e);
    e.preventDefault();
  };
  const onPointerUp = (e: PointerEvent<SVGGElement>) => {
    if (drag.current?.pointer === e.pointerId) drag.current = null;
  };
  const onSliderKey = (e: KeyboardEvent<SVGGElement>) => {
    const [from, to] = layout.years;
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowUp: 1,
      ArrowLeft: -1,
      ArrowDown: -1,
      PageUp: 5,
      PageDown: -5,
    };
    let next: number | null = null;
    if (e.key in step) next = year + step[e.key]!;
    else if (e.key === 'Home') next = from;
    else if (e.key === 'End') next = to;
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    setYear(Math.min(to, Math.max(from, next)));
  };

  const cx = x(year + 0.5);
  const handleW = fontSize * 3.2;
  const handleH = fontSize * 1.5;
  return (
    <svg
      ref={svgRef}
      className="timeline__svg"
      width={fit ? '100%' : layout.width}
      height={fit ? '100%' : layout.height}
      preserveAspectRatio="xMidYMid meet"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={label}
      data-testid="timeline-svg"
      style={{ fontSize }}
    >
      <defs>
        {layout.bands.map((b) => (
          <pattern
            key={b.id}
            id={`tl-pattern-${b.id}`}
            width={8}
            height={8}
            patternUnits="userSpaceOnUse"
            patternTransform={b.decal === 'stripes' ? 'rotate(45)' : undefined}
          >
            {b.decal === 'stripes' && <rect width={2} height={8} fill={b.colour} />}
            {b.decal === 'dots' && <circle cx={4} cy={4} r={1.3} fill={b.colour} />}
          </pattern>
        ))}
      </defs>

      <g className="timeline__bands">
        {layout.bands.map((b) => (
          <g
            key={b.id}
            className="timeline__band"
            data-model={b.id}
            data-highlighted={b.highlighted ? 'true' : undefined}
            data-dimmed={b.dimmed ? 'true' : undefined}
          >
            <title>{`${b.name} ${b.startYear}–${b.endYear ?? ''}: ${b.description}`}</title>
            <rect
              x={b.x0}
              y={axisY}
              width={b.x1 - b.x0}
              height={plot.bottom - axisY}
              fill={b.colour}
              className="timeline__band-fill"
            />
            {/* The pattern (the colour's second cue) as a strip along the axis, not under text. */}
            {b.decal !== 'none' && (
              <rect
                x={b.x0}
                y={axisY}
                width={b.x1 - b.x0}
                height={Math.round(fontSize * 0.5)}
                fill={`url(#tl-pattern-${b.id})`}
                className="timeline__band-decal"
              />
            )}
            <line
              x1={b.x0}
              x2={b.x0}
              y1={axisY}
              y2={plot.bottom}
              stroke={b.colour}
              className="timeline__band-edge"
            />
            <rect
              x={b.labelX}
              y={b.labelY - fontSize * 0.35}
              width={fontSize * 0.7}
              height={fontSize * 0.7}
              fill={b.colour}
            />
            <text
              x={b.labelX + fontSize}
              y={b.labelY}
              dominantBaseline="central"
              className="timeline__band-label"
            >
              {b.label}
            </text>
          </g>
        ))}
      </g>

      <g className="timeline__lanes">
        {layout.lanes.map((l) => (
          <g key={l.id}>
            <line
              x1={0}
              x2={layout.width}
              y1={l.y1 + 2}
              y2={l.y1 + 2}
              className="timeline__lane-rule"
            />
            <text
              x={4}
              y={(l.y0 + l.y1) / 2}
              dominantBaseline="central"
              className="timeline__lane-label"
              {...(l.labelUpright && {
                x: fontSize * 0.8,
                textAnchor: 'middle',
                transform: `rotate(-90 ${fontSize * 0.8} ${(l.y0 + l.y1) / 2})`,
              })}
            >
              {l.label}
            </text>
          </g>
        ))}
      </g>

      <rect
        x={x(year)}
        y={axisY}
        width={x(year + 1) - x(year)}
        height={plot.bottom - axisY}
        className="timeline__cursor-column"
        data-testid="timeline-cursor"
        data-year={year}
      />
      <line x1={cx} x2={cx} y1={axisY} y2={plot.bottom} className="timeline__cursor-line" />

      <g
        className="timeline__axis"
        onPointerDown={onPointerDown}
        onPointerMove={dragTo}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <rect
          x={plot.left}
          y={0}
          width={plot.right - plot.left}
          height={axisY + fontSize * 0.6}
          className="timeline__track"
        />
        <line
          x1={plot.left}
          x2={plot.right}
          y1={axisY}
          y2={axisY}
          className="timeline__axis-line"
        />
        {layout.ticks.map((tk) => (
          <g key={tk.year}>
            <line x1={tk.x} x2={tk.x} y1={axisY - 4} y2={axisY + 4} className="timeline__tick" />
            {tk.labelled && Math.abs(x(tk.year + 0.5) - cx) > handleW * 0.9 && (
              <text
                x={x(tk.year + 0.5)}
                y={axisY - fontSize * 0.55}
                textAnchor="middle"
                className="timeline__tick-label"
              >
                {tk.year}
              </text>
            )}
          </g>
        ))}
        <g
          ref={sliderRef}
          className="timeline__slider"
          role="slider"
          tabIndex={0}
          aria-label={t('timeline.slider')}
          aria-valuemin={layout.years[0]}
          aria-valuemax={layout.years[1]}
          aria-valuenow={year}
          aria-valuetext={t('timeline.slider.value', { year })}
          aria-orientation="horizontal"
          onKeyDown={onSliderKey}
          data-testid="timeline-slider"
        >
          <rect
            x={cx - handleW / 2}
            y={axisY - handleH + 2}
            width={handleW}
            height={handleH}
            rx={handleH / 2}
            className="timeline__handle"
          />
          <text
            x={cx}
            y={axisY - handleH / 2 + 2}
            textAnchor="middle"
            dominantBaseline="central"
            className="timeline__handle-label"
          >
            {year}
          </text>
        </g>
      </g>

      <g
        role="listbox"
        aria-label={t('timeline.docs')}
        onKeyDown={onListKey}
        className="timeline__docs"
      >
        {items.map((item) => (
          <TimelineDoc
            key={item.id}
            item={item}
            r={r}
            lang={lang}
            selected={item.id === policyId}
            current={item.year === year}
            tabbable={item.id === activeId}
            onChoose={choose}
            onFocusItem={setActive}
            itemRefs={itemRefs}
            lineHeight={layout.lineHeight}
            t={t}
          />
        ))}
      </g>
    </svg>
  );
}

/**
 * One document on the timeline. Memoised: a year change touches only the documents entering or
 * leaving the cursor year and the tab stop, not all of them (a timeline rebuilt on every step
 * was about a third of a year change).
 */
const TimelineDoc = memo(function TimelineDoc({
  item,
  r,
  lang,
  selected,
  current,
  tabbable,
  onChoose,
  onFocusItem,
  itemRefs,
  lineHeight,
  t,
}: {
  item: LaidOutPolicy;
  /** Between the baselines of the title's lines. */
  lineHeight: number;
  /** The marker's radius. */
  r: number;
  lang: Lang;
  selected: boolean;
  current: boolean;
  tabbable: boolean;
  onChoose: (item: LaidOutPolicy) => void;
  onFocusItem: (id: string) => void;
  itemRefs: RefObject<Map<string, SVGGElement>>;
  t: TimelineT;
}) {
  const p = item.policy;
  const date = formatPolicyDate(p.date, p.precision, lang);
  const fill = p.phase ? MODEL_STYLE[p.phase].colour : undefined;
  return (
    <g
      ref={(el) => {
        if (el) itemRefs.current.set(item.id, el);
        else itemRefs.current.delete(item.id);
      }}
      role="option"
      tabIndex={tabbable ? 0 : -1}
      aria-selected={selected}
      aria-label={t('timeline.doc.option', {
        date,
        title: pick(p.title, lang),
        issuer: pick(p.issuer, lang),
      })}
      className={`timeline__doc${selected ? ' is-selected' : ''}${current ? ' is-current' : ''}`}
      data-policy={item.id}
      onClick={() => onChoose(item)}
      onFocus={() => onFocusItem(item.id)}
    >
      <title>{`${date} ${pick(p.title, lang)}`}</title>
      <rect
        x={item.box.x0 - 3}
        y={item.box.y0 + 1}
        width={item.box.x1 - item.box.x0 + 6}
        height={item.box.y1 - item.box.y0 - 2}
        rx={4}
        className="timeline__doc-ring"
      />
      <circle
        cx={item.x}
        cy={item.y}
        r={selected ? r * 1.35 : r}
        fill={fill ?? 'var(--surface)'}
        className="timeline__doc-marker"
      />
      <text
        x={item.labelX}
        y={item.labelY}
        textAnchor={item.anchor}
        dominantBaseline="central"
        className="timeline__doc-label"
      >
        {item.lines.map((line, i) => (
          <tspan key={i} x={item.labelX} dy={i === 0 ? 0 : lineHeight}>
            {/* English lines broke at a space: keep it, so the text reads (and copies) as words. */}
            {lang === 'en' && i < item.lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
});

/** The selected document: title, issuer, number, date at its precision, gist and sources. */
function PolicyDetail({
  policy,
  modelName,
  sources,
}: {
  policy: Policy | null;
  modelName: (id: ModelId | null) => string;
  sources: Props['data']['sources']['sources'];
}) {
  const t = useT(timelineMessages);
  const lang = useAtlas((s) => s.lang);
  if (!policy) {
    return (
      <div className="timeline__detail timeline__detail--empty" data-testid="timeline-detail">
        <p>{t('timeline.detail.none')}</p>
      </div>
    );
  }
  const cited = policy.sourceIds
    .map((id) => sources.find((s) => s.id === id))
    .filter((s): s is NonNullable<typeof s> => Boolean(s));
  return (
    <div className="timeline__detail" aria-live="polite" data-testid="timeline-detail">
      {/* Not a heading: the panel's heading level differs between dashboard and embed. */}
      <p className="timeline__detail-title">{pick(policy.title, lang)}</p>
      <dl>
        <dt>{t('timeline.detail.issuer')}</dt>
        <dd>{pick(policy.issuer, lang)}</dd>
        <dt>{t('timeline.detail.number')}</dt>
        <dd>{policy.docNumber ?? t('timeline.detail.noNumber')}</dd>
        <dt>{t('timeline.detail.date')}</dt>
        <dd>{formatPolicyDate(policy.date, policy.precision, lang)}</dd>
        <dt>{t('timeline.detail.level')}</dt>
        <dd>{t(`timeline.level.${policy.level}`)}</dd>
        <dt>{t('timeline.detail.phase')}</dt>
        <dd>{modelName(policy.phase)}</dd>
        <dt>{t('timeline.detail.gist')}</dt>
        <dd>{pick(policy.gist, lang)}</dd>
        <dt>{t('sources.confidence')}</dt>
        <dd data-testid="timeline-confidence">{t(`confidence.${policy.confidence}`)}</dd>
        <dt>{t('timeline.detail.sources')}</dt>
        <dd>
          <ul>
            {cited.map((s) => {
              const href = safeHref(s.url);
              return (
                <li key={s.id}>
                  {pick(s.publisher, lang)}. {pick(s.title, lang)}. {s.date}
                  {s.locator ? `. ${s.locator}` : ''}
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
        </dd>
      </dl>
      <button type="button" onClick={() => selectPolicy(null)}>
        {t('timeline.detail.close')}
      </button>
    </div>
  );
}
