// Hands an exported file to the user: the bytes come from the core as base64 and leave as a Blob
// download, so the same code serves Electron (which shows its save dialog) and the browser.
import type { ExportedFile } from '../../../shared/export/types';

export function downloadFile(file: ExportedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy by then; keep the URL a while for slow save dialogs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
