import { useEffect, useMemo } from 'react';
import type { Deck } from '../modes/presenter/pptx';

interface Props {
  deck: Deck;
  notesLabel: string;
}

/**
 * The talk as a printed handout: one A4 page per step with its picture, title, caption,
 * speaker notes and whole source line, then the references. Hidden on screen (presenter.css);
 * printing shows it instead of the slide.
 */
export function Handout({ deck, notesLabel }: Props) {
  const pictures = useMemo(
    () =>
      deck.slides.map((s) =>
        s.image ? URL.createObjectURL(new Blob([s.image.png], { type: 'image/png' })) : null,
      ),
    [deck],
  );
  useEffect(() => () => pictures.forEach((url) => url && URL.revokeObjectURL(url)), [pictures]);
  return (
    <div className="handout" lang={deck.lang}>
      {deck.slides.map((slide, i) => (
        <section className="handout__page" key={i}>
          <p className="handout__count">
            {deck.title} · {i + 1} / {deck.slides.length}
          </p>
          <h2>{slide.title}</h2>
          {pictures[i] && (
            <img
              src={pictures[i]!}
              alt={slide.image!.alt}
              width={slide.image!.width / 2}
              height={slide.image!.height / 2}
            />
          )}
          <p className="handout__caption">{slide.caption}</p>
          {slide.notes && (
            <>
              <h3>{notesLabel}</h3>
              <p className="handout__notes">{slide.notes}</p>
            </>
          )}
          <p className="handout__source">{slide.source}</p>
        </section>
      ))}
      <section className="handout__page">
        <h2>{deck.references.heading}</h2>
        {/* The lines carry their own [n], as in GB/T 7714. */}
        {deck.references.lines.map((line) => (
          <p className="handout__reference" key={line}>
            {line}
          </p>
        ))}
      </section>
    </div>
  );
}
