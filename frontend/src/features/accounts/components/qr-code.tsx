import { encode } from 'uqr';

/**
 * A QR code drawn here, in the browser, as SVG: the two-factor secret never leaves the page for a
 * remote QR service. Black on white with a quiet zone, as authenticator apps expect.
 */
export function QrCode({
  text,
  label,
  size = 200,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  const n = data.length;
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${n} ${n}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      className="hb-qr"
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
