import { describe, expect, it } from 'vitest';
import { previewOffset, previewUrl } from '../../../src/app/slide-preview';

describe("the speaker window's previews", () => {
  it('are told apart from the audience window by their hash only', () => {
    expect(previewOffset('#preview')).toBe(0);
    expect(previewOffset('#preview-next')).toBe(1);
    expect(previewOffset('')).toBeUndefined();
    expect(previewOffset('#speaker')).toBeUndefined();
    expect(previewOffset('#preview-2')).toBeUndefined();
  });

  it("open on the speaker's address at the step shown and the one after, keeping the rest", () => {
    const at = { pathname: '/atlas/', search: '?present=4&lang=en&theme=projector' };
    expect(previewUrl(at, 4, 0)).toBe('/atlas/?present=4&lang=en&theme=projector#preview');
    expect(previewUrl(at, 4, 1)).toBe('/atlas/?present=5&lang=en&theme=projector#preview-next');
  });
});
