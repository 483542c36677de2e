// Lets the bench scripts import the TypeScript engine directly on Node >= 22.18 / 24 (built-in type
// stripping): `./x.js` imports resolve to `./x.ts` when only the .ts exists.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
      const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
      if (existsSync(fileURLToPath(ts)) && !existsSync(fileURLToPath(new URL(specifier, context.parentURL)))) {
        return next(ts.href, context);
      }
    }
    return next(specifier, context);
  },
});
