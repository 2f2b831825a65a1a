import { format } from 'echarts/core';
import { pick, type Lang } from '../../i18n';
import { escapeHtml } from '../../lib/escape';
import { RATIO_LINE_COLOURS } from '../../lib/colours';
import { pageColours, withAlpha } from '../../lib/theme';
import { formatRatio, formatYuan100m } from '../../lib/format';
import { MAIN_REGIONS, type RatioPoint } from '../../data/queries/regions';
import {
  metricOf,
  splitRuns,
  type ClaimCheck,
  type LineId,
  type OptionalLine,
  type TrendModel,
} from './trend-model';
import type { TrendT } from './messages';

/** What the reader has chosen that the chart depends on. */
export interface TrendSelection {
  /** The year cursor; null draws none (the live chart draws it as an overlay, see TrendCursor). */
  year: number | null;
  policy: string | null;
  /** Optional lines switched on. */
  lines: readonly OptionalLine[];
  /** A presenter step's claim (gdp.json claim id): drawn stronger, the others unlabelled. */
  claim?: string | null;
}

/** How to draw: projector theme, reduced motion, a narrow box. */
export interface TrendStyle {
  projector: boolean;
  reducedMotion: boolean;
  compact: boolean;
}

/** Line colours (lib/colours.ts) and a marker shape each. */
export const LINE_STYLE: Record<LineId, { colour: string; symbol: string }> = {
  westEast: { colour: RATIO_LINE_COLOURS.westEast, symbol: 'circle' },
  centralEast: { colour: RATIO_LINE_COLOURS.centralEast, symbol: 'triangle' },
  northeastEast: { colour: RATIO_LINE_COLOURS.northeastEast, symbol: 'rect' },
  westShare: { colour: RATIO_LINE_COLOURS.westShare, symbol: 'diamond' },
};

const FONT_FAMILY =
  "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** "0.331" — the precision the claims are checked at. */
export const formatClaimValue = (v: number | null, lang: Lang) =>
  formatRatio(v, lang, { digits: 3 });

/** The verdict of a claim check, for labels, tooltips and the claim cards. */
export function claimVerdict(c: ClaimCheck, t: TrendT, lang: Lang) {
  const tolerance = formatRatio(c.claim.tolerance, lang, { digits: 2 });
  if (c.within === null) return { mark: '?', text: t('trend.claim.missing') };
  return c.within
    ? { mark: '✓', text: t('trend.claim.within', { tolerance }) }
    : { mark: '✗', text: t('trend.claim.outside', { tolerance }) };
}

const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x245f + n) : `(${n})`);
export { circled };

/** The short on-chart label of a claim: its number, the paper's value and the data's. */
export function claimLabel(c: ClaimCheck, t: TrendT, lang: Lang): string {
  const v = claimVerdict(c, t, lang);
  return [
    `${circled(c.n)} ${t('trend.claim.paper', { value: formatRatio(c.claim.value, lang, { digits: 2 }) })}`,
    `${t('trend.claim.data', { value: c.computed === null ? t('missing.value') : formatClaimValue(c.computed, lang) })} ${v.mark}`,
  ].join('\n');
}

/** The rows of the "data & sources" table: exactly the years drawn. */
export function vintageNote(model: TrendModel, p: RatioPoint, t: TrendT, lang: Lang): string {
  const meta = model.yearMeta.get(p.year);
  const parts: string[] = [];
  if (meta) {
    parts.push(
      meta.vintages
        .map((v) => (model.vintageLabels.has(v) ? pick(model.vintageLabels.get(v)!, lang) : v))
        .join('; '),
    );
  }
  for (const c of model.baseChanges) if (c.toYear === p.year) parts.push(`† ${pick(c.note, lang)}`);
  if (p.missing.length) {
    const names = p.missing.map((a) => {
      const n = model.provinceNames.get(a);
      return n ? pick(n, lang) : a;
    });
    parts.push(t('trend.col.missing', { names: names.join(lang === 'en' ? ', ' : '、') }));
  }
  return parts.filter(Boolean).join(' · ');
}

const lineName = (id: LineId, t: TrendT) => t(`trend.line.${id}`);

