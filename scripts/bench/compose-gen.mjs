#!/usr/bin/env node
// Generates a large, realistic, valid Compose project for the benchmark: by default 500 services
// spread over 5 files (compose.yaml + 4 overrides). The base file declares most services; each
// override adds its own services and changes existing ones the ways real overrides do (environment,
// ports, volumes, healthchecks, images, depends_on). The output is deterministic.
//
//   node scripts/bench/compose-gen.mjs OUT_DIR [--services 500] [--files 5]
//
// Prints the compose files, in -f order, one per line. Also usable as a module:
//   import { generateComposeProject } from './compose-gen.mjs'
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROLES = [
  { kind: 'api', image: 'ghcr.io/portarium/bench-api', port: 8080, network: 'frontend' },
  { kind: 'worker', image: 'ghcr.io/portarium/bench-worker', port: 9090, network: 'backend' },
  { kind: 'db', image: 'postgres:16.4-alpine', port: 5432, network: 'data' },
  { kind: 'cache', image: 'redis:7.4.1-alpine', port: 6379, network: 'data' },
  { kind: 'gateway', image: 'nginx:1.27.2-alpine', port: 80, network: 'frontend' },
];

const role = (i) => ROLES[i % ROLES.length];
const name = (i) => `${role(i).kind}-${String(i).padStart(4, '0')}`;
const group = (i) => `group-${Math.floor(i / 25)}`;

function healthcheck(i, indent) {
  const r = role(i);
  const test =
    r.kind === 'db'
      ? `["CMD-SHELL", "pg_isready -U $\${POSTGRES_USER:-bench}"]`
      : r.kind === 'cache'
        ? `["CMD", "redis-cli", "ping"]`
        : `["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:${r.port}/healthz"]`;
  return [
    `${indent}healthcheck:`,
    `${indent}  test: ${test}`,
    `${indent}  interval: ${10 + (i % 4) * 5}s`,
    `${indent}  timeout: 5s`,
    `${indent}  retries: ${3 + (i % 3)}`,
    `${indent}  start_period: 20s`,
  ];
}

/**
 * Dependencies as real stacks have them: shallow. In each group of 25 services the api depends on
 * the group's first db and cache, workers on the api and db, gateways on the nearest api. (A deep
 * chain of depends_on makes `docker compose config` exponentially slow, and nobody writes one.)
 */
function dependencies(i, total) {
  const g = Math.floor(i / 25) * 25;
  const deps =
    role(i).kind === 'api' ? [g + 2, g + 3] : role(i).kind === 'worker' ? [g, g + 2] : role(i).kind === 'gateway' ? [i - 4] : [];
  return deps.filter((d) => d !== i && d >= 0 && d < total);
}

/** A full service definition. */
function service(i, total) {
  const r = role(i);
  // db/cache/gateway images carry their upstream tag in ROLES; our own images get a version per service.
  const image = r.image.includes(':') ? r.image : `${r.image}:1.${i % 7}.${i % 11}`;
  const lines = [`  ${name(i)}:`, `    image: ${image}`];
  lines.push('    restart: unless-stopped');
  lines.push('    environment:');
  lines.push(`      SERVICE_NAME: ${name(i)}`);
  lines.push(`      LOG_LEVEL: \${LOG_LEVEL:-info}`);
  lines.push(`      OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector:4318`);
  if (r.kind === 'db') {
    lines.push(`      POSTGRES_USER: \${POSTGRES_USER:-bench}`);
    lines.push(`      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-bench-dev}`);
  } else {
    lines.push(`      GROUP: ${group(i)}`);
    lines.push(`      MAX_CONNECTIONS: "${50 + (i % 50)}"`);
  }
  lines.push('    ports:');
  lines.push(`      - "127.0.0.1:${20000 + i}:${r.port}"`);
  lines.push('    volumes:');
  lines.push(`      - ${group(i)}-data:/var/lib/${r.kind}/${name(i)}`);
  lines.push(`      - ./config/${r.kind}:/etc/${r.kind}:ro`);
  lines.push('    networks:');
  lines.push(`      - ${r.network}`);
  if (r.network !== 'backend') lines.push('      - backend');
  const deps = dependencies(i, total);
  if (deps.length > 0) {
    lines.push('    depends_on:');
    for (const d of deps) {
      lines.push(`      ${name(d)}:`);
      lines.push('        condition: service_healthy');
    }
  }
  lines.push(...healthcheck(i, '    '));
  return lines;
}

