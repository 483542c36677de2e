"use strict";
exports.id = 606;
exports.ids = [606];
exports.modules = {

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   G: () => (/* binding */ DEFAULT_CHECK_TIMEOUT_MS)
/* harmony export */ });
/**
 * A time budget for one check run. Engines test it between units of work (an overlay, a batch of
 * resources, a child process) and give children only what is left, so a run that would go past it
 * ends with a finding instead of holding the job until the runner kills it.
 */
class Deadline {
    ms;
    end;
    constructor(ms, now = Date.now()) {
        this.ms = ms;
        this.end = now + ms;
    }
    remaining() {
        return Math.max(0, this.end - Date.now());
    }
    expired() {
        return this.remaining() === 0;
    }
    /** `limit` or what is left of the budget, whichever is smaller (at least 1 ms). */
    cap(limit) {
        return Math.max(1, Math.min(limit, this.remaining()));
    }
    describe() {
        return this.ms % 1000 === 0 ? `${this.ms / 1000} s` : `${this.ms} ms`;
    }
}
/** Every check's time limit unless its settings say otherwise: 10 minutes. */
const DEFAULT_CHECK_TIMEOUT_MS = 10 * 60 * 1000;


/***/ }),

/***/ 4677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** `fn` over `items` with at most `limit` calls in flight; results in the order of `items`. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    }));
    return out;
}


/***/ }),

/***/ 8722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   gh: () => (/* binding */ runProcessSync),
/* harmony export */   jH: () => (/* binding */ outputOf)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
// Every external program the toolkit starts goes through here: an argument array handed to the
// program as is (no shell, so `;` or `$(\u2026)` in a path or a ref is only text), a deadline, and bounded
// output, so a hung or chatty tool cannot hold a check or a deploy past its limits.


const DEFAULT_KILL_GRACE_MS = 1500;
/**
 * Runs a program to its end. Resolves for every exit (the caller decides what a code means);
 * rejects only when it cannot start (ENOENT, EACCES). An already aborted signal starts nothing.
 */
function runProcess(cmd, args, opts = {}) {
    const empty = Buffer.alloc(0);
    if (opts.signal?.aborted) {
        return Promise.resolve({ code: null, signal: null, stdout: empty, stderr: empty, timedOut: false, aborted: true, overflow: false });
    }
    return new Promise((resolve, reject) => {
        const group = opts.processGroup === true && process.platform !== 'win32';
        const stdinMode = opts.stdin === undefined ? 'ignore' : 'pipe';
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, [...args], {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: [stdinMode, 'pipe', 'pipe'],
            detached: group,
            shell: false,
            windowsHide: true,
        });
        // Both are pipes (stdio above); the types cannot tell from a computed stdio array.
        const stdout = child.stdout;
        const stderr = child.stderr;
        const out = [];
        const err = [];
        let outSize = 0;
        let errSize = 0;
        let timedOut = false;
        let aborted = false;
        let overflow = false;
        const kill = (sig) => {
            try {
                if (group && child.pid !== undefined)
                    process.kill(-child.pid, sig);
                else
                    child.kill(sig);
            }
            catch {
                // Already gone, or the group is: fall back to the child itself.
                try {
                    child.kill(sig);
                }
                catch {
                    // gone
                }
            }
        };
        const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => {
            timedOut = true;
            kill(opts.timeoutSignal ?? 'SIGKILL');
        }, Math.max(1, opts.timeoutMs));
        const onAbort = () => {
            aborted = true;
            kill('SIGTERM');
            setTimeout(() => kill('SIGKILL'), opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS).unref();
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => {
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
        };
        const decoders = { stdout: new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8'), stderr: new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8') };
        const pending = { stdout: '', stderr: '' };
        const lines = (stream, chunk) => {
            if (!opts.onLine)
                return;
            pending[stream] += chunk ? decoders[stream].write(chunk) : decoders[stream].end();
            const parts = pending[stream].split(/\r?\n/);
            pending[stream] = chunk ? parts.pop() : '';
            for (const line of parts) {
                if (!chunk && line === '')
                    continue;
                opts.onLine(line, stream);
            }
        };
        if (opts.stdoutTo)
            stdout.pipe(opts.stdoutTo);
        else {
            stdout.on('data', (c) => {
                lines('stdout', c);
                const max = opts.maxStdoutBytes;
                if (max === undefined) {
                    out.push(c);
                    return;
                }
                if (outSize + c.length > max) {
                    if (outSize < max && opts.onStdoutOverflow === 'truncate')
                        out.push(c.subarray(0, max - outSize));
                    outSize += c.length;
                    if (!overflow) {
                        overflow = true;
                        if (opts.onStdoutOverflow !== 'truncate')
                            kill('SIGKILL');
                    }
                    return;
                }
                outSize += c.length;
                out.push(c);
            });
        }
        stderr.on('data', (c) => {
            lines('stderr', c);
            const max = opts.maxStderrBytes;
            if (max !== undefined) {
                if (errSize >= max)
                    return;
                err.push(c.subarray(0, max - errSize));
                errSize += c.length;
                return;
            }
            err.push(c);
        });
        child.on('error', (e) => {
            settle();
            reject(e);
        });
        child.on('close', (code, sig) => {
            settle();
            if (!opts.stdoutTo)
                lines('stdout', undefined);
            lines('stderr', undefined);
            resolve({ code, signal: sig, stdout: Buffer.concat(out), stderr: Buffer.concat(err), timedOut, aborted, overflow });
        });
        if (child.stdin) {
            // EPIPE when the program exits before reading its input shows in the exit code instead.
            child.stdin.on('error', () => undefined);
            const input = opts.stdin;
            if (input !== undefined && typeof input !== 'string' && !(input instanceof Uint8Array))
                input.pipe(child.stdin);
            else
                child.stdin.end(input);
        }
    });
}
/**
 * The synchronous form, for the few quick callers (git rev-parse and the like) that sit in
 * synchronous code paths. Same rules: no shell, stdin closed, a deadline.
 */
function runProcessSync(cmd, args, opts = {}) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(cmd, [...args], {
        cwd: opts.cwd,
        env: opts.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        shell: false,
        windowsHide: true,
        maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
        ...(opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs, killSignal: 'SIGKILL' } : {}),
    });
    return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ...(r.error ? { error: r.error } : {}) };
}
/** stdout of a program that must succeed, trimmed; undefined when it cannot start or fails. */
function outputOf(cmd, args, opts = {}) {
    const r = runProcessSync(cmd, args, opts);
    return r.error || r.code !== 0 ? undefined : r.stdout.trim();
}


/***/ })

};
;