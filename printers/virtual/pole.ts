import { POLE_COLUMNS } from '../pole/encode';

/**
 * What a 2 × 20 pole display shows after these bytes, for tests and the virtual printer. Throws
 * on a command a pole display would not understand.
 */
export function decodePole(bytes: Uint8Array): [string, string] {
  const screen = [Array<string>(POLE_COLUMNS).fill(' '), Array<string>(POLE_COLUMNS).fill(' ')];
  let x = 0;
  let y = 0;
  const clear = () => screen.forEach((row) => row.fill(' '));
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i] ?? 0;
    if (c === 0x1b && bytes[i + 1] === 0x40) {
      clear();
      x = y = 0;
      i += 1;
    } else if (c === 0x0c) {
      clear();
      x = y = 0;
    } else if (c === 0x0b) x = y = 0;
    else if (c === 0x1f && bytes[i + 1] === 0x24) {
      x = (bytes[i + 2] ?? 1) - 1;
      y = (bytes[i + 3] ?? 1) - 1;
      i += 3;
    } else if (c === 0x0d) x = 0;
    else if (c === 0x0a) y = Math.min(1, y + 1);
    else if (c >= 0x20 && c < 0x7f) {
      const row = screen[y];
      if (row && x < POLE_COLUMNS) row[x] = String.fromCharCode(c);
      x += 1;
    } else throw new Error(`a pole display does not know byte 0x${c.toString(16)} at ${i}`);
  }
  return [screen[0]?.join('') ?? '', screen[1]?.join('') ?? ''];
}
