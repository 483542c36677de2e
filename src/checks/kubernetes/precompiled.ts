import { brotliDecompressSync } from 'node:zlib';
import type { ValidateFunction } from 'ajv';
import type { KubernetesSchemaSource } from '../../tools/schemas.js';
import * as generated from './aot/validators.generated.js';
import { goRegExp } from './go-regexp.js';

/**
 * Validators for the bundled default schemas, compiled ahead of time by scripts/gen-k8s-validators.mjs:
 * ajv's code for the same options SchemaCompiler uses, so verdicts and errors are the same and a run
 * skips ajv's code generator (about a third of a `check` run).
 *
 * That code is executable. It comes only from the static import above, so from the package or the
 * bundle built from it, never from a file, a cache or a schema location a run reads; and it stands in
 * only for the exact schemas it was compiled from: a bundle source whose JSON has the same SHA-256
 * (alone, or serving its version for the tools venv of the same package). A directory of schemas, a
 * custom location or another version compiles at run time as before.
 */
export function precompiledFor(source: KubernetesSchemaSource, version: string, strict: boolean): PrecompiledSchemas | undefined {
  const id = generated.identity;
  // The tools venv of the same package serves the bundle's version from the bundle (tools/schemas.ts).
  const bundle = source.kind === 'bundle' ? source : source.bundled;
  if (bundle?.kind !== 'bundle' || bundle.digest !== id.digest || bundle.packageVersion !== id.packageVersion) return undefined;
  if (version !== id.kubernetesVersion || strict !== id.strict || !bundle.versions.includes(version)) return undefined;
  shared ??= new PrecompiledSchemas();
  return shared;
}

let shared: PrecompiledSchemas | undefined;

/**
 * Units (ajv scope values: validate functions, schema constants) are instantiated on first use with
 * everything they reach, and kept: kinds that share definitions (PodSpec, ObjectMeta) share the
 * instantiated functions, as they share compiled functions in one ajv instance.
 */
export class PrecompiledSchemas {
  private readonly values = new Map<number, unknown>();
  private readonly texts = new Map<number, string>();
  private readonly validators = new Map<string, ValidateFunction>();

  /** The validator for a packaged file (`deployment-apps-v1.json`), or undefined when it was not compiled ahead of time. */
  validator(file: string): ValidateFunction | undefined {
    const hit = this.validators.get(file);
    if (hit) return hit;
    if (!Object.hasOwn(generated.kinds, file)) return undefined;
    const entry = generated.kinds[file]!;
    this.instantiate(entry);
    const v = this.values.get(entry) as ValidateFunction;
    this.validators.set(file, v);
    return v;
  }

  private instantiate(entry: number): void {
    const fresh: number[] = [];
    const seen = new Set<number>();
    const stack = [entry];
    while (stack.length) {
      const i = stack.pop()!;
      if (seen.has(i) || this.values.has(i)) continue;
      seen.add(i);
      fresh.push(i);
      for (const d of generated.units[i]![4]) stack.push(d);
    }
    // The generator emits a unit after what it depends on (cycles are between hoisted functions).
    fresh.sort((a, b) => a - b);
    const reused = new Set<number>();
    for (const i of fresh) for (const d of generated.units[i]![4]) if (this.values.has(d)) reused.add(d);
    const name = (i: number) => generated.units[i]![0];
    const body = [
      `const {${[...reused].map(name).join(',')}} = __units;`,
      ...fresh.map((i) => this.code(i)),
      `return {${fresh.map(name).join(',')}};`,
    ].join('\n');
    const made = new Function('__units', 'goRegExp', body)(Object.fromEntries([...reused].map((i) => [name(i), this.values.get(i)])), goRegExp) as Record<string, unknown>;
    for (const i of fresh) this.values.set(i, made[name(i)]);
  }

  private code(i: number): string {
    const [, chunk, offset, length] = generated.units[i]!;
    let text = this.texts.get(chunk);
    if (text === undefined) {
      text = brotliDecompressSync(Buffer.from(generated.chunks[chunk]!, 'base64')).toString('utf8');
      this.texts.set(chunk, text);
    }
    return text.slice(offset, offset + length);
  }
}
