/**
 * A picked evidence file's fingerprint, computed in the browser (crypto.subtle): only its name, size, SHA-256 and
 * modification time leave this function; the file itself is read here and goes nowhere.
 */
import type { RecordEvidence } from '../../../engine/record';

function bytesOf(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as ArrayBuffer);
    reader.onerror = () => fail(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const localTime = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

export async function fingerprintFile(file: File): Promise<RecordEvidence> {
  const digest = await crypto.subtle.digest('SHA-256', await bytesOf(file));
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return {
    item: file.name,
    size: file.size,
    sha256,
    ...(file.lastModified ? { modified: localTime(new Date(file.lastModified)) } : {}),
  };
}
