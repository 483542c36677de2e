import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';

/**
 * The two Go programs compiled to WebAssembly that the builtin engine relies on:
 * - `@cdktf/hcl-tools` exposes hclwrite.Format from hcl v2.19.1 (the formatter terraform uses),
 * - `@cdktf/hcl2json` exposes hclsyntax.ParseConfig from hcl v2.23.0 (the syntax gate).
 *
 * Their own JS bridges load the .wasm at import time, poll with timers and locate assets through
 * `__dirname`, which breaks once bundled. We load the same assets directly instead, so the
 * bundle only needs the files listed in WASM_ASSETS copied next to it.
 */

type GoCallback = (err: unknown, result?: unknown) => void;
type GoFunction = (...args: unknown[]) => void;
type GoRoot = Record<string, GoFunction | undefined>;
// @types/node does not declare the WebAssembly global; this is the part used here.
interface WasmInstance {
  readonly exports: unknown;
}
/** A compiled WebAssembly.Module: can be sent to worker threads, which then share its code. */
export interface WasmModule {
  readonly __brand?: 'WebAssembly.Module';
}
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: unknown): Promise<WasmInstance>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface GoInstance {
  importObject: unknown;
  run(instance: WasmInstance): Promise<void>;
}
type GoConstructor = new () => GoInstance;

/** Asset files, as the lead copies them into `<bundle dir>/hcl-wasm/` for dist. */
export const WASM_ASSETS = {
  format: { pkg: '@cdktf/hcl-tools', file: 'main.wasm.gz', bundled: 'hcl-tools.wasm.gz' },
  parse: { pkg: '@cdktf/hcl2json', file: 'main.wasm.gz', bundled: 'hcl2json.wasm.gz' },
  runtime: { pkg: '@cdktf/hcl-tools', file: 'wasm/wasm_exec.js', bundled: 'wasm_exec.js' },
} as const;

export const BUNDLED_ASSET_DIR = 'hcl-wasm';

type AssetName = keyof typeof WASM_ASSETS;

/**
 * Finds an asset: first `<dir of the running module>/hcl-wasm/<bundled name>` (the layout of a
 * bundle in dist/), then `node_modules/<pkg>/<file>` in this directory or any parent (source tree).
 */
export function locateWasmAsset(name: AssetName, fromDir = moduleDir()): string {
  const asset = WASM_ASSETS[name];
  const tried: string[] = [];
  const bundled = path.join(fromDir, BUNDLED_ASSET_DIR, asset.bundled);
  tried.push(bundled);
  if (existsSync(bundled)) return bundled;
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', asset.pkg, asset.file);
    tried.push(candidate);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`terraform fmt: cannot find the ${asset.pkg} WebAssembly asset; looked at ${tried.slice(0, 3).join(', ')}, ...`);
}

function moduleDir(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

let goClass: GoConstructor | undefined;

/** Evaluates Go's wasm_exec.js once per thread and keeps the `Go` class it defines. */
function goRuntime(): GoConstructor {
  if (goClass) return goClass;
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = g.Go;
  const file = locateWasmAsset('runtime');
  runInThisContext(readFileSync(file, 'utf8'), { filename: file });
  goClass = g.Go as GoConstructor;
  if (previous === undefined) delete g.Go;
  else g.Go = previous;
  return goClass;
}

async function startGoProgram(module: WasmModule, rootName: string): Promise<GoRoot> {
  const Go = goRuntime();
  const go = new Go();
  const instance = await wasmApi.instantiate(module, go.importObject);
  const root: GoRoot = {};
  (globalThis as unknown as Record<string, unknown>)[rootName] = root;
  // main() registers its functions on `root` before it first blocks, which happens inside run().
  void go.run(instance);
  return root;
}

/** The Go functions call back synchronously; this turns that into a return value. */
function callGo(root: GoRoot, fn: string, args: unknown[]): { error?: unknown; result?: unknown } {
  const f = root[fn];
  if (typeof f !== 'function') throw new Error(`hcl WebAssembly module has no function ${fn}`);
  let outcome: { error?: unknown; result?: unknown } | undefined;
  const cb: GoCallback = (error, result) => {
    outcome = error ? { error } : { result };
  };
  f(...args, cb);
  if (!outcome) throw new Error(`hcl WebAssembly function ${fn} did not answer`);
  return outcome;
}

export interface HclWasm {
  /** hclwrite.Format (hcl v2.19.1). */
  format(src: string): Promise<string>;
  /** hclsyntax.ParseConfig (hcl v2.23.0); resolves to the error text or undefined when it parses. */
  syntaxErrors(filename: string, src: string): Promise<string | undefined>;
}

export interface HclModules {
  format: WasmModule;
  parse: WasmModule;
}

let compiling: Promise<HclModules> | undefined;

/** Compiles both modules once per process; worker threads get them through workerData. */
export function compileHclModules(): Promise<HclModules> {
  compiling ??= (async () => {
    const compile = (asset: AssetName): Promise<WasmModule> => wasmApi.compile(gunzipSync(readFileSync(locateWasmAsset(asset))));
    const [format, parse] = await Promise.all([compile('format'), compile('parse')]);
    return { format, parse };
  })();
  return compiling;
}

let loading: Promise<HclWasm> | undefined;

/** One running instance of each module per thread, started on first use. */
export function loadHclWasm(modules?: HclModules): Promise<HclWasm> {
  loading ??= (async () => {
    const compiled = modules ?? (await compileHclModules());
    const formatRoot = await startGoProgram(compiled.format, '__hcl_helpers_config_wasm__');
    const parseRoot = await startGoProgram(compiled.parse, '__parse_terraform_config_wasm__');
    return {
      async format(src: string): Promise<string> {
        const r = callGo(formatRoot, 'format', [src]);
        if (r.error !== undefined) throw new Error(`hclwrite.Format failed: ${String(r.error)}`);
        return String(r.result);
      },
      async syntaxErrors(filename: string, src: string): Promise<string | undefined> {
        const r = callGo(parseRoot, 'parse', [filename, src]);
        return r.error === undefined ? undefined : String(r.error);
      },
    };
  })();
  return loading;
}
