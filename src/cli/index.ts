import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  // Read only by the commands that print progress: the stderr stream it creates is, for a pipe, Node's
  // socket layer, loaded on every start for nothing.
  get stderrIsTTY() {
    return !!process.stderr.isTTY;
  },
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
