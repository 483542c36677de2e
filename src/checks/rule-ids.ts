// Every rule a `rules:` entry of .portarium-infra.yml may name, from the rule tables alone: the CLI
// checks the file before it loads the one check a command runs.
import { RULES as COMPOSE } from './compose/rules.js';
import { RULES as IMAGES } from './images/rules.js';
import { RULES as KUBERNETES } from './kubernetes/rules.js';
import { RULES as OTEL } from './otel/rules.js';
import { RULES as TERRAFORM } from './terraform/rules.js';
import { RULES as WORKFLOWS } from './workflows/rules.js';
import { REPORT_RULES } from '../report/report-rules.js';

export const CONFIGURABLE_RULE_IDS: readonly string[] = [...COMPOSE, ...TERRAFORM, ...KUBERNETES, ...IMAGES, ...OTEL, ...REPORT_RULES.rules].map((r) => r.id);

/** Every rule id a suppression may name: the configurable ones and the workflow contracts'. */
export const SUPPRESSIBLE_RULE_IDS: readonly string[] = [...CONFIGURABLE_RULE_IDS, ...WORKFLOWS.map((r) => r.id)];
