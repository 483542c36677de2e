// Building and pushing images (changes registries): metadata from the injected context, the builder
// (buildah or docker buildx), push, the build manifest. The plan and the Dockerfile rules it builds
// from are the read-only images check (src/checks/images).
//
//   const { manifest, findings } = await buildImages({
//     root, plan, builder: createBuilder({ kind: 'buildah' }), context, push: true,
//     credentials, tempDir: RUNNER_TEMP, manifestPath: 'build-manifest.json',
//   });
import { UsageError } from '../report/finding.js';
import type { Builder } from './builder.js';
import { BuildahBuilder, type BuildahOptions } from './builders/buildah.js';
import { BuildxBuilder, type BuildxOptions } from './builders/buildx.js';

export { computeMetadata, parseSemver, type BuildContext, type ImageMetadata, type MetadataInputs } from './metadata.js';
export { buildImages, type BuildImagesOptions, type BuildImagesResult, type ImageBuildOutcome } from './build.js';
export { writeBuildManifest, type BuildManifest, type BuildManifestEntry } from './manifest.js';
export { BuildFailure, type Builder, type BuildRequest, type BuildResult, type RegistryCredential } from './builder.js';
export { BuildahBuilder, buildahBudArgs, buildahPushArgs, type BuildahOptions } from './builders/buildah.js';
export { BuildxBuilder, buildxArgs, type BuildxCache, type BuildxOptions } from './builders/buildx.js';
export { makeBusyboxBase, busyboxVersion, type BusyboxBase, type BusyboxBaseOptions } from './builders/buildah-base.js';

export type BuilderChoice = ({ kind: 'buildah' } & BuildahOptions) | ({ kind: 'docker' } & BuildxOptions);

/** One constructor for both builders; `kind` picks buildah (daemonless) or docker buildx. */
export function createBuilder(choice: BuilderChoice): Builder {
  if (choice.kind === 'buildah') return new BuildahBuilder(choice);
  if (choice.kind === 'docker') return new BuildxBuilder(choice);
  throw new UsageError(`unknown builder "${(choice as { kind: string }).kind}" (expected buildah or docker)`);
}
