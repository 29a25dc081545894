import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontBytes, fontFile } from '../../printers/raster/fonts';
import { scriptRuns } from '../../printers/pdf/text';

/** The fonts come from npm packages (so a Windows counter PC needs none installed) and convert cleanly. */
describe('bundled fonts', () => {
  it('are Noto from @fontsource, and their WOFF converts to TrueType fontkit reads', () => {
    expect(fontFile('deva')).toMatch(/node_modules[\\/]@fontsource[\\/]noto-sans-devanagari[\\/]files[\\/].+\.woff$/);
    const deva = fontkit.create(fontBytes('deva'));
    const latin = fontkit.create(fontBytes('latinBold'));
    expect('familyName' in deva && deva.familyName).toBe('Noto Sans Devanagari');
    expect('familyName' in latin && latin.familyName).toBe('Noto Sans');
    if (!('hasGlyphForCodePoint' in deva) || !('layout' in deva)) throw new Error('not a single font');
    expect(deva.hasGlyphForCodePoint(0x20b9)).toBe(true); // ₹
    expect(deva.hasGlyphForCodePoint(0x0964)).toBe(true); // । the Hindi full stop
    // shaping works on the converted font: श्री is fewer glyphs than its 4 code points
    expect(deva.layout('श्री').glyphs.length).toBeLessThan(4);
  });

  it('splits text into runs each font can draw; punctuation stays Latin', () => {
    expect(scriptRuns('Atta आटा 5 किलो, ₹285')).toEqual([
      { script: 'latin', text: 'Atta ' },
      { script: 'deva', text: 'आटा ' },
      { script: 'latin', text: '5 ' },
      { script: 'deva', text: 'किलो' },
      { script: 'latin', text: ', ' },
      { script: 'deva', text: '₹' },
      { script: 'latin', text: '285' },
    ]);
    // The danda is "common" to Indian scripts in Unicode, and only the Devanagari font draws it.
    expect(scriptRuns('बराबर हैं।')).toEqual([{ script: 'deva', text: 'बराबर हैं।' }]);
  });
});
