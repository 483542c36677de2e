#!/usr/bin/env node
// The CLI ships as the same committed ncc bundle the actions use, so it runs without a build step.
//
// Most of a CLI run on a small repository is V8 compiling the bundle's functions the first time they
// run. The bundle (CommonJS) is therefore run through vm.Script with a code cache written after a run
// of the same command: unlike Node's module compile cache, which is written right after the top-level
// compile, it holds every function that run compiled, so later runs compile almost nothing.
//
// CommonJS (bin/package.json), not an ES module: Node starts its ES module loader only for an ES
// module entry, about 1.5 ms of every run. Builtins come from process.getBuiltinModule.
const { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } = process.getBuiltinModule('node:fs');
const { createRequire } = process.getBuiltinModule('node:module');
const os = process.getBuiltinModule('node:os');
const path = process.getBuiltinModule('node:path');
const vm = process.getBuiltinModule('node:vm');

/**
 * Whoever can write the code cache can run code in this process, so it is never the shared temp
 * directory: in a GitHub Actions job it is under RUNNER_TEMP, which the runner empties between jobs
 * (an earlier job — a pull request's — cannot leave anything there for a later one), and elsewhere in
 * the user's own cache directory. Either must be a directory of ours that no one else can write;
 * otherwise the CLI runs without the cache.
 */
function cacheDir() {
  const base = process.env.RUNNER_TEMP || process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  if (!path.isAbsolute(base)) return undefined;
  const dir = path.join(base, process.env.RUNNER_TEMP ? 'portarium-infra-compile-cache' : path.join('portarium-infra', 'compile-cache'));
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    // Windows has neither owners by uid nor these mode bits; its user profile is private already.
    const ours = process.platform === 'win32' || (st.uid === process.getuid?.() && (st.mode & 0o022) === 0);
    return st.isDirectory() && ours ? dir : undefined;
  } catch {
    return undefined;
  }
}

const COMMANDS = new Set(['check', 'compose', 'terraform-fmt', 'kustomize', 'otel', 'baseline', 'images', 'deploy']);
const argv = process.argv.slice(2);
// Each command runs different code: each has its own cache. Usage and version runs write none.
const command = COMMANDS.has(argv[0]) && !argv.some((a) => a === '-h' || a === '--help' || a === '--version') ? argv[0] : undefined;

// Node's builtins come with code caches made under V8's default flags, and V8 takes a code cache only
// under the flags it was made with: a builtin first loaded after the flags below change is compiled
// from source, three times slower. The ones every command loads (argument parsing, stdout, the yaml
// library's node:process) are loaded first: 12-15 ms of a compose run; and those a command goes on
// to load anyway (its processes, hashes, threads), which terraform-fmt and check paid 15-25 ms for.
void process.getBuiltinModule('node:util').parseArgs;
process.getBuiltinModule('node:path/posix');
process.getBuiltinModule('node:process');
void process.stdout;
const SPAWNS = ['node:fs/promises', 'node:child_process', 'node:crypto'];
const LOADS = {
  'terraform-fmt': [...SPAWNS, 'node:worker_threads', 'node:perf_hooks'],
  kustomize: [...SPAWNS, 'node:zlib'],
  check: [...SPAWNS, 'node:zlib', 'node:worker_threads', 'node:perf_hooks'],
  baseline: [...SPAWNS, 'node:zlib', 'node:worker_threads', 'node:perf_hooks'],
};
for (const id of LOADS[command] ?? []) process.getBuiltinModule(id);

// A CLI run is short: Maglev compiling the functions of the first few hundred calls costs more CPU
// than it saves before the run ends. Later tiers (and Maglev after 2000 calls) still speed up large
// inputs. V8 checks the data of a code cache for damage only when asked (a bit flipped on disk would
// crash the process). Set before any code is compiled, so the code cache below is made with them.
const v8 = process.getBuiltinModule('node:v8');
v8.setFlagsFromString('--invocation-count-for-maglev=2000');
v8.setFlagsFromString('--verify-snapshot-checksum');

const dir = command && cacheDir();
const bundleDir = path.join(__dirname, '..', 'dist', 'cli');
const stale = [];

/**
 * V8 checks that cached data comes from the same V8 version and flags, and a source of the same
 * length only: a rebuilt bundle of the same length would take code compiled from the old one. The
 * cache entry therefore names the file it was made from by inode, size and change times — rewriting
 * the file changes its ctime, which no one can set.
 */
function cacheKey(file) {
  const st = statSync(file, { bigint: true });
  return `${process.version} ${process.arch} ${st.dev} ${st.ino} ${st.size} ${st.mtimeNs} ${st.ctimeNs}\n`;
}

function readCache(entry, key) {
  try {
    const buf = readFileSync(entry);
    const nl = buf.indexOf(10);
    return nl > 0 && buf.toString('latin1', 0, nl + 1) === key ? buf.subarray(nl + 1) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache({ script, entry, key }) {
  const tmp = `${entry}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, key, null, 'latin1');
      writeSync(fd, script.createCachedData());
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, entry);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

/** Loads one file of the bundle as CommonJS; its chunks come through here too. */
function load(file) {
  const source = readFileSync(file, 'utf8');
  const entry = dir && path.join(dir, `${command}-${path.basename(file)}.v8`);
  const key = entry && cacheKey(file);
  const cachedData = entry ? readCache(entry, key) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData && { cachedData }),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (entry && (!cachedData || script.cachedDataRejected)) stale.push({ script, entry, key });
  const nodeRequire = createRequire(file);
  const require = (id) => (id.startsWith('./') ? load(path.join(path.dirname(file), id)) : nodeRequire(id));
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, require, module, file, path.dirname(file));
  return module.exports;
}

// Written when the run ends, so that the cache holds what this command compiled on the way; only
// after a run that did the command's work (status 0 or 1), not one stopped early by a usage error.
process.once('exit', (code) => {
  if (code === 0 || code === 1) for (const s of stale) writeCache(s);
});
// Nothing is left to do once the event loop is empty (every write to stdout or a file has finished):
// exiting there skips tearing down the heap and the environment, about 1 ms.
process.once('beforeExit', () => process.exit());
load(path.join(bundleDir, 'index.cjs'));
