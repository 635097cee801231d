/**
 * Files cross the API as base64 inside JSON (both transports carry JSON only): read a picked file into
 * base64, reporting progress 0–100 (downloads go through lib/downloadFile).
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
