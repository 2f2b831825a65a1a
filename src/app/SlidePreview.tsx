import { useState } from 'react';
import { useWidth } from '../ui/use-width';
import { previewUrl, type PreviewOffset } from './slide-preview';

/** The size the previewed slide is laid out at (a 16:9 projector), then scaled to its pane. */
const SLIDE = { width: 1280, height: 720 };

interface Props {
  /** The audience's step when the speaker window opened; the preview follows it from there. */
  step: number;
  offset: PreviewOffset;
  title: string;
}

/**
 * A live miniature of a slide: the presenter's own page in a frame, laid out at projector size
 * and scaled to the pane, so the speaker sees what the audience sees (or will see next).
 */
export function SlidePreview({ step, offset, title }: Props) {
  // Set once: the frame then follows the talk by itself, without reloading.
  const [src] = useState(() => previewUrl(window.location, step, offset));
  const [width, ref] = useWidth(SLIDE.width / 4);
  const scale = width / SLIDE.width;
  return (
    <div ref={ref} className="speaker__preview" style={{ height: SLIDE.height * scale }}>
      <iframe
        src={src}
        title={title}
        tabIndex={-1}
        width={SLIDE.width}
        height={SLIDE.height}
        style={{ transform: `scale(${scale})` }}
      />
    </div>
  );
}
