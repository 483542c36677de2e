/**
 * Keys a compose file chooses are data: `__proto__`, `constructor` and `prototype` name a service,
 * network, volume, config, label or variable like any other word, as they do for docker compose.
 */
import { describe, expect, it } from 'vitest';
import { check, where } from './helpers.js';

const own = (o: unknown): string[] => Object.keys(o as object);
const get = (o: unknown, k: string): Record<string, unknown> => {
  expect(Object.prototype.hasOwnProperty.call(o, k), `own key ${k} in ${JSON.stringify(o)}`).toBe(true);
  return (o as Record<string, Record<string, unknown>>)[k]!;
};

const FILE = `services:
  __proto__:
    image: nginx:1.27
    labels:
      __proto__: x
      constructor: y
    environment:
      __proto__: a
      prototype: b
    networks: [constructor]
    volumes: [__proto__:/data]
    configs: [prototype]
  constructor:
    image: nginx:1.27
    depends_on: [__proto__]
    labels: [prototype=z]
  prototype:
    image: nginx:1.27
    extends: constructor
networks:
  constructor: {}
volumes:
  __proto__: {}
configs:
  prototype:
    content: hi
`;

describe('prototype-named keys keep their meaning', () => {
  it('services, networks, volumes, configs, labels and environment named __proto__/constructor/prototype are all in the model and the counts', async () => {
    const r = await check({ 'compose.yaml': FILE });
    expect(r.findings).toEqual([]);
    expect(r.stats['services']).toBe(3);
    const model = r.projects[0]!.model!;
    const services = model['services'];
    expect(own(services).sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    const proto = get(services, '__proto__');
    expect(proto['labels']).toEqual(JSON.parse('{"__proto__":"x","constructor":"y"}'));
    expect(own(proto['labels'])).toEqual(['__proto__', 'constructor']);
    expect(own(proto['environment'])).toEqual(['__proto__', 'prototype']);
    expect(own(proto['networks'])).toEqual(['constructor']);
    expect(proto['volumes']).toEqual([expect.objectContaining({ type: 'volume', source: '__proto__', target: '/data' })]);
    expect(proto['configs']).toEqual([expect.objectContaining({ source: 'prototype' })]);
    const ctor = get(services, 'constructor');
    expect(own(ctor['depends_on'])).toEqual(['__proto__']);
    expect(own(ctor['labels'])).toEqual(['prototype']);
    // extends of a service named constructor
    expect(get(services, 'prototype')['depends_on']).toEqual(ctor['depends_on']);
    expect(own(model['networks']).sort()).toEqual(['constructor', 'default']);
    expect(own(model['volumes'])).toEqual(['__proto__']);
    expect(own(model['configs'])).toEqual(['prototype']);
  });

  it('undefined resources named like Object.prototype members are reported, not found on the prototype', async () => {
    const r = await check({
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [constructor]\n    networks: [constructor]\n    volumes: [toString:/x]\n    secrets: [hasOwnProperty]\n',
    });
    expect(where(r.findings)).toEqual([
      'compose/undefined-service compose.yaml:4',
      'compose/undefined-network compose.yaml:5',
      'compose/undefined-volume compose.yaml:6',
      'compose/undefined-secret compose.yaml:7',
    ]);
  });

  it('a later file merges into a service named __proto__ instead of replacing the prototype', async () => {
    const r = await check(
      {
        'compose.yaml': 'services:\n  __proto__:\n    image: nginx:1.27\n    environment: {A: "1"}\n',
        'compose.override.yaml': 'services:\n  __proto__:\n    environment: {B: "2"}\n  constructor:\n    image: busybox:1.37\n',
      },
    );
    expect(r.findings).toEqual([]);
    const services = r.projects[0]!.model!['services'];
    expect(own(services).sort()).toEqual(['__proto__', 'constructor']);
    expect(get(services, '__proto__')['environment']).toEqual({ A: '1', B: '2' });
  });
});
