/** The API carries files as base64 inside JSON; turn one back into bytes. */
function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

/** Offers an exported file (opinion, signature, compare exports) to the user as a download named `fileName`. */
export function downloadFile(file: { fileName: string; mediaType: string; data: string }): void {
  const blob = new Blob([base64ToBytes(file.data)], { type: file.mediaType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // click() only starts the download; a slow start still needs the address for a moment.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