/** What an override typically changes in an existing service. */
function overrideOf(i, fileIndex) {
  const r = role(i);
  const lines = [`  ${name(i)}:`];
  switch (fileIndex % 4) {
    case 1:
      lines.push('    environment:');
      lines.push('      - LOG_LEVEL=debug');
      lines.push(`      - FEATURE_${fileIndex}=enabled`);
      break;
    case 2:
      lines.push('    ports:');
      lines.push(`      - "127.0.0.1:${40000 + i}:${r.port + 1}"`);
      lines.push('    volumes:');
      lines.push(`      - ./config/${r.kind}.override:/etc/${r.kind}:ro`);
      break;
    case 3:
      if (!r.image.includes(':')) lines.push(`    image: ${r.image}:2.0.${i % 13}-rc.1`);
      lines.push(...healthcheck(i + 1, '    '));
      break;
    default:
      lines.push('    environment:');
      lines.push(`      REGION: \${REGION:-eu-west-1}`);
      lines.push('    deploy:');
      lines.push('      resources:');
      lines.push('        limits:');
      lines.push(`          memory: ${128 * (1 + (i % 4))}M`);
  }
  return lines;
}

/**
 * Writes the project into `dir` and returns the compose file names in -f order.
 * @param {string} dir
 * @param {{ services?: number, files?: number }} [opts]
 */
export function generateComposeProject(dir, opts = {}) {
  const total = opts.services ?? 500;
  const fileCount = opts.files ?? 5;
  if (fileCount < 1 || total < fileCount) throw new Error('need at least one file and one service per file');
  mkdirSync(dir, { recursive: true });
  // The base file owns about 80% of the services; each override adds an equal share of the rest.
  const overrides = fileCount - 1;
  const perOverride = overrides === 0 ? 0 : Math.floor((total * 0.2) / overrides);
  const baseCount = total - perOverride * overrides;
  const groups = new Set();
  for (let i = 0; i < total; i++) groups.add(`${group(i)}-data`);

  const files = [];
  const base = [
    `# Generated by scripts/bench/compose-gen.mjs: ${total} services in ${fileCount} files.`,
    'name: portarium-bench',
    '',
    'services:',
  ];
  for (let i = 0; i < baseCount; i++) base.push(...service(i, total));
  base.push('', 'networks:', '  frontend: {}', '  backend: {}', '  data:', '    internal: true', '', 'volumes:');
  for (const g of [...groups].sort()) base.push(`  ${g}: {}`);
  writeFileSync(path.join(dir, 'compose.yaml'), base.join('\n') + '\n');
  files.push('compose.yaml');

  for (let f = 1; f <= overrides; f++) {
    const first = baseCount + (f - 1) * perOverride;
    const lines = [`# Override ${f} of ${overrides}.`, 'services:'];
    for (let i = first; i < first + perOverride; i++) lines.push(...service(i, total));
    // Change every 3rd existing base service, shifted per file, so overrides 1 and 4 touch some of
    // the same services and later files win where they overlap.
    for (let i = f; i < baseCount; i += 3) lines.push(...overrideOf(i, f));
    const file = `compose.override-${f}.yaml`;
    writeFileSync(path.join(dir, file), lines.join('\n') + '\n');
    files.push(file);
  }
  return files;
}

function main(argv) {
  const args = argv.slice(2);
  const out = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
  const flag = (n, d) => {
    const i = args.indexOf(`--${n}`);
    if (i < 0) return d;
    const v = Number(args[i + 1]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${n} needs a positive integer`);
    return v;
  };
  if (!out) {
    process.stderr.write('usage: compose-gen.mjs OUT_DIR [--services 500] [--files 5]\n');
    process.exit(2);
  }
  const files = generateComposeProject(out, { services: flag('services', 500), files: flag('files', 5) });
  process.stdout.write(files.join('\n') + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv);
