// Files in and out of the bundle screens: a picked or dropped file becomes base64 for the API, and
// signed bytes from the core leave as a download (Electron turns that into its save dialog).
export const BUNDLE_EXTENSION = '.tdbundle';

export function isBundleName(name: string): boolean {
  return name.toLowerCase().endsWith(BUNDLE_EXTENSION);
}

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function downloadBase64(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/x-treaty-desk-bundle' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens the system's file picker for one bundle; resolves with null when the user cancels. */
export const pickBundle = async (): Promise<File | null> => (await pickBundles(false))[0] ?? null;

/** Opens the system's file picker for bundles (several at once when `multiple`); none when the user cancels. */
export function pickBundles(multiple = true): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `${BUNDLE_EXTENSION},application/octet-stream`;
    input.hidden = true;
    input.multiple = multiple;
    input.setAttribute('data-testid', 'bundle-file-input');
    input.addEventListener('change', () => {
      resolve([...(input.files ?? [])]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}
