import { describe, expect, it } from 'vitest';
import {
  BASE_STEP_MS,
  createPlayController,
  type PlaySpeed,
} from '../../../src/ui/play-controller';

/** A fake clock: pending callbacks run when the test advances time. */
function fakeClock() {
  let now = 0;
  let queue: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 0;
  const schedule = (fn: () => void, ms: number) => {
    const id = nextId++;
    queue.push({ at: now + ms, fn, id });
    return () => {
      queue = queue.filter((q) => q.id !== id);
    };
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      queue.sort((a, b) => a.at - b.at);
      const first = queue[0];
      if (!first || first.at > end) break;
      queue.shift();
      now = first.at;
      first.fn();
    }
    now = end;
  };
  return { schedule, advance, pending: () => queue.length };
}

function setup(start: number, speed: PlaySpeed = 1) {
  const clock = fakeClock();
  let year = start;
  const steps: number[] = [];
  /** Which steps were the first of their run. */
  const firsts: boolean[] = [];
  const c = createPlayController({
    from: 2000,
    to: 2005,
    getYear: () => year,
    onStep: (y, first) => {
      year = y;
      steps.push(y);
      firsts.push(first);
    },
    schedule: clock.schedule,
    speed,
  });
  return { c, clock, steps, firsts, year: () => year, setYear: (y: number) => (year = y) };
}

describe('play controller', () => {
  it('advances one year per step interval while playing', () => {
    const { c, clock, steps } = setup(2001);
    c.play();
    expect(c.getState().playing).toBe(true);
    expect(steps).toEqual([]);
    clock.advance(BASE_STEP_MS);
    expect(steps).toEqual([2002]);
    clock.advance(BASE_STEP_MS * 2);
    expect(steps).toEqual([2002, 2003, 2004]);
  });

  it('stops at the end of the range and says so', () => {
    const { c, clock, steps } = setup(2003);
    c.play();
    clock.advance(BASE_STEP_MS * 10);
    expect(steps).toEqual([2004, 2005]);
    expect(c.getState().playing).toBe(false);
    expect(clock.pending()).toBe(0);
  });

  it('restarts from the start when one step or none is left', () => {
    const { c, clock, steps } = setup(2004);
    c.play();
    expect(steps).toEqual([2000]);
    clock.advance(BASE_STEP_MS);
    expect(steps).toEqual([2000, 2001]);
  });

  it('restarts from the start when played at the end', () => {
    const { c, clock, steps } = setup(2005);
    c.play();
    expect(steps).toEqual([2000]);
    clock.advance(BASE_STEP_MS);
    expect(steps).toEqual([2000, 2001]);
  });

  it('marks the first step of each run, so that each press of Play is one history entry', () => {
    const { c, clock, firsts } = setup(2000);
    c.play();
    clock.advance(BASE_STEP_MS * 2);
    c.pause();
    c.play();
    clock.advance(BASE_STEP_MS);
    expect(firsts).toEqual([true, false, true]);
    const atEnd = setup(2005);
    atEnd.c.play();
    atEnd.clock.advance(BASE_STEP_MS);
    expect(atEnd.firsts).toEqual([true, false]);
  });

  it('pauses without losing the year, and resumes from it', () => {
    const { c, clock, steps, year } = setup(2000);
    c.play();
    clock.advance(BASE_STEP_MS);
    c.pause();
    expect(c.getState().playing).toBe(false);
    clock.advance(BASE_STEP_MS * 5);
    expect(steps).toEqual([2001]);
    expect(year()).toBe(2001);
    c.toggle();
    clock.advance(BASE_STEP_MS);
    expect(steps).toEqual([2001, 2002]);
  });

  it('steps faster at 2× and slower at 0.5×, also when changed while playing', () => {
    const fast = setup(2000, 2);
    fast.c.play();
    fast.clock.advance(BASE_STEP_MS);
    expect(fast.steps).toEqual([2001, 2002]);

    const slow = setup(2000, 1);
    slow.c.play();
    slow.c.setSpeed(0.5);
    slow.clock.advance(BASE_STEP_MS);
    expect(slow.steps).toEqual([]);
    slow.clock.advance(BASE_STEP_MS);
    expect(slow.steps).toEqual([2001]);
    expect(slow.c.getState().speed).toBe(0.5);
  });

  it('follows a year changed from outside while playing', () => {
    const { c, clock, steps, setYear } = setup(2000);
    c.play();
    setYear(2003);
    clock.advance(BASE_STEP_MS);
    expect(steps).toEqual([2004]);
  });

  it('notifies subscribers of play, pause and speed, and stops on dispose', () => {
    const { c, clock, steps } = setup(2000);
    let calls = 0;
    const off = c.subscribe(() => calls++);
    c.play();
    c.setSpeed(2);
    c.pause();
    expect(calls).toBe(3);
    off();
    c.play();
    expect(calls).toBe(3);
    c.dispose();
    clock.advance(BASE_STEP_MS * 10);
    expect(steps).toEqual([]);
  });
});
