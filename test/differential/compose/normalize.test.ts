/**
 * The differential test is only as strict as its normalisation: these check that writing the same
 * project two ways compares equal and that a real change does not.
 */
import { describe, expect, it } from 'vitest';
import { canonicalProject, diffProjects, durationMs, parsePortShort, shellSplit, unescapeDollars } from './normalize.js';

const dir = '/project';

describe('compose differential normalisation', () => {
  it('treats short and long syntax as the same project', () => {
    const short = {
      services: {
        api: {
          image: 'api:1',
          command: 'serve --port "8080"',
          environment: ['A=1', 'B'],
          ports: ['127.0.0.1:8080:80', '9000-9001:9000-9001/udp'],
          volumes: ['./conf:/etc/api:ro', 'data:/var/lib/api'],
          depends_on: ['db'],
          healthcheck: { test: 'wget -q localhost', interval: '90s' },
          build: './ctx',
        },
      },
      volumes: { data: {} },
    };
    const long = {
      services: {
        api: {
          image: 'api:1',
          command: ['serve', '--port', '8080'],
          environment: { B: null, A: '1' },
          ports: [
            { mode: 'ingress', host_ip: '127.0.0.1', target: 80, published: '8080', protocol: 'tcp' },
            { target: 9000, published: '9000', protocol: 'udp' },
            { target: 9001, published: '9001', protocol: 'udp' },
          ],
          volumes: [
            { type: 'volume', source: 'data', target: '/var/lib/api', volume: {} },
            { type: 'bind', source: '/project/conf', target: '/etc/api', read_only: true, bind: { create_host_path: true } },
          ],
          depends_on: { db: { condition: 'service_started', required: true } },
          healthcheck: { test: ['CMD-SHELL', 'wget -q localhost'], interval: '1m30s' },
          build: { context: '/project/ctx', dockerfile: 'Dockerfile' },
          networks: { default: null },
        },
      },
      networks: { default: { name: 'p_default' } },
      volumes: { data: { name: 'p_data' } },
    };
    expect(diffProjects(canonicalProject(long, dir), canonicalProject(short, dir))).toEqual([]);
  });

  it('reports each field that really differs', () => {
    const a = { services: { api: { image: 'api:1', ports: ['8080:80'], environment: { A: '1' } } } };
    const b = { services: { api: { image: 'api:2', ports: ['8081:80'], environment: { A: '1' } }, db: { image: 'pg:16' } } };
    const diff = diffProjects(canonicalProject(a, dir), canonicalProject(b, dir));
    expect(diff.map((d) => d.split(':')[0])).toEqual(['services.api.image', 'services.api.ports', 'services.db']);
  });

  it('undoes the $$ escaping of compose config output', () => {
    expect(unescapeDollars({ e: ['$$HOME and $${X}'] })).toEqual({ e: ['$HOME and ${X}'] });
  });

  it('parses the pieces it relies on', () => {
    expect(shellSplit(`sh -c 'echo "$A b"' x\\ y`)).toEqual(['sh', '-c', 'echo "$A b"', 'x y']);
    expect(durationMs('1m30s')).toBe(90_000);
    expect(durationMs('10 seconds')).toBe('10 seconds');
    expect(parsePortShort('[::1]:53:53/udp')).toEqual(['::1:53:53/udp']);
    expect(parsePortShort(3000)).toEqual([':' + ':3000/tcp']);
  });
});
