import * as core from '@actions/core';
import { runAction } from '../../github/action.js';
import { run } from './main.js';
import { post } from './post.js';

// One bundle for both steps: the runner gives the post step the state main saved.
const STATE_POST = 'isPost';
if (core.getState(STATE_POST) === 'true') {
  await runAction(post);
} else {
  core.saveState(STATE_POST, 'true');
  await runAction(run);
}
