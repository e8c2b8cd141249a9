// How large a list-of-issues file may be. Real ones are well under 2 MB even as PDF; the cap keeps a
// mistaken pick (a video, a disk image) from being read into memory and sent through the API.
export const MAX_LOI_BYTES = 20 * 1024 * 1024;

export const fileTooLarge = (fileName: string, size: number) =>
  `${fileName} is ${(size / 1024 / 1024).toFixed(1)} MB; a list of issues is never larger than ${MAX_LOI_BYTES / 1024 / 1024} MB.`;
