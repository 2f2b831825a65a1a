import { useId } from 'react';
import { MODEL_STYLE, PATTERN_INK } from '../../lib/colours';
import type { ModelId } from '../../data/schema/common';

const DASH = { solid: undefined, dashed: '7 4', dotted: '2 3' } as const;

/**
 * A legend swatch drawn with both cues of MODEL_STYLE: the line dash and the fill pattern
 * (stripes / dots / plain), so the legend survives greyscale print and colour blindness.
 */
export function ModelSwatch({ model, size = 1 }: { model: ModelId; size?: number }) {
  const style = MODEL_STYLE[model];
  const id = `radar-pat-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const w = 34 * size;
  const h = 18 * size;
  return (
    <svg
      className="radar__swatch"
      width={w}
      height={h}
      viewBox="0 0 34 18"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        {style.decal === 'stripes' && (
          <pattern
            id={id}
            width="5"
            height="5"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="5" height="5" fill={style.colour} fillOpacity="0.3" />
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="5"
              stroke={PATTERN_INK}
              strokeOpacity="0.55"
              strokeWidth="2"
            />
          </pattern>
        )}
        {style.decal === 'dots' && (
          <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill={style.colour} fillOpacity="0.3" />
            <circle cx="2.5" cy="2.5" r="1.3" fill={PATTERN_INK} fillOpacity="0.55" />
          </pattern>
        )}
      </defs>
      <rect
        x="1"
        y="3"
        width="32"
        height="12"
        fill={style.decal === 'none' ? style.colour : `url(#${id})`}
        fillOpacity={style.decal === 'none' ? 0.3 : 1}
      />
      <line
        x1="1"
        y1="3"
        x2="33"
        y2="3"
        stroke={style.colour}
        strokeWidth="3"
        strokeDasharray={DASH[style.dash]}
      />
      <line
        x1="1"
        y1="15"
        x2="33"
        y2="15"
        stroke={style.colour}
        strokeWidth="3"
        strokeDasharray={DASH[style.dash]}
      />
    </svg>
  );
}
