import { useMemo } from 'react';
import { encode } from 'uqr';

/** A QR code as SVG squares: sharp at any size, on a second monitor, a tablet or a printout. */
export function QrCode({ data, label, className, testId }: { data: string; label: string; className: string; testId: string }) {
  const qr = useMemo(() => encode(data, { ecc: 'M', border: 2 }), [data]);
  const cells: string[] = [];
  qr.data.forEach((row, y) => row.forEach((dark, x) => dark && cells.push(`M${x} ${y}h1v1h-1z`)));
  return (
    <svg className={className} viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label} data-testid={testId} shapeRendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  );
}
