/**
 * What the pane offers for download: URL.createObjectURL and the anchor's
 * click are caught, and the saved .docx's text read back (jsdom's Blob has
 * no arrayBuffer(), so through FileReader).
 */
import JSZip from 'jszip';

export interface Saved {
  name: string;
  blob: Blob;
}

export function captureDownloads(): { saved: Saved[]; restore: () => void } {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (b: Blob) => {
    const url = `blob:${blobs.size + 1}`;
    blobs.set(url, b);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return { saved, restore: () => click.mockRestore() };
}

/** The text of a saved .docx's body (word/document.xml). */
export async function docxXml(blob: Blob): Promise<string> {
  const bytes = await new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}
