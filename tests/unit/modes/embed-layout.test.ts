import { describe, expect, it } from 'vitest';
import { VIEW_IDS } from '../../../src/data/schema/story';
import { embedBodyReserve, embedChartHeight, EMBED_NARROW } from '../../../src/modes/embed/layout';

describe('embed layout', () => {
  it('draws the map as tall as its width allows, within the frame’s budget', () => {
    expect(embedChartHeight('map', 320)).toBe(260);
    expect(embedChartHeight('map', 560)).toBe(Math.round((560 - 16) * 0.74));
    expect(embedChartHeight('map', 1600)).toBe(440);
  });

  it('gives narrow frames shorter charts and leaves the timeline and hub to size themselves', () => {
    expect(embedChartHeight('trend', EMBED_NARROW - 1)).toBeLessThan(
      embedChartHeight('trend', EMBED_NARROW),
    );
    expect(embedChartHeight('radar', 320)).toBeLessThan(embedChartHeight('radar', 640));
    expect(embedChartHeight('timeline', 640)).toBe(0);
    expect(embedChartHeight('hub', 640)).toBe(0);
  });

  it('reserves the chart and room for its text in every view and language', () => {
    for (const view of VIEW_IDS) {
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const width of [320, 640]) {
          const reserve = embedBodyReserve(view, width, lang);
          expect(reserve, `${view} ${lang} ${width}`).toBeGreaterThan(
            embedChartHeight(view, width) + 80,
          );
          // Within the height targets (≤ 900 px), leaving room for title and footer.
          expect(reserve, `${view} ${lang} ${width}`).toBeLessThanOrEqual(800);
        }
      }
    }
    // English words are longer: its text takes more room at the same width.
    expect(embedBodyReserve('hub', 640, 'en')).toBeGreaterThan(
      embedBodyReserve('hub', 640, 'zh-CN'),
    );
  });
});
