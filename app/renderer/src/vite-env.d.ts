// Vite turns `import url from '…?url'` into the asset's served address (the zxing .wasm).
declare module '*?url' {
  const url: string;
  export default url;
}

// The Barcode Detection API (Chrome on Android, ChromeOS, macOS): not yet in TypeScript's DOM types.
interface DetectedBarcode {
  rawValue: string;
  format: string;
}
interface BarcodeDetector {
  detect(source: CanvasImageSource | ImageData): Promise<DetectedBarcode[]>;
}
declare const BarcodeDetector: {
  new (options?: { formats?: string[] }): BarcodeDetector;
  getSupportedFormats(): Promise<string[]>;
};
