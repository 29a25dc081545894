import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/**
 * Reads a barcode from a camera frame: the browser's own BarcodeDetector where it has one
 * (Chrome on Android), otherwise ZXing compiled to WebAssembly. The .wasm is served by this app
 * (bundled by Vite); zxing-wasm would fetch it from a CDN by default, which fails offline.
 */
export type FrameDecoder = (frame: ImageData) => Promise<string | null>;

const NATIVE_FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128', 'code_39', 'qr_code'];

export async function createFrameDecoder(): Promise<{ decode: FrameDecoder; engine: 'native' | 'zxing-wasm' }> {
  if ('BarcodeDetector' in window) {
    const supported = await BarcodeDetector.getSupportedFormats();
    const formats = NATIVE_FORMATS.filter((f) => supported.includes(f));
    if (formats.length > 0) {
      const detector = new BarcodeDetector({ formats });
      return { engine: 'native', decode: async (frame) => (await detector.detect(frame))[0]?.rawValue ?? null };
    }
  }
  const { prepareZXingModule, readBarcodes } = await import('zxing-wasm/reader');
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
    fireImmediately: true,
  });
  return {
    engine: 'zxing-wasm',
    decode: async (frame) => {
      const [found] = await readBarcodes(frame, {
        formats: ['EAN13', 'EAN8', 'UPCA', 'UPCE', 'Code128', 'Code39', 'QRCode'],
        tryHarder: true,
        maxNumberOfSymbols: 1,
      });
      return found?.isValid ? found.text : null;
    },
  };
}
