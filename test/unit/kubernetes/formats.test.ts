import { describe, expect, it } from 'vitest';
import { validDuration } from '../../../src/checks/kubernetes/formats.js';

// kubeconform's validateDuration (pkg/validator/validator.go, tests in validator_test.go).
describe('duration format: Go duration or ISO-8601', () => {
  it.each(['5m', '1h30m', '300ms', '-1.5h', '0', 'P1D', 'PT1H30M', 'P2W', 'P1Y2M3DT4H5M6S'])('accepts %s', (v) => expect(validDuration(v)).toBe(true));
  it.each(['test', '5', 'P', 'PT', 'P1H', 'P1DT', 'P1M1Y', '1hour', 'PT1H2H'])('rejects %s', (v) => expect(validDuration(v)).toBe(false));
});
