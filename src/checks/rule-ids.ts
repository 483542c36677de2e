// Every rule a `rules:` entry of .portarium-infra.yml may name, from the rule tables alone: the CLI
// checks the file before it loads the one check a command runs.
import { RULES as COMPOSE } from './compose/rules.js';
import { RULES as IMAGES } from './images/rules.js';
import { RULES as KUBERNETES } from './kubernetes/rules.js';
import { RULES as TERRAFORM } from './terraform/rules.js';

export const CONFIGURABLE_RULE_IDS: readonly string[] = [...COMPOSE, ...TERRAFORM, ...KUBERNETES, ...IMAGES].map((r) => r.id);
