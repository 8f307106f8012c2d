import { describe, expect, it } from 'vitest';
import {
  checkEmail,
  checkMaxLength,
  checkName,
  checkNewPassword,
  checkTimeOfDay,
  rule,
} from './validation';

describe('form checks', () => {
  it('names: required, trimmed, at most 80 characters, any script', () => {
    expect(checkName('   ')).toMatch(/Enter your name/);
    expect(checkName('سارا')).toBeNull();
    expect(checkName('👋 Jo')).toBeNull();
    expect(checkName('x'.repeat(81))).toMatch(/at most 80/);
  });

  it('emails and passwords', () => {
    expect(checkEmail('')).toMatch(/Enter an email/);
    expect(checkEmail('sarah@example')).toMatch(/like name@example.com/);
    expect(checkEmail(' sarah@example.com ')).toBeNull();
    expect(checkNewPassword('short')).toMatch(/at least 10/);
    expect(checkNewPassword('a long enough secret')).toBeNull();
  });

  it('lengths and times', () => {
    expect(checkMaxLength('abc', 2)).toMatch(/at most 2/);
    expect(checkMaxLength('  ab  ', 2)).toBeNull();
    expect(checkTimeOfDay('22:00')).toBeNull();
    expect(checkTimeOfDay('24:00')).toMatch(/like 22:00/);
  });

  it('adapts to react-hook-form', () => {
    expect(rule(checkName)('Jo')).toBe(true);
    expect(rule(checkName)(undefined)).toMatch(/Enter your name/);
  });
});
