import { useMemo } from 'react';
import { encode } from 'uqr';
import { EXPORT_INK } from '../lib/colours';

/** A QR code of a link, rendered as SVG by React (no HTML strings), black on white paper. Loaded lazily. */
export default function QrCode({ text, label }: { text: string; label: string }) {
  const qr = useMemo(() => encode(text, { ecc: 'M', border: 2 }), [text]);
  const path = useMemo(() => {
    const parts: string[] = [];
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
      }),
    );
    return parts.join('');
  }, [qr]);
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={220}
      height={220}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill={EXPORT_INK.paper} />
      <path d={path} fill={EXPORT_INK.text} />
    </svg>
  );
}
