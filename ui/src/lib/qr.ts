// A QR code drawn from the matrix of modules the core made: one SVG path, each run of dark
// modules in a row one rectangle, inside a light quiet zone, so that it scales without blur.
import type { QrCode } from './bindings';

/** The light margin round a QR code, in modules, that readers need to find it (the standard's 4). */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** The modules across, quiet zone included: the SVG's viewBox is 0 0 side side. */
  side: number;
  /** The dark modules as one path, in module units. */
  path: string;
}

/** The path of `qr`'s dark modules, offset by the quiet zone. */
export function qrDrawing(qr: QrCode, quiet: number = QUIET_ZONE): QrDrawing {
  const { size, modules } = qr;
  if (modules.length !== size * size) throw new Error(`a QR code of ${size}×${size} needs ${size * size} modules`);
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules[y * size + x]) x++;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`);
    }
  }
  return { side: size + 2 * quiet, path: parts.join('') };
}

/**
 * The drawn width in CSS pixels for a code of `side` modules: at least `least`, and a whole
 * number of pixels per module, so that every module is the same size on screen.
 */
export function qrPixels(side: number, least: number): number {
  return Math.ceil(least / side) * side;
}
