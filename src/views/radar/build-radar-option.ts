import { pick, type Lang } from '../../i18n';
import { escapeHtml } from '../../lib/escape';
import { MODEL_STYLE, PATTERN_INK } from '../../lib/colours';
import { pageColours, withAlpha } from '../../lib/theme';
import type { ModelId } from '../../data/schema/common';
import type { Dimension, Model, ModelsFile, Score } from '../../data/schema/models';
import type { RadarT } from './messages';

/** What the reader has chosen that the radar depends on: the shared model selection. */
export interface RadarSelection {
  /** Selected models; empty = all, none highlighted. */
  models: readonly ModelId[];
  /** Dimensions a presenter step talks about: their names boxed, the others' greyed. */
  dimensions?: readonly string[];
}

/** How to draw: projector theme, reduced motion, a narrow box. */
export interface RadarTheme {
  projector: boolean;
  reducedMotion: boolean;
  compact: boolean;
}

/** The radar's scale: rubric levels 1–5, drawn from 0 so that a 1 is not the centre. */
export const SCORE_MAX = 5;

const FONT_FAMILY =
  "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/**
 * ECharts decal patterns for the three MODEL_STYLE decal kinds (the second cue after colour).
 * "none" is drawn as an invisible pattern so that aria's automatic decal does not add one.
 */
export const DECALS = {
  none: { symbol: 'rect', color: 'transparent', dashArrayX: 5, dashArrayY: 5 },
  stripes: {
    symbol: 'rect',
    color: withAlpha(PATTERN_INK, 0.45),
    dashArrayX: [1, 0],
    dashArrayY: [2, 5],
    rotation: -Math.PI / 4,
  },
  dots: {
    symbol: 'circle',
    symbolSize: 0.7,
    color: withAlpha(PATTERN_INK, 0.45),
    dashArrayX: [[5, 5]],
    dashArrayY: 5,
  },
} as const;

/** The score of one model on one dimension, or null when the data gives none. */
export function scoreOf(file: ModelsFile, model: ModelId, dimension: string): Score | null {
  return file.scores.find((s) => s.model === model && s.dimension === dimension) ?? null;
}

/** The models highlighted for a selection: the selected ones, or none when all are shown. */
export function highlightedModels(file: ModelsFile, selection: RadarSelection): ModelId[] {
  if (selection.models.length === 0) return [];
  return file.models.map((m) => m.id).filter((id) => selection.models.includes(id));
}

/**
 * A dimension's name as the radar shows it everywhere: a dimension the atlas added (not one of
 * the paper's axes) says so, "联动深度（增设）" / "Depth (added)".
 */
export function dimensionLabel(d: Dimension, t: RadarT, lang: Lang): string {
  const name = pick(d.name, lang);
  return d.origin === 'atlas' ? t('radar.dimension.addedName', { name }) : name;
}

/** Series id of a model, stable across updates (the wrapper replaces series by id). */
export const seriesId = (model: ModelId) => `model-${model}`;

function tooltipHtml(
  file: ModelsFile,
  model: Model,
  t: RadarT,
  lang: Lang,
  projector: boolean,
): string {
  const ink = pageColours(projector);
  const rows = file.dimensions.map((d) => {
    const s = scoreOf(file, model.id, d.id);
    const score = s
      ? `${t('radar.score', { score: s.score })} · ${t('radar.score.confidence', { level: t(`confidence.${s.confidence}`) })}`
      : t('missing.value');
    const reason = s
      ? `<div style="margin:2px 0 0">${escapeHtml(t('radar.reason', { reason: pick(s.reason, lang) }))}</div>`
      : '';
    const quote = s
      ? `<div style="margin:2px 0 0;color:${ink.text}">“${escapeHtml(pick(s.quote, lang))}”` +
        ` <span style="color:${ink.muted}">(${escapeHtml(s.quote.locator)})</span></div>`
      : '';
    return (
      `<div style="margin:6px 0 0"><b>${escapeHtml(dimensionLabel(d, t, lang))}: ${escapeHtml(score)}</b>` +
      `${reason}${quote}</div>`
    );
  });
  const size = projector ? 20 : 12;
  return (
    `<div style="max-width:${projector ? 720 : 420}px;white-space:normal;font-size:${size}px;line-height:1.35">` +
    `<b style="font-size:${size + 2}px;color:${MODEL_STYLE[model.id].colour}">${escapeHtml(pick(model.name, lang))}</b>` +
    `<div style="margin-top:4px;color:#555">${escapeHtml(t('radar.reading'))}</div>` +
    rows.join('') +
    (lang === 'en'
      ? `<div style="margin-top:6px;color:${ink.muted}">${escapeHtml(t('radar.translation'))}</div>`
      : '') +
    `<div style="margin-top:6px;color:${ink.muted}">${escapeHtml(t('radar.tooltip.click'))}</div>` +
    `</div>`
  );
}

