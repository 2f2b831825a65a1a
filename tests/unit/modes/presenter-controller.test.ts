import { describe, expect, it } from 'vitest';
import { commandForKey, progressOf, stepAfter } from '../../../src/modes/presenter/controller';

describe('presenter controller', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Backspace', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['b', 'blank'],
    ['.', 'blank'],
    ['Escape', 'exit'],
    ['s', 'notes'],
  ])('maps the clicker key %j to %s', (key, command) => {
    expect(commandForKey(key)).toBe(command);
  });

  it('ignores other keys', () => {
    expect(commandForKey('x')).toBeNull();
    expect(commandForKey('Tab')).toBeNull();
  });

  it('moves one step and stops at both ends', () => {
    expect(stepAfter(1, 12, 'next')).toBe(2);
    expect(stepAfter(12, 12, 'next')).toBe(12);
    expect(stepAfter(1, 12, 'prev')).toBe(1);
    expect(stepAfter(5, 12, 'prev')).toBe(4);
    expect(stepAfter(5, 12, 'first')).toBe(1);
    expect(stepAfter(5, 12, 'last')).toBe(12);
  });

  it('clamps a step number from a stale link to the story', () => {
    expect(stepAfter(40, 12, 'next')).toBe(12);
    expect(stepAfter(40, 12, 'prev')).toBe(11);
    expect(stepAfter(3, 0, 'next')).toBe(1);
  });

  it('reports progress', () => {
    expect(progressOf(3, 12)).toEqual({ label: '3 / 12', fraction: 0.25 });
  });
});
