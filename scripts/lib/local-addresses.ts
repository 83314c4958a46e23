import fs from 'node:fs';
import path from 'node:path';

/** Files a reader or a machine reads as text; precompressed copies repeat them and are skipped. */
const TEXT_FILE = /\.(html|xml|json|csv|txt|js|css|svg|webmanifest)$/;

/** An address that only means "this machine": a preview leaking into a release. */
const LOCAL_ADDRESS = /(?:https?:)?\/\/(?:localhost|[\w.-]+\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[[0:]*:1?\])(?::\d+)?(?![\w.-])/gi;

export interface LocalAddress {
  /** Path relative to the scanned folder. */
  file: string;
  address: string;
  count: number;
}

/** Every local address written in the text files under `dir`, one entry per file and address. */
export function findLocalAddresses(dir: string): LocalAddress[] {
  const found: LocalAddress[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (TEXT_FILE.test(entry.name)) {
        const counts = new Map<string, number>();
        for (const match of fs.readFileSync(full, 'utf8').matchAll(LOCAL_ADDRESS)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
        for (const [address, count] of counts) found.push({ file: path.relative(dir, full).split(path.sep).join('/'), address, count });
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => a.file.localeCompare(b.file));
}