/**
 * The radar option: one indicator per dimension (names in the current language, max 5), one
 * series per model in file order, coloured, dashed and patterned by MODEL_STYLE. Selected models
 * are drawn opaque and thicker, the others dimmed. Pure: no store, no window, no clock.
 */
export function buildRadarOption(
  file: ModelsFile,
  selection: RadarSelection,
  t: RadarT,
  lang: Lang,
  theme: RadarTheme,
) {
  const { projector, reducedMotion, compact } = theme;
  const ink = pageColours(projector);
  const highlighted = new Set(highlightedModels(file, selection));
  const anyHighlighted = highlighted.size > 0;
  const fontSize = projector ? 24 : compact ? 11 : 13;
  const baseWidth = projector ? 4 : 2;
  const wrapAt =
    lang === 'en'
      ? compact
        ? projector
          ? 8
          : 10
        : projector
          ? 12
          : 14
      : compact
        ? projector
          ? 4
          : 5
        : 8;

  const series = file.models.map((m) => {
    const style = MODEL_STYLE[m.id];
    const on = highlighted.has(m.id);
    const dim = anyHighlighted && !on;
    const values = file.dimensions.map((d) => scoreOf(file, m.id, d.id)?.score ?? '-');
    return {
      id: seriesId(m.id),
      name: pick(m.name, lang),
      type: 'radar' as const,
      colorBy: 'series' as const,
      z: on ? 3 : 2,
      symbol: style.dash === 'solid' ? 'circle' : style.dash === 'dashed' ? 'rect' : 'triangle',
      symbolSize: on ? (projector ? 14 : 9) : projector ? 10 : 6,
      itemStyle: {
        color: style.colour,
        opacity: dim ? 0.3 : 1,
        decal: DECALS[style.decal],
      },
      lineStyle: {
        color: style.colour,
        type: style.dash,
        width: on ? baseWidth * 2 : baseWidth,
        opacity: dim ? 0.3 : 1,
      },
      areaStyle: { color: style.colour, opacity: dim ? 0.05 : on ? 0.35 : 0.18 },
      emphasis: { focus: 'series' as const, lineStyle: { width: baseWidth * 2.5 } },
      data: [{ value: values, name: pick(m.name, lang), modelId: m.id }],
    };
  });

  return {
    aria: { enabled: true, decal: { show: true } },
    animation: !reducedMotion,
    animationDurationUpdate: reducedMotion ? 0 : 300,
    textStyle: { fontFamily: FONT_FAMILY, fontSize },
    legend: {
      show: !compact,
      bottom: 0,
      selectedMode: false,
      itemWidth: projector ? 48 : 28,
      itemHeight: projector ? 24 : 14,
      textStyle: { fontSize, color: ink.text },
      data: file.models.map((m) => pick(m.name, lang)),
    },
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      enterable: false,
      backgroundColor: ink.surface,
      borderColor: ink.text,
      textStyle: { color: ink.text, fontSize: projector ? 20 : 12 },
      formatter: (p: unknown) => {
        const id = (p as { data?: { modelId?: ModelId } }).data?.modelId;
        const m = file.models.find((x) => x.id === id);
        return m ? tooltipHtml(file, m, t, lang, projector) : '';
      },
    },
    radar: {
      center: ['50%', compact ? '50%' : '47%'],
      // Large projector type needs room round a narrow radar for its axis names.
      radius: compact ? (projector ? '36%' : '62%') : projector ? '56%' : '64%',
      startAngle: 90,
      splitNumber: SCORE_MAX,
      shape: 'polygon' as const,
      axisName: {
        color: ink.text,
        fontSize,
        fontWeight: 600 as const,
        formatter: (name?: string, ind?: { focus?: boolean }) => {
          const lines = wrapLabel(name ?? '', wrapAt);
          return ind?.focus ? lines.replace(/[^\n]+/g, (l) => `{focus|${l}}`) : lines;
        },
        rich: {
          focus: {
            color: ink.accentText,
            backgroundColor: ink.accent,
            fontSize,
            fontWeight: 700 as const,
            padding: [3, 6],
          },
        },
      },
      axisNameGap: projector ? 14 : 8,
      splitLine: { lineStyle: { color: ink.rule, width: projector ? 2 : 1 } },
      splitArea: { areaStyle: { color: [ink.surface, ink.band] } },
      axisLine: { lineStyle: { color: ink.rule, width: projector ? 2 : 1 } },
      axisLabel: {
        show: true,
        showMinLabel: false,
        color: ink.muted,
        fontSize: projector ? 20 : compact ? 10 : 11,
        // One axis carries the 1–5 scale; the others would crowd the centre.
      },
      indicator: file.dimensions.map((d, i) => ({
        name: dimensionLabel(d, t, lang),
        focus: selection.dimensions?.includes(d.id) ?? false,
        ...(selection.dimensions?.length && !selection.dimensions.includes(d.id)
          ? { color: ink.muted }
          : {}),
        min: 0,
        max: SCORE_MAX,
        axisLabel: { show: i === 0 },
      })),
    },
    series,
  };
}

