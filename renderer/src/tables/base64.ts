// A chosen file's bytes as base64 for the API (the contract carries files as base64 strings). The
// browser's own encoder (a data: URL) is used: it is native and fast for a 16 MB file.
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}
