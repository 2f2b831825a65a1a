// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoryStep } from '../../../src/data/schema/story';
import {
  captureStep,
  edit,
  editTalk,
  readTalk,
  redo,
  talkFile,
  undo,
  useTalk,
} from '../../../src/state/own-talk';
import { useAtlas } from '../../../src/state/store';

const bundled = () =>
  (
    JSON.parse(readFileSync(resolve(process.cwd(), 'data/story.json'), 'utf8')) as {
      steps: StoryStep[];
    }
  ).steps;

const captured = (year: number) =>
  captureStep(
    'map',
    {
      ...useAtlas.getInitialState(),
      year,
      shade: 'gdp',
      drill: '520000',
      models: ['policy-driven'],
    },
    { lang: 'en', takeaway: `${year}: 43 relationships`, sourceIds: ['nbs-yearbook'] },
  );

beforeEach(() => {
  localStorage.clear();
  useTalk.setState({ steps: [], past: [], future: [] });
});

describe("a step of the reader's own talk", () => {
  it('records the view and the whole state it shows, only what differs from the default', () => {
    const step = captured(2016);
    expect(step.view).toBe('map');
    expect(step.state).toEqual({
      year: 2016,
      models: ['policy-driven'],
      shade: 'gdp',
      drill: '520000',
    });
    // The view's name and year in both languages; the takeaway in the language it was read in.
    expect(step.title).toEqual({ zh: '协作流向地图 · 2016', en: expect.stringContaining('2016') });
    expect(step.caption).toEqual({ zh: '', en: '2016: 43 relationships' });
    expect(step.sourceIds).toEqual(['nbs-yearbook']);
  });
});

describe('editing the talk', () => {
  const three = () =>
    [captured(2005), captured(2016), captured(2021)].map((s, i) => ({ ...s, id: `s${i}` }));

  it('moves, duplicates and removes steps, and ignores what cannot apply', () => {
    const steps = three();
    const moved = editTalk(steps, { kind: 'move', index: 2, by: -1 });
    expect(moved.map((s) => s.id)).toEqual(['s0', 's2', 's1']);
    expect(editTalk(steps, { kind: 'move', index: 0, by: -1 })).toBe(steps);
    const dup = editTalk(steps, { kind: 'duplicate', index: 0 });
    expect(dup.map((s) => s.state.year)).toEqual([2005, 2005, 2016, 2021]);
    expect(new Set(dup.map((s) => s.id)).size).toBe(4);
    expect(editTalk(steps, { kind: 'remove', index: 1 }).map((s) => s.id)).toEqual(['s0', 's2']);
    expect(editTalk(steps, { kind: 'remove', index: 9 })).toBe(steps);
  });

  it('writes each language of a text on its own; notes blank in both are no notes', () => {
    const steps = three();
    const zh = editTalk(steps, {
      kind: 'text',
      index: 1,
      field: 'caption',
      lang: 'zh',
      value: '二〇一六年',
    });
    expect(zh[1]!.caption).toEqual({ zh: '二〇一六年', en: '2016: 43 relationships' });
    const noted = editTalk(steps, {
      kind: 'text',
      index: 0,
      field: 'notes',
      lang: 'en',
      value: 'Pause.',
    });
    expect(noted[0]!.notes).toEqual({ zh: '', en: 'Pause.' });
    expect(
      editTalk(noted, { kind: 'text', index: 0, field: 'notes', lang: 'en', value: ' ' })[0]!.notes,
    ).toBeNull();
  });

  it('undoes and redoes every edit; typing in one field is one edit', () => {
    edit({ kind: 'add', step: captured(2005) });
    edit({ kind: 'add', step: captured(2016) });
    edit({ kind: 'text', index: 0, field: 'title', lang: 'en', value: 'A' }, 1000);
    edit({ kind: 'text', index: 0, field: 'title', lang: 'en', value: 'Ab' }, 1500);
    edit({ kind: 'text', index: 0, field: 'title', lang: 'en', value: 'Abc' }, 2000);
    edit({ kind: 'move', index: 1, by: -1 });
    expect(useTalk.getState().steps.map((s) => s.state.year)).toEqual([2016, 2005]);
    undo();
    expect(useTalk.getState().steps[0]!.title.en).toBe('Abc');
    undo();
    expect(useTalk.getState().steps[0]!.title.en).toBe(captured(2005).title.en);
    undo();
    undo();
    expect(useTalk.getState().steps).toEqual([]);
    undo();
    redo();
    redo();
    redo();
    expect(useTalk.getState().steps[0]!.title.en).toBe('Abc');
  });

  it('is kept in this browser, as a story file, and read back when valid only', () => {
    edit({ kind: 'add', step: captured(2016) });
    expect(JSON.parse(localStorage.getItem('atlas-own-talk')!)).toEqual(
      talkFile(useTalk.getState().steps),
    );
    // One language may be blank: still a valid talk, kept.
    edit({ kind: 'text', index: 0, field: 'title', lang: 'zh', value: '' }, 10_000);
    const kept = JSON.parse(localStorage.getItem('atlas-own-talk')!);
    expect(kept.steps[0].title.zh).toBe('');
    // A title wiped in both languages (being retyped) is not kept: the last valid talk stays.
    edit({ kind: 'text', index: 0, field: 'title', lang: 'en', value: '' }, 20_000);
    expect(useTalk.getState().steps[0]!.title).toEqual({ zh: '', en: '' });
    expect(JSON.parse(localStorage.getItem('atlas-own-talk')!)).toEqual(kept);
  });
});

describe('opening a talk file', () => {
  it('reads the bundled story whole: the same format', () => {
    const read = readTalk({ steps: bundled() });
    expect(read.issues).toEqual([]);
    expect(read.steps).toHaveLength(bundled().length);
  });

  it('loads the valid steps and says why each other one was left out', () => {
    const [a, b, c] = bundled();
    const bad = { ...b!, view: 'globe' };
    const worse = { ...c!, state: { year: 1800 } };
    const read = readTalk({ steps: [a, bad, worse] });
    expect(read.steps.map((s) => s.id)).toEqual([a!.id]);
    expect(read.issues.map((i) => [i.path[1], i.reason.code])).toEqual([
      [1, 'enum'],
      [2, 'range'],
    ]);
  });

  it('gives no steps for what is not a talk', () => {
    expect(readTalk({ slides: [] }).steps).toEqual([]);
    expect(readTalk(null).steps).toEqual([]);
    expect(readTalk({ steps: 'many' }).issues.length).toBeGreaterThan(0);
  });
});
