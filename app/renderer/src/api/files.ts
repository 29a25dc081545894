/** Saves bytes the way a browser saves a download (works in the desktop window and any browser). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves a file the host built (PDF, Excel, XML…), which travels through the API as base64. */
export function saveFile(file: { fileName: string; contentType: string; base64: string }) {
  saveBlob(new Blob([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], { type: file.contentType }), file.fileName);
}
