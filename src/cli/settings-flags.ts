// The command-line flags that set what a section of .portarium-infra.yml sets, as one overlay: the
// flags win over the file, through overlaySettings and nowhere else.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../path-guard.js';
import { UsageError } from '../report/finding.js';
import type { SettingsOverlay } from '../settings/config.js';

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

const strings = (v: unknown) => v as string[] | undefined;
const text = (v: unknown) => v as string | undefined;

function oneOf<T extends string>(flag: string, v: unknown, values: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(values as readonly unknown[]).includes(v)) throw new UsageError(`--${flag} must be ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]} (got "${String(v)}")`);
  return v as T;
}

export function flagSettings(command: string, values: Values, root: string, cwd: string): SettingsOverlay {
  switch (command) {
    case 'compose':
      return {
        compose: {
          files: strings(values['file'])?.map((f) => resolveInside(root, cwd, f, '--file')),
          envFiles: strings(values['env-file'])?.map((f) => path.resolve(cwd, f)),
          profiles: strings(values['profile']),
        },
      };
    case 'terraform-fmt': {
      if (values['write'] && values['diff']) throw new UsageError('--write and --diff are exclusive');
      return {
        terraform: {
          mode: values['write'] ? 'write' : values['diff'] ? 'diff' : undefined,
          engine: oneOf('engine', values['engine'], ['builtin', 'terraform', 'tofu'] as const),
          exclude: strings(values['exclude']),
        },
      };
    }
    case 'kustomize': {
      const timeout = text(values['timeout']);
      if (timeout !== undefined && !(Number(timeout) > 0)) throw new UsageError(`--timeout must be a positive number of seconds (got "${timeout}")`);
      return {
        kubernetes: {
          manifests: strings(values['manifests']),
          kubernetesVersions: strings(values['kubernetes-version']),
          engine: oneOf('engine', values['engine'], ['builtin', 'kubeconform'] as const),
          schemaLocations: strings(values['schema-location']),
          skipKinds: strings(values['skip']),
          rejectKinds: strings(values['reject']),
          ignoreMissingSchemas: values['ignore-missing-schemas'] ? true : undefined,
          strict: values['non-strict'] ? false : undefined,
          allowRemoteBases: values['allow-remote-bases'] ? true : undefined,
          baseRef: text(values['base-ref']),
          renderedDir: values['rendered-dir'] ? path.resolve(cwd, text(values['rendered-dir'])!) : undefined,
          timeoutMs: timeout === undefined ? undefined : Math.round(Number(timeout) * 1000),
        },
      };
    }
    case 'images':
      return { images: { registry: text(values['push']) || undefined } };
    default:
      return {};
  }
}

/** A file given on the command line must live inside the scanned root: findings are relative to it. */
function resolveInside(root: string, cwd: string, file: string, flag: string): string {
  const abs = path.resolve(cwd, file);
  let real = abs;
  try {
    real = realpathSync(abs);
  } catch {
    // A missing file is reported by the check with its name; only the location is judged here.
  }
  if (!isInside(root, real)) throw new UsageError(`${flag} ${file}: refused, the file is outside ${root}`);
  return real;
}
