/**
 * The small parsers the compose engine ports from Go. Expected values come from the upstream tests
 * named in each block (compose-go, go-connections, Go's time package), not from our output.
 */
import { describe, expect, it } from 'vitest';
import { parseDuration, formatDuration } from '../../../src/checks/compose/duration.js';
import { isValidIP, parsePortConfig } from '../../../src/checks/compose/ports.js';
import { parseBytes, parseExtraHosts, shellWords } from '../../../src/checks/compose/values.js';
import { parseVolumeSpec } from '../../../src/checks/compose/volume-spec.js';
import { goYamlNumber } from '../../../src/checks/compose/yaml-load.js';

describe('parsePortConfig (compose-go types_test.go TestParsePortConfig)', () => {
  const ok: Array<[string, Array<Record<string, unknown>>]> = [
    ['80', [{ mode: 'ingress', target: 80, protocol: 'tcp' }]],
    ['80:8080', [{ mode: 'ingress', target: 8080, published: '80', protocol: 'tcp' }]],
    ['80-90:8080', [{ mode: 'ingress', target: 8080, published: '80-90', protocol: 'tcp' }]],
    ['8080:80/tcp', [{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }]],
    ['80:8080/udp', [{ mode: 'ingress', target: 8080, published: '80', protocol: 'udp' }]],
    [
      '80-81:8080-8081/tcp',
      [
        { mode: 'ingress', target: 8080, published: '80', protocol: 'tcp' },
        { mode: 'ingress', target: 8081, published: '81', protocol: 'tcp' },
      ],
    ],
    [
      '80-82:8080-8082/udp',
      [
        { mode: 'ingress', target: 8080, published: '80', protocol: 'udp' },
        { mode: 'ingress', target: 8081, published: '81', protocol: 'udp' },
        { mode: 'ingress', target: 8082, published: '82', protocol: 'udp' },
      ],
    ],
    ['80-82:8080/udp', [{ mode: 'ingress', target: 8080, published: '80-82', protocol: 'udp' }]],
    ['80-80:8080/tcp', [{ mode: 'ingress', target: 8080, published: '80', protocol: 'tcp' }]],
    ['1.1.1.1:80:80', [{ mode: 'ingress', host_ip: '1.1.1.1', target: 80, published: '80', protocol: 'tcp' }]],
    ['[::1]:8080:80', [{ mode: 'ingress', host_ip: '::1', target: 80, published: '8080', protocol: 'tcp' }]],
  ];
  it.each(ok)('%s', (value, expected) => {
    expect(parsePortConfig(value)).toEqual(expected);
  });

  const bad: Array<[string, string]> = [
    ['9999999', 'Invalid containerPort: 9999999'],
    ['80/xyz', 'Invalid proto: xyz'],
    ['tcp', 'Invalid containerPort: tcp'],
    ['udp', 'Invalid containerPort: udp'],
    ['', 'No port specified: <empty>'],
    ['80443:443', 'Invalid hostPort: 80443'],
    ['80-81:8080-8082', 'Invalid ranges specified for container and host Ports: 8080-8082 and 80-81'],
    ['300.1.1.1:80:80', 'Invalid ip address: 300.1.1.1'],
  ];
  it.each(bad)('%s is rejected', (value, message) => {
    expect(() => parsePortConfig(value)).toThrow(message);
  });
});

describe('isValidIP (Go net/netip_test.go and ip_test.go parseIPTests)', () => {
  const valid = ['127.0.1.2', '127.0.0.1', '::ffff:127.1.2.3', '::ffff:7f01:0203', '0:0:0:0:0000:ffff:127.1.2.3', '2001:4860:0:2001::68', '2001:4860:0000:2001:0000:0000:0000:0068', '::', '::1', '1::8'];
  const invalid = ['127.001.002.003', '::ffff:127.001.002.003', '123.000.000.000', '0:0:0:0:000000:ffff:127.1.2.3', '-0.0.0.0', '0.-1.0.0', '127.0.0.256', 'abc', '123:', 'fe80::1%lo0', 'fe80::1%911', '', 'a1:a2:a3:a4::b1:b2:b3:b4', '1.2..4', '1:2:3:4:5:6:7:8:9', '[::1]'];
  it.each(valid)('%s is an address', (ip) => expect(isValidIP(ip)).toBe(true));
  it.each(invalid)('%s is not', (ip) => expect(isValidIP(ip)).toBe(false));
});

