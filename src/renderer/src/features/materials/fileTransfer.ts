/**
 * Files cross the API as base64 inside JSON (both transports carry JSON only): read a picked file into
 * base64 with progress, and turn a downloaded payload back into a file the browser saves.
 */

export function readFileAsBase64(file: Blob, onProgress?: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    reader.onerror = () => reject(new Error('无法读取所选文件。'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      onProgress?.(100);
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.readAsDataURL(file);
  });
}

export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers the bytes to the user as a download named `fileName`. */
export function saveFile(fileName: string, mediaType: string, data: string): void {
  const blob = new Blob([base64ToBytes(data)], { type: mediaType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has started the download when click() returns; keep the URL a moment for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
