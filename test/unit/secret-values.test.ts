import { describe, expect, it } from 'vitest';
import { credentialFormat, namesSecret, secretLiteral } from '../../src/checks/secret-values.js';

describe('what counts as a committed secret', () => {
  it('keys that name a secret, and keys that only talk about one', () => {
    for (const k of ['PASSWORD', 'db_password', 'dbPassword', 'POSTGRES_PWD', 'API_KEY', 'apiKey', 'PRIVATE_KEY', 'privatekey', 'CLIENT_SECRET', 'GITHUB_TOKEN', 'aws.secretAccessKey', 'SIGNING_KEY', 'credentials', 'passphrase']) {
      expect(namesSecret(k), k).toBe(true);
    }
    for (const k of ['PASSWORD_FILE', 'TOKEN_URL', 'SECRET_NAME', 'KEY_ID', 'TOKEN_TTL', 'SORT_KEY', 'cacheKey', 'PARTITION_KEY', 'LOG_LEVEL', 'MONKEY', 'KEYBOARD', 'PUBLIC_KEY', 'tokenizer', 'PASSWORD_MIN_LENGTH', 'key']) {
      expect(namesSecret(k), k).toBe(false);
    }
  });

  it('credential formats fire whatever the key; look-alikes do not', () => {
    expect(credentialFormat('-----BEGIN RSA PRIVATE KEY-----\nMIIE...')).toBe('a PEM private key');
    expect(credentialFormat('-----BEGIN OPENSSH PRIVATE KEY-----')).toBe('a PEM private key');
    expect(credentialFormat('AKIA' + 'IOSFODNN7EXAMPLE')).toBe('an AWS access key id');
    expect(credentialFormat('AIza' + 'SyA-1234567890abcdefghijklmnopqrstu')).toBe('a Google API key');
    expect(credentialFormat('github_pat_' + 'a'.repeat(82))).toBe('a GitHub token');
    for (const v of ['-----BEGIN CERTIFICATE-----', '-----BEGIN PUBLIC KEY-----', 'AKIA-short', 'ghp_tooShort', 'arn:aws:iam::123456789012:role/x']) expect(credentialFormat(v), v).toBeUndefined();
  });

  it('placeholders are not literals', () => {
    for (const v of ['', 'true', 'false', '3600', '/run/secrets/db', './key.pem', 'file:/etc/key']) expect(secretLiteral('DB_PASSWORD', v), v).toBeUndefined();
    expect(secretLiteral('DB_PASSWORD', 'changeme')).toBe('names a secret and has a literal value');
    expect(secretLiteral('NOTE', 'changeme')).toBeUndefined();
  });
});