/**
 * The year cursor's label: the year, and the base change's dagger when the year's figures are of
 * the new base (the label sits over the chart's own dagger when the cursor is near it, as it is
 * at the latest year, where the reader starts).
 */
export function cursorLabel(year: number, baseChanges: TrendModel['baseChanges']) {
  const changed = baseChanges.some((c) => year > c.fromYear && year <= c.toYear);
  return changed ? `${year} †` : String(year);
}

/** Pixels between the ratio grid and the policy strip. */
const GRID_GAP = 10;

/** Lines that are shares of a total, not ratios: they get their own panel and axis. */
const SHARE_LINES: readonly LineId[] = ['westShare'];
const isShare = (id: LineId) => SHARE_LINES.includes(id);

/** "17%": a share as a percentage (the axis and the tooltip). */
export const formatShare = (v: number | null, lang: Lang, digits = 0) =>
  formatRatio(v, lang, { percent: true, digits });

/**
 * An axis scaled to its data: the largest step of 1, 2 or 5 × 10ⁿ that still gives at
 * least `ticks` intervals over the values, and the bounds rounded out to it. (ECharts' own
 * "nice" bounds went to 0–0.50 for values between 0.09 and 0.43.)
 */
export function dataAxis(values: readonly number[], ticks: number) {
  if (!values.length) return null;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Math.max(hi - lo, Math.abs(hi) * 0.02, 1e-9);
  const raw = span / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [5, 2, 1].map((k) => k * mag).find((s) => s <= raw + 1e-12)!;
  // Rounding guards: 0.30000000000000004 is 0.3.
  const round = (v: number) => Number(v.toFixed(10));
  return {
    min: round(Math.floor(lo / step + 1e-9) * step),
    max: round(Math.ceil(hi / step - 1e-9) * step),
    interval: step,
  };
}
/** Pixels between the policy strip's name and the strip; and from the name to the chart's edge. */
const STRIP_NAME_GAP = 8;
const EDGE = 4;

/** The policy strip's name, drawn left of the strip (and measured for the margin that holds it). */
const stripName = (t: TrendT) => t('trend.axis.policies');

/**
 * Type size, stroke and the two grids' margins in pixels: shared by the option and the cursor.
 * The left margin holds the strip's name, measured as ECharts will draw it: both grids must keep
 * the same left edge, or the strip's years would not line up with the ratio's.
 */
export function trendLayout(
  model: TrendModel,
  style: TrendStyle,
  t: TrendT,
  lines: readonly OptionalLine[] = [],
) {
  const font = style.projector ? 22 : style.compact ? 11 : 12;
  // Shares of a total get a panel of their own under the ratios, its name above it.
  const share = lines.some(isShare);
  const shareHeight = share ? (style.projector ? 150 : style.compact ? 80 : 100) : 0;
  const shareGap = share ? font * 2 + 10 : 0;
  const markerRow = style.projector ? 22 : 13;
  const maxStack = Math.max(1, ...model.markers.map((m) => m.stack + 1));
  const stripHeight = maxStack * markerRow + 6;
  const nameWidth = format.getTextRect(stripName(t), `${font}px ${FONT_FAMILY}`).width;
  return {
    font,
    thin: style.projector ? 3 : 1.5,
    maxStack,
    stripHeight,
    axisLabelSpace: font * 2 + 8,
    left: Math.max(style.projector ? 80 : 52, Math.ceil(nameWidth) + STRIP_NAME_GAP + EDGE),
    right: style.projector ? 28 : 18,
    // The ratio axis's name on the first line, the year cursor's label on the second.
    top: font * 3 + 16,
    share,
    shareHeight,
    shareGap,
    /** What the share panel adds to the chart's height (the ratio panel keeps its own). */
    extraHeight: shareHeight + shareGap,
  };
}

/**
 * Where the year cursor runs in a chart `height` pixels tall: down the ratio grid, down the
 * policy strip and, when shown, down the share panel (not across the labels between them), as
 * [top, bottom] pairs in that order.
 */