describe('parseVolumeSpec (compose-go format/volume_test.go)', () => {
  it('anonymous volumes', () => {
    for (const p of ['/path', '/path/foo']) expect(parseVolumeSpec(p)).toMatchObject({ type: 'volume', target: p, volume: {} });
  });
  it('short volumes have no volume options', () => {
    for (const p of ['.', '/a']) {
      const v = parseVolumeSpec(p);
      expect(v).toMatchObject({ type: 'volume', target: p });
      expect(v.volume).toBeUndefined();
    }
  });
  it('bind mounts', () => {
    for (const p of ['./foo', '~/thing', '../other', '/foo', '/home/user']) {
      expect(parseVolumeSpec(`${p}:/target`)).toMatchObject({ type: 'bind', source: p, target: '/target', bind: { create_host_path: true } });
    }
  });
  it('options', () => {
    expect(parseVolumeSpec('/source:/target:slave').bind).toEqual({ propagation: 'slave', create_host_path: true });
    expect(parseVolumeSpec('/source:/target:ro,z')).toMatchObject({ read_only: true, bind: { selinux: 'z', create_host_path: true } });
    expect(parseVolumeSpec('name:/target:nocopy')).toMatchObject({ type: 'volume', source: 'name', volume: { nocopy: true } });
    expect(parseVolumeSpec('./foo:/target:rw').read_only).toBe(false);
  });
  it('unknown options are accepted by compose and listed for our rule', () => {
    expect(parseVolumeSpec('name:/target:bogus').unknownOptions).toEqual(['bogus']);
  });
  it('errors', () => {
    expect(() => parseVolumeSpec('/foo:/foo:ro:foo')).toThrow('invalid spec: /foo:/foo:ro:foo: too many colons');
    for (const s of [':foo', '/foo::ro']) expect(() => parseVolumeSpec(s)).toThrow('empty section between colons');
    expect(() => parseVolumeSpec('')).toThrow('invalid empty volume spec');
  });
  it('variables with defaults containing colons stay in one section', () => {
    expect(parseVolumeSpec('${SOURCE:-/dev/null}:/tmp/foo:ro')).toMatchObject({ source: '${SOURCE:-/dev/null}', target: '/tmp/foo', read_only: true });
  });
});

describe('durations (Go time.ParseDuration + str2duration d/w)', () => {
  it.each([
    ['0', 0],
    ['5s', 5e9],
    ['30s', 30e9],
    ['1478s', 1478e9],
    ['-5s', -5e9],
    ['+5s', 5e9],
    ['5.6s', 5.6e9],
    ['5.s', 5e9],
    ['.5s', 0.5e9],
    ['1.004s', 1.004e9],
    ['10ns', 10],
    ['11us', 11e3],
    ['12µs', 12e3],
    ['13ms', 13e6],
    ['14s', 14e9],
    ['15m', 15 * 60e9],
    ['16h', 16 * 3600e9],
    ['3h30m', 3.5 * 3600e9],
    ['10.5s4m', 4 * 60e9 + 10.5e9],
    ['1d', 86400e9],
    ['1w', 7 * 86400e9],
  ])('%s', (s, ns) => {
    expect(parseDuration(s)).toBeCloseTo(ns, 0);
  });
  it.each([
    ['', 'time: invalid duration ""'],
    ['3', 'time: missing unit in duration "3"'],
    ['-', 'time: invalid duration "-"'],
    ['s', 'time: invalid duration "s"'],
    ['.', 'time: invalid duration "."'],
    ['1x', 'time: unknown unit "x" in duration "1x"'],
    ['10 seconds', 'time: unknown unit " seconds" in duration "10 seconds"'],
  ])('%j is rejected', (s, message) => {
    expect(() => parseDuration(s)).toThrow(message);
  });
  it('formats like time.Duration.String', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(90e9)).toBe('1m30s');
    expect(formatDuration(3600e9)).toBe('1h0m0s');
    expect(formatDuration(1.5e9)).toBe('1.5s');
    expect(formatDuration(500e6)).toBe('500ms');
    expect(formatDuration(-10e9)).toBe('-10s');
  });
});