/** One row of the accessible table: a model on a dimension, with its rationale. */
export interface RadarRow {
  key: string;
  model: Model;
  dimension: Dimension;
  score: Score | null;
}

/** The rows of the data table: exactly the scores drawn, model by dimension, in drawing order. */
export function radarRows(file: ModelsFile): RadarRow[] {
  return file.models.flatMap((m) =>
    file.dimensions.map((d) => ({
      key: `${m.id}/${d.id}`,
      model: m,
      dimension: d,
      score: scoreOf(file, m.id, d.id),
    })),
  );
}

/**
 * One sentence for screen readers: which model scores highest on which dimensions, ties named
 * together. Dimensions without any score are left out.
 */
export function summariseRadar(file: ModelsFile, t: RadarT, lang: Lang): string {
  const groups = new Map<string, { models: Model[]; dims: Dimension[] }>();
  for (const d of file.dimensions) {
    const scored = file.models
      .map((m) => ({ m, s: scoreOf(file, m.id, d.id)?.score ?? null }))
      .filter((x): x is { m: Model; s: number } => x.s !== null);
    if (scored.length === 0) continue;
    const top = Math.max(...scored.map((x) => x.s));
    const winners = scored.filter((x) => x.s === top).map((x) => x.m);
    const key = winners.map((m) => m.id).join('+');
    const g = groups.get(key) ?? { models: winners, dims: [] };
    g.dims.push(d);
    groups.set(key, g);
  }
  if (groups.size === 0) return t('radar.summary.none');
  const joinModels = (ms: Model[]) => {
    const names = ms.map((m) => pick(m.name, lang));
    if (names.length === 1) return names[0]!;
    return `${names.slice(0, -1).join(t('radar.summary.tie'))}${t('radar.summary.and')}${names[names.length - 1]}`;
  };
  const parts = [...groups.values()]
    .sort((a, b) => b.dims.length - a.dims.length)
    .map((g) =>
      t('radar.summary.item', {
        models: joinModels(g.models),
        dims: g.dims.map((d) => pick(d.name, lang)).join(t('radar.list.sep')),
      }),
    );
  return `${t('radar.summary.lead')}${parts.join(t('radar.summary.sep'))}${t('radar.summary.end')}`;
}

/** Rubric texts may start with their own level ("1：…", "1: …"); the list already numbers them. */
export function stripLevel(text: string, n: number): string {
  const m = new RegExp(`^\\s*${n}\\s*[：:.、．]\\s*`).exec(text);
  return m ? text.slice(m[0].length) : text;
}

/**
 * Breaks an axis name into lines of about `max` characters (ECharts does not wrap radar names):
 * at spaces when the text has them, else into even chunks (Chinese).
 */
export function wrapLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 1) {
    const lines: string[] = [];
    for (const w of words) {
      const last = lines[lines.length - 1];
      if (last !== undefined && last.length + 1 + w.length <= max)
        lines[lines.length - 1] = `${last} ${w}`;
      else lines.push(w);
    }
    return lines.join('\n');
  }
  const chars = [...text];
  const per = Math.ceil(chars.length / Math.ceil(chars.length / max));
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += per) lines.push(chars.slice(i, i + per).join(''));
  return lines.join('\n');
}
