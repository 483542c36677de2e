// The images check's rules: their ids, default severities and one-line descriptions (documented in
// docs/rules/images.md). The build and push of src/images report under the same ids.
import { type RuleIdOf, defineRules } from '../../report/rules.js';

export type { RuleDef } from '../../report/rules.js';

export const IMAGES_RULES = defineRules('images', [
  { id: 'images/unpinned-base-image', severity: 'error', description: 'A base image (FROM, directly or through an ARG default) has neither a tag nor a digest.' },
  { id: 'images/latest-tag', severity: 'error', description: 'A base image uses the moving "latest" tag.' },
  { id: 'images/root-user', severity: 'error', description: 'The last USER of the final stage is root (root or 0).' },
  { id: 'images/missing-user', severity: 'warning', description: 'The final stage never sets USER, so the container runs as the base image\'s user (usually root).' },
  { id: 'images/missing-healthcheck', severity: 'warning', description: 'The final stage EXPOSEs a port (it is a service) but has no HEALTHCHECK.' },
  { id: 'images/remote-add', severity: 'error', description: 'ADD fetches a remote URL, which is not verified or cached; download in a RUN step with a checksum instead.' },
  { id: 'images/secret-in-arg-or-env', severity: 'error', description: 'An ARG or ENV is named like a secret (*_TOKEN, *_PASSWORD, *_SECRET, *_KEY); its value stays in the image history.' },
  { id: 'images/dockerfile-syntax', severity: 'error', description: 'The Dockerfile cannot be built as written (no FROM, an instruction before FROM, an unknown instruction, an unclosed heredoc).' },
  { id: 'images/deadline-exceeded', severity: 'error', description: "The check's time limit ran out before this image's Dockerfile was checked." },
  { id: 'images/missing-dockerfile', severity: 'error', description: 'An image listed in .portarium-infra.yml names a Dockerfile or context that does not exist, or a Dockerfile is a special file (/proc, a device, a FIFO).' },
  { id: 'images/context-outside-workspace', severity: 'error', description: 'In the actions: an image\'s build context or Dockerfile resolves outside the workspace (../x, /, a symlink out).' },
  { id: 'images/invalid-name', severity: 'error', description: 'An image name is not a valid reference even after lower-casing.' },
  { id: 'images/duplicate-name', severity: 'error', description: 'Two images have the same name, so their tags and manifest entries would overwrite each other.' },
  { id: 'images/build-failed', severity: 'error', description: 'The image did not build; the finding points at the failing instruction.' },
  { id: 'images/push-failed', severity: 'error', description: 'The image built but could not be pushed (registry unreachable, credentials refused, ...).' },
]);

export type ImagesRuleId = RuleIdOf<typeof IMAGES_RULES>;

export const RULES = IMAGES_RULES.rules;

export const { finding } = IMAGES_RULES;
