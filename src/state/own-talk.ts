import { create } from 'zustand';
import type { StoryStep } from '../data/schema/story';
import { storyFile } from '../data/schema/story';
import { parse, type Issue } from '../data/schema/kit';
import type { ViewId } from '../data/schema/story';
import { translator, type Lang } from '../i18n';
import type { SelectionSlice } from './store';

/**
 * The reader's own talk: steps captured from the dashboard, edited, played like the bundled
 * story. Kept in this browser's local storage only; saved and opened as a story file (the
 * schema of data/story.json). Editing is a pure function of the steps; the store keeps the
 * history for undo and redo.
 */
export type Edit =
  | { kind: 'add'; step: StoryStep }
  | {
      kind: 'text';
      index: number;
      field: 'title' | 'caption' | 'notes';
      lang: 'zh' | 'en';
      value: string;
    }
  | { kind: 'move'; index: number; by: -1 | 1 }
  | { kind: 'duplicate'; index: number }
  | { kind: 'remove'; index: number }
  | { kind: 'replace'; steps: readonly StoryStep[] };

/** A fresh id no other step of the talk has. */
export function freshId(steps: readonly StoryStep[], base: string): string {
  const taken = new Set(steps.map((s) => s.id));
  for (let n = steps.length + 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Applies one edit; an edit that cannot apply (an index out of range) changes nothing. */
export function editTalk(steps: readonly StoryStep[], edit: Edit): readonly StoryStep[] {
  const at = (i: number) => i >= 0 && i < steps.length;
  switch (edit.kind) {
    case 'add':
      return [...steps, { ...edit.step, id: freshId(steps, 'step') }];
    case 'text': {
      if (!at(edit.index)) return steps;
      return steps.map((s, i) => {
        if (i !== edit.index) return s;
        const before = s[edit.field] ?? { zh: '', en: '' };
        const after = { ...before, [edit.lang]: edit.value };
        // Notes written in neither language are no notes.
        const empty = edit.field === 'notes' && !after.zh.trim() && !after.en.trim();
        return { ...s, [edit.field]: empty ? null : after };
      });
    }
    case 'move': {
      const to = edit.index + edit.by;
      if (!at(edit.index) || !at(to)) return steps;
      const next = [...steps];
      [next[edit.index], next[to]] = [next[to]!, next[edit.index]!];
      return next;
    }
    case 'duplicate': {
      if (!at(edit.index)) return steps;
      const copy = { ...steps[edit.index]!, id: freshId(steps, 'step') };
      return [...steps.slice(0, edit.index + 1), copy, ...steps.slice(edit.index + 1)];
    }
    case 'remove':
      return at(edit.index) ? steps.filter((_, i) => i !== edit.index) : steps;
    case 'replace':
      return edit.steps;
  }
}

/** What a step of the reader's talk records of the selection: only what differs from the default. */
export function stepState(s: SelectionSlice): StoryStep['state'] {
  return {
    year: s.year,
    ...(s.models.length ? { models: [...s.models] } : {}),
    ...(s.programme ? { programme: s.programme } : {}),
    ...(s.province ? { province: s.province } : {}),
    ...(s.pairing ? { pairing: s.pairing } : {}),
    ...(s.policy ? { policy: s.policy } : {}),
    ...(s.shade !== 'region' ? { shade: s.shade } : {}),
    ...(s.overlay ? { overlay: s.overlay } : {}),
    ...(s.drill ? { drill: s.drill } : {}),
    ...(s.series.length ? { series: [...s.series] } : {}),
    ...(s.hub ? { hub: s.hub } : {}),
  };
}

const VIEW_TITLE = {
  map: 'view.map',
  trend: 'view.trend',
  timeline: 'view.timeline',
  radar: 'view.radar',
  hub: 'view.hub',
} as const;

/**
 * A step made from what the reader sees: the view and its whole state, the view's name and year
 * as its title in both languages, the view's one-line takeaway (in the language it was read in)
 * as its caption, and the view's sources.
 */
export function captureStep(
  view: ViewId,
  selection: SelectionSlice,
  seen: { lang: Lang; takeaway: string; sourceIds: readonly string[] },
): StoryStep {
  const title = (lang: Lang) => `${translator(lang)(VIEW_TITLE[view])} · ${selection.year}`;
  const key = seen.lang === 'en' ? 'en' : 'zh';
  return {
    id: 'step-1',
    view,
    state: stepState(selection),
    title: { zh: title('zh-CN'), en: title('en') },
    caption: { zh: '', en: '', [key]: seen.takeaway || title(seen.lang) },
    notes: null,
    sourceIds: [...seen.sourceIds],
  };
}

/** The talk as a story file: the same format and schema as data/story.json. */
export const talkFile = (steps: readonly StoryStep[]) => ({ steps: [...steps] });

/**
 * Reads a story file: the valid steps, and why each other one was left out. A file that is not a
 * story at all (not JSON, no steps) gives no steps and its issues.
 */
export function readTalk(json: unknown): { steps: StoryStep[]; issues: Issue[] } {
  const whole = parse(storyFile, json);
  if (whole.ok) return { steps: whole.value.steps, issues: [] };
  const raw = (json as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(raw)) return { steps: [], issues: whole.issues };
  // Step by step: the valid ones load; the others are listed with their reason.
  const steps: StoryStep[] = [];
  const issues: Issue[] = [];
  raw.slice(0, 100).forEach((step, i) => {
    const one = parse(storyFile, { steps: [step] });
    if (one.ok) steps.push(one.value.steps[0]!);
    else issues.push(...one.issues.map((x) => ({ ...x, path: ['steps', i, ...x.path.slice(2)] })));
  });
  return { steps, issues };
}

const STORAGE_KEY = 'atlas-own-talk';
const HISTORY = 100;

function stored(): readonly StoryStep[] {
  try {
    const text = globalThis.localStorage?.getItem(STORAGE_KEY);
    return text ? readTalk(JSON.parse(text)).steps : [];
  } catch {
    // Storage blocked or a damaged entry: start empty, never fail the atlas for it.
    return [];
  }
}

/** Whether the talk is a valid story file (a step's title or caption may be blank while typed). */
export const talkIsValid = (steps: readonly StoryStep[]) =>
  steps.length === 0 || parse(storyFile, talkFile(steps)).ok;

function keep(steps: readonly StoryStep[]) {
  // A talk mid-edit (a title wiped to be retyped) is not kept: the last valid one stays stored.
  if (!talkIsValid(steps)) return;
  try {
    if (steps.length)
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(talkFile(steps)));
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Full or blocked storage: the talk stays in this page; Save still works.
  }
}

interface TalkState {
  steps: readonly StoryStep[];
  past: (readonly StoryStep[])[];
  future: (readonly StoryStep[])[];
}

export const useTalk = create<TalkState>(() => ({ steps: stored(), past: [], future: [] }));

// Typing is one edit per field, not one per key: keys in the same field within a pause coalesce.
const TYPING_PAUSE_MS = 1500;
let typing: { field: string; at: number } | null = null;

/** Applies an edit, remembering the talk before it for undo. */
export function edit(e: Edit, now = Date.now()) {
  const { steps, past } = useTalk.getState();
  const next = editTalk(steps, e);
  if (next === steps) return;
  const field = e.kind === 'text' ? `${e.index}.${e.field}.${e.lang}` : null;
  const same = field !== null && typing?.field === field && now - typing.at < TYPING_PAUSE_MS;
  typing = field ? { field, at: now } : null;
  useTalk.setState({
    steps: next,
    past: same ? past : [...past, steps].slice(-HISTORY),
    future: [],
  });
  keep(next);
}

export function undo() {
  typing = null;
  const { steps, past, future } = useTalk.getState();
  const prev = past.at(-1);
  if (!prev) return;
  useTalk.setState({ steps: prev, past: past.slice(0, -1), future: [steps, ...future] });
  keep(prev);
}

export function redo() {
  const { steps, past, future } = useTalk.getState();
  const [next, ...rest] = future;
  if (!next) return;
  useTalk.setState({ steps: next, past: [...past, steps], future: rest });
  keep(next);
}
