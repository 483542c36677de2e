import { runAction } from '../../github/action.js';
import { run } from './main.js';

await runAction(run);