export function cursorSpans(
  layout: ReturnType<typeof trendLayout>,
  height: number,
): [number, number][] {
  const stripBottom = height - layout.axisLabelSpace;
  const stripTop = stripBottom - layout.stripHeight;
  const shareBottom = stripTop - GRID_GAP;
  const shareTop = shareBottom - layout.shareHeight;
  const ratioBottom = layout.share ? shareTop - layout.shareGap : stripTop - GRID_GAP;
  return [
    [layout.top, ratioBottom],
    [stripTop, stripBottom],
    ...(layout.share ? [[shareTop, shareBottom] as [number, number]] : []),
  ];
}

/**
 * data + selection + t → the ECharts option of the trend. Two grids share one time axis: the
 * ratio lines above, the policy documents as a strip of markers below. Pure.
 */
export function buildTrendOption(
  model: TrendModel,
  sel: TrendSelection,
  t: TrendT,
  lang: Lang,
  style: TrendStyle,
) {
  const layout = trendLayout(model, style, t, sel.lines);
  const { font, thin, maxStack, stripHeight, axisLabelSpace, left, right, top } = layout;
  const lineWidth = style.projector ? 5 : 2.5;
  // The page's colours (the year cursor is the accent, as TrendCursor draws it over the chart).
  const ink = pageColours(style.projector);
  const [x0, x1] = model.xRange;
  const byYear = new Map(model.points.map((p) => [p.year, p]));
  const shown: LineId[] = ['westEast', ...sel.lines];
  const missing = t('missing.value');
  const valueOf = (id: LineId, v: number | null) =>
    v === null ? missing : isShare(id) ? formatShare(v, lang, 1) : formatRatio(v, lang);
  const sep = lang === 'en' ? ', ' : '、';

  // Half a year of margin on each side; ticks and labels on whole years only (ECharts would
  // otherwise count its ticks from the fractional minimum).
  const every = style.compact ? 10 : 5;
  const tickYears: number[] = [];
  for (let y = Math.ceil(x0 / every) * every; y <= x1; y += every) tickYears.push(y);
  const xAxisBase = {
    type: 'value' as const,
    min: x0 - 0.5,
    max: x1 + 0.5,
  };

  // One series per run of each line, so the step across a base change can be dashed.
  const lineSeries = shown.flatMap((id) =>
    splitRuns(model.points, metricOf[id], model.baseChanges).map((run, i) => ({
      id: `${id}-${i}`,
      name: lineName(id, t),
      type: 'line' as const,
      // Ratios on the ratio grid (0), shares on the share panel (2).
      xAxisIndex: isShare(id) ? 2 : 0,
      yAxisIndex: isShare(id) ? 2 : 0,
      data: run.data,
      connectNulls: false,
      symbol: LINE_STYLE[id].symbol,
      symbolSize: id === 'westEast' ? (style.projector ? 10 : 6) : style.projector ? 8 : 5,
      showSymbol: true,
      lineStyle: {
        color: LINE_STYLE[id].colour,
        width: id === 'westEast' ? lineWidth : thin,
        type: run.dashed ? ('dashed' as const) : ('solid' as const),
      },
      itemStyle: { color: LINE_STYLE[id].colour },
      emphasis: { disabled: true },
      z: id === 'westEast' ? 4 : 3,
    })),
  );

  // Each axis scaled to the lines it carries.
  const valuesOf = (ids: LineId[]) =>
    ids.flatMap((id) => model.points.map(metricOf[id])).filter((v): v is number => v !== null);
  const ratioAxis = dataAxis(valuesOf(shown.filter((id) => !isShare(id))), style.compact ? 3 : 4);
  const shareAxis = dataAxis(valuesOf(shown.filter(isShare)), 2);

  // Each claim's years are shaded; its note sits beside the value the data give for them (a
  // ring on the line): under it where the line runs high, over it where it runs low, and
  // leaning inwards near the chart's sides.
  const mid = ratioAxis ? (ratioAxis.min + ratioAxis.max) / 2 : 0;
  const verdictColour = (c: ClaimCheck) =>
    c.within === true ? ink.ok : c.within === false ? ink.errorBorder : ink.muted;
  // A presenter step's claim is drawn stronger and the others lose their notes.
  const focusOf = (c: ClaimCheck) => (sel.claim ? (sel.claim === c.claim.id ? 1 : -1) : 0);
  const claimAreas = model.claims.map((c) => [
    {
      name: '',
      xAxis: c.claim.years[0] - 0.4,
      itemStyle: {
        color: withAlpha(ink.accent, focusOf(c) > 0 ? 0.22 : 0.08),
        borderColor: verdictColour(c),
        borderWidth: focusOf(c) > 0 ? thin * 2 : thin,
        borderType: focusOf(c) > 0 ? ('solid' as const) : ('dotted' as const),
      },
      label: { show: false },
    },
    { xAxis: c.claim.years[1] + 0.4 },
  ]);
  const claimNotes = {
    id: 'claims',
    name: t('trend.claims'),
    type: 'scatter' as const,
    xAxisIndex: 0,
    yAxisIndex: 0,
    silent: true,
    symbol: 'emptyCircle',
    symbolSize: style.projector ? 22 : 14,
    z: 6,
    data: model.claims.map((c) => {
      const x = (c.claim.years[0] + c.claim.years[1]) / 2;
      const y = c.computed ?? c.claim.value;
      const at = (x - x0) / Math.max(1, x1 - x0);
      return {
        value: [x, y],
        itemStyle: { color: verdictColour(c), borderColor: verdictColour(c), borderWidth: thin },
        label: {
          show: focusOf(c) >= 0,
          formatter: claimLabel(c, t, lang),
          position: y > mid ? ('bottom' as const) : ('top' as const),
          // Under a high point, clear of the line climbing towards it.
          distance: (style.projector ? 2 : 1) * (y > mid ? 22 : 10),
          // Leaning inwards near a side (sooner in a narrow chart, where a note is wider).
          align:
            at < 0.2
              ? ('left' as const)
              : at > (style.compact ? 0.8 : 0.94)
                ? ('right' as const)
                : ('center' as const),
          color: ink.text,
          fontSize: font,
          lineHeight: font * 1.3,
          backgroundColor: withAlpha(ink.surface, 0.9),
          padding: [2, 4],
          borderColor: verdictColour(c),
          borderWidth: 1,
          borderRadius: 3,
        },
      };
    }),
  };
  const baseAreas = model.baseChanges.map((c) => [
    {
      // Just the dagger on the chart (it collides with the cursor label otherwise); the note
      // itself is in the footnote under the chart, the tooltip and the table.
      name: '†',
      xAxis: c.fromYear,
      itemStyle: { color: withAlpha(ink.muted, 0.1) },
      // Above the plot, clear of the line and of the claim labels.
      label: {
        show: true,
        position: 'top' as const,
        color: ink.text,
        fontSize: font * 1.2,
        fontWeight: 'bold' as const,
        align: 'right' as const,
        offset: [(style.projector ? 28 : 18) - 2, 0],
      },
    },
    { xAxis: c.toYear },
  ]);

  const cursorInRange = sel.year !== null && sel.year >= x0 && sel.year <= x1;
  const cursorLine = (withLabel: boolean) => ({
    silent: true,
    symbol: ['none', 'none'],
    animation: false,
    lineStyle: { color: ink.accent, width: thin + 1, type: 'solid' as const },
    label: withLabel
      ? {
          show: true,
          position: 'end' as const,
          formatter: cursorLabel(sel.year!, model.baseChanges),
          color: ink.accentText,
          backgroundColor: ink.accent,
          padding: [2, 6],
          borderRadius: 3,
          fontSize: font,
          fontWeight: 'bold' as const,
        }
      : { show: false },
    data: cursorInRange ? [{ xAxis: sel.year }] : [],
  });

  // Claims, base changes and the cursor ride on the first run of the West/East line: ECharts
  // draws no mark components on a series without data.
  const annotations = {
    markArea: { silent: true, data: [...claimAreas, ...baseAreas] },
    markLine: cursorLine(true),
  };
  const withAnnotations = lineSeries.map((s, i) => (i === 0 ? { ...s, ...annotations } : s));

  const policySeries = {
    id: 'policies',
    name: t('trend.axis.policies'),
    type: 'scatter' as const,
    xAxisIndex: 1,
    yAxisIndex: 1,
    symbol: 'diamond',
    cursor: 'pointer',
    data: model.markers.map((m) => {
      const selected = m.policy.id === sel.policy;
      return {
        id: m.policy.id,
        value: [m.year, m.stack],
        symbolSize: (style.projector ? 16 : 10) * (selected ? 1.5 : 1),
        itemStyle: {
          color: selected ? ink.accent : ink.muted,
          borderColor: selected ? ink.text : ink.surface,
          borderWidth: selected ? 2 : 1,
        },
      };
    }),
    markLine: cursorLine(false),
    emphasis: { scale: 1.4 },
    z: 5,
  };

  const yearSummary = (year: number) => {
    const p = byYear.get(year);
    const lines: string[] = [`<b>${escapeHtml(year)}</b>`];
    if (!p) {
      lines.push(escapeHtml(missing));
    } else {
      for (const id of shown) {
        lines.push(
          `<span style="color:${LINE_STYLE[id].colour}">●</span> ${escapeHtml(lineName(id, t))}: <b>${escapeHtml(valueOf(id, metricOf[id](p)))}</b>`,
        );
      }
      for (const r of MAIN_REGIONS) {
        lines.push(
          `${escapeHtml(t(`region.${r}`))}: ${escapeHtml(formatYuan100m(p.totals[r], lang, missing))}`,
        );
      }
      if (p.missing.length) {
        const names = p.missing.map((a) => {
          const n = model.provinceNames.get(a);
          return n ? pick(n, lang) : a;
        });
        lines.push(escapeHtml(t('trend.tooltip.missing', { names: names.join(sep) })));
      }
      const meta = model.yearMeta.get(year);
      if (meta) {
        const vint = meta.vintages.map((v) =>
          model.vintageLabels.has(v) ? pick(model.vintageLabels.get(v)!, lang) : v,
        );
        lines.push(escapeHtml(t('trend.tooltip.vintage', { list: vint.join(sep) })));
        const pubs = [
          ...new Set(
            meta.sourceIds.map((id) => {
              const pub = model.publishers.get(id);
              return pub ? pick(pub, lang) : id;
            }),
          ),
        ];
        lines.push(escapeHtml(t('trend.tooltip.sources', { list: pubs.join(sep) })));
      }
    }
    for (const c of model.baseChanges) {
      if (year > c.fromYear && year <= c.toYear) lines.push(`† ${escapeHtml(pick(c.note, lang))}`);
    }
    for (const c of model.claims) {
      if (year >= c.claim.years[0] && year <= c.claim.years[1]) {
        lines.push(
          `${circled(c.n)} ${escapeHtml(claimLabel(c, t, lang).replace('\n', ' · ').slice(2))}`,
        );
      }
    }
    lines.push(`<i>${escapeHtml(t('trend.tooltip.click'))}</i>`);
    return lines.join('<br/>');
  };

  const policySummary = (year: number) => {
    const docs = model.markers.filter((m) => m.year === year);
    if (!docs.length) return '';
    return [
      `<b>${escapeHtml(t('trend.tooltip.policies', { year }))}</b>`,
      ...docs.map(
        (m) =>
          `◆ ${escapeHtml(m.policy.date)} ${escapeHtml(pick(m.policy.title, lang))} — ${escapeHtml(pick(m.policy.issuer, lang))}`,
      ),
      `<i>${escapeHtml(t('trend.policy.click'))}</i>`,
    ].join('<br/>');
  };

  return {
    animation: !style.reducedMotion,
    aria: { enabled: true, decal: { show: true } },
    // Canvas text cannot 'inherit': name the app's font stack (an invalid font string would fall
    // back to 10px sans-serif).
    textStyle: { fontSize: font, fontFamily: FONT_FAMILY },
    // Exactly these margins ('none'): ECharts would otherwise shrink a grid whose labels or name
    // overflow the chart, and only that one, so the strip's years would drift from the ratio's,
    // and from the cursor, which is placed from these numbers. (It also saves the estimate.)
    grid: [
      {
        left,
        right,
        top,
        bottom: stripHeight + axisLabelSpace + GRID_GAP + layout.extraHeight,
        outerBoundsMode: 'none' as const,
      },
      {
        left,
        right,
        height: stripHeight,
        bottom: axisLabelSpace,
        outerBoundsMode: 'none' as const,
      },
      ...(layout.share
        ? [
            {
              left,
              right,
              height: layout.shareHeight,
              bottom: stripHeight + axisLabelSpace + GRID_GAP,
              outerBoundsMode: 'none' as const,
            },
          ]
        : []),
    ],
    xAxis: [
      {
        ...xAxisBase,
        gridIndex: 0,
        axisLabel: { show: false },
        axisTick: { show: false, customValues: tickYears },
        splitLine: { show: true, lineStyle: { color: ink.grid } },
        axisPointer: { show: true, snap: true, label: { show: false } },
      },
      {
        ...xAxisBase,
        gridIndex: 1,
        axisLabel: {
          fontSize: font,
          color: ink.muted,
          customValues: tickYears,
          formatter: (v: number) => String(v),
        },
        axisTick: { customValues: tickYears },
        splitLine: { show: false },
        axisPointer: { show: true, snap: true, label: { show: false } },
      },
      ...(layout.share
        ? [
            {
              ...xAxisBase,
              gridIndex: 2,
              axisLabel: { show: false },
              axisTick: { show: false, customValues: tickYears },
              splitLine: { show: true, lineStyle: { color: ink.grid } },
              axisPointer: { show: true, snap: true, label: { show: false } },
            },
          ]
        : []),
    ],
    yAxis: [
      {
        type: 'value' as const,
        gridIndex: 0,
        ...(ratioAxis ?? { scale: true }),
        name: t('trend.axis.ratio'),
        // On the chart's first line, above the year cursor's label (which sits on the grid).
        nameGap: font * 1.6 + 10,
        nameTextStyle: { fontSize: font, color: ink.muted, align: 'left' as const },
        axisLabel: {
          fontSize: font,
          color: ink.muted,
          formatter: (v: number) => formatRatio(v, lang, { digits: 2 }),
        },
        splitLine: { lineStyle: { color: ink.grid } },
      },
      {
        type: 'value' as const,
        gridIndex: 1,
        min: -0.7,
        max: maxStack - 0.3,
        show: true,
        name: stripName(t),
        nameLocation: 'middle' as const,
        nameRotate: 0,
        nameGap: STRIP_NAME_GAP,
        nameTextStyle: { fontSize: font, color: ink.muted, align: 'right' as const },
        axisLabel: { show: false },
        axisTick: { show: false },
        axisLine: { show: false },
        splitLine: { show: false },
      },
      ...(layout.share
        ? [
            {
              type: 'value' as const,
              gridIndex: 2,
              ...(shareAxis ?? { scale: true }),
              name: lineName('westShare', t),
              nameGap: 8,
              nameTextStyle: { fontSize: font, color: ink.muted, align: 'left' as const },
              axisLabel: {
                fontSize: font,
                color: ink.muted,
                formatter: (v: number) => formatShare(v, lang),
              },
              splitLine: { lineStyle: { color: ink.grid } },
            },
          ]
        : []),
    ],
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    tooltip: {
      trigger: 'axis' as const,
      confine: true,
      axisPointer: {
        type: 'line' as const,
        lineStyle: { color: ink.rule, type: 'dashed' as const },
      },
      textStyle: { fontSize: font },
      formatter: (raw: unknown) => {
        const params = (Array.isArray(raw) ? raw : [raw]) as {
          seriesId?: string;
          axisValue?: number;
        }[];
        const first = params[0];
        if (!first || typeof first.axisValue !== 'number') return '';
        const year = Math.round(first.axisValue);
        if (first.seriesId === 'policies') return policySummary(year);
        return yearSummary(year);
      },
    },
    series: [...withAnnotations, claimNotes, policySeries],
  };
}

export type TrendOption = ReturnType<typeof buildTrendOption>;
