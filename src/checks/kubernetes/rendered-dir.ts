import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What each overlay built to (origin annotations removed), by overlay path relative to the root. */
export type Rendered = Map<string, string>;

/** Writes one file per overlay, its path flattened into the name (`overlays/prod` → `overlays__prod.yaml`). */
export async function writeRendered(rendered: Rendered, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [rel, text] of rendered) await writeFile(path.join(dir, `${rel === '.' ? 'root' : rel.replace(/\//g, '__')}.yaml`), text);
}