describe('byte sizes (docker/go-units RAMInBytes)', () => {
  it.each([
    ['32', 32],
    ['32b', 32],
    ['32k', 32 * 1024],
    ['32kb', 32 * 1024],
    ['32Kib', 32 * 1024],
    ['32m', 32 * 1024 ** 2],
    ['32g', 32 * 1024 ** 3],
    ['32.3', 32],
    ['0.3m', Math.trunc(0.3 * 1024 ** 2)],
  ])('%s', (s, n) => {
    expect(parseBytes(s)).toBe(n);
  });
  it('takes a plain integer as is first (compose-go UnitBytes.parseString)', () => {
    expect(parseBytes('-32')).toBe(-32);
  });
  it.each(['', 'hello', '32.3.2m2', ' 32 ', '32mb32'])('%j is invalid', (s) => {
    expect(() => parseBytes(s)).toThrow('invalid size');
  });
});

describe('shellWords (mattn/go-shellwords Parse)', () => {
  it('splits like a shell without expansion', () => {
    expect(shellWords('echo hello world')).toEqual(['echo', 'hello', 'world']);
    expect(shellWords(`sh -c "echo 'a b'"`)).toEqual(['sh', '-c', "echo 'a b'"]);
    expect(shellWords(`a\\ b c`)).toEqual(['a b', 'c']);
    expect(shellWords(`""`)).toEqual(['']);
    expect(shellWords('echo $HOME')).toEqual(['echo', '$HOME']);
  });
  it('stops at an unquoted ; & | < >', () => {
    expect(shellWords('foo bar; baz')).toEqual(['foo', 'bar']);
    expect(shellWords('a | b')).toEqual(['a']);
  });
  it('rejects unclosed quotes', () => {
    expect(() => shellWords('echo "open')).toThrow('invalid command line string');
  });
});

describe('extra_hosts (compose-go types/hostList.go)', () => {
  it('reads = and : forms, lists and mappings, sorted', () => {
    expect(parseExtraHosts(['somehost=162.242.195.82', 'otherhost:50.31.209.229', 'myhostv6=::1'])).toEqual([
      'myhostv6=::1',
      'otherhost=50.31.209.229',
      'somehost=162.242.195.82',
    ]);
    expect(parseExtraHosts({ 'example.com': ['1.2.3.4', '4.3.2.1'] })).toEqual(['example.com=1.2.3.4', 'example.com=4.3.2.1']);
    expect(parseExtraHosts(['v6=[::1]'])).toEqual(['v6=::1']);
  });
  it('rejects a host without an IP', () => {
    expect(() => parseExtraHosts(['lonely'])).toThrow('invalid additional host, missing IP: lonely');
  });
});

describe('plain YAML numbers as go-yaml reads them', () => {
  it.each([
    ['0440', 288],
    ['1_000', 1000],
    ['0b101', 5],
    ['0x1F', 31],
    ['0o17', 15],
    ['-12', -12],
    ['08', 8],
    ['1e3', 1000],
  ])('%s', (src, n) => {
    expect(goYamlNumber(src)).toBe(n);
  });
  it.each(['8080:80', 'abc', '1.2.3', '+', '12:30'])('%s stays a string', (src) => {
    expect(goYamlNumber(src)).toBeUndefined();
  });
});
