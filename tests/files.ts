import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file below a folder. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export const htmlFiles = (dir: string) => filesUnder(dir).filter((file) => file.endsWith('.html'));
