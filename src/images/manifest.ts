// The build manifest: what was built, by digest, for the deploy workflow to deploy by digest.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface BuildManifestEntry {
  /** Repository without tag: `ghcr.io/org/control-plane`. Deploy `${image}@${digest}`. */
  image: string;
  /** Registry manifest digest (manifest list digest for several platforms); local image id when not pushed. */
  digest: string;
  /** Tag names, without the repository. */
  tags: string[];
  platforms: string[];
}

export interface BuildManifest {
  images: Record<string, BuildManifestEntry>;
}

export async function writeBuildManifest(file: string, manifest: BuildManifest): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, JSON.stringify(manifest, null, 2) + '\n');
}
