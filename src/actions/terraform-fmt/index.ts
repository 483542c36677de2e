import { runAction } from '../../github/run.js';
import { run } from './main.js';

await runAction(run);
