import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/shared/domain/canonicalJson';

describe('canonicalJson', () => {
  it('sorts object keys so that key order does not change the output', () => {
    const a = { title: '统计局', kind: 'contract', at: 1 };
    const b = { at: 1, kind: 'contract', title: '统计局' };
    expect(canonicalJson(a)).toBe('{"at":1,"kind":"contract","title":"统计局"}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('sorts nested objects, including objects inside arrays, but keeps array order', () => {
    const value = { z: [{ b: 2, a: 1 }, [3, { d: null, c: true }]], a: { y: 'y', x: 'x' } };
    expect(canonicalJson(value)).toBe('{"a":{"x":"x","y":"y"},"z":[{"a":1,"b":2},[3,{"c":true,"d":null}]]}');
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('drops undefined members and writes undefined array items as null, like JSON.stringify', () => {
    expect(canonicalJson({ a: 1, b: undefined, c: { d: undefined } })).toBe('{"a":1,"c":{}}');
    expect(canonicalJson([1, undefined, 3])).toBe('[1,null,3]');
    expect(canonicalJson([1, undefined, 3])).toBe(JSON.stringify([1, undefined, 3]));
  });

  it('writes no whitespace and escapes strings as JSON does', () => {
    const value = { 'key with "quotes"': 'line\nbreak\t〔2025〕', n: -1.5 };
    const text = canonicalJson(value);
    expect(text).not.toMatch(/\s(?=["{}[\],:])/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('sorts keys by code unit, the same way for Chinese keys', () => {
    expect(canonicalJson({ 乙: 2, 甲: 1, b: 0, A: 0 })).toBe('{"A":0,"b":0,"乙":2,"甲":1}');
  });

  it('refuses non-finite numbers anywhere in the value', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/non-finite/);
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(/non-finite/);
    expect(() => canonicalJson([1, [Number.NEGATIVE_INFINITY]])).toThrow(/non-finite/);
  });

  it('serializes primitives like JSON', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson('文')).toBe('"文"');
    expect(canonicalJson(0)).toBe('0');
    expect(canonicalJson(false)).toBe('false');
  });
});
