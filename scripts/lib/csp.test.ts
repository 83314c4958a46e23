import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, pagePolicy, withPolicy } from './csp';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('content security policy', () => {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/a.js"></script><script>one()</script><script type="application/ld+json">{"a":1}</script></head><body><script>self.x=1</script></body></html>`;

  it('hashes every executable inline script, and only those', () => {
    expect(inlineScriptHashes(html)).toEqual([hash('one()'), hash('self.x=1')]);
  });

  it('puts the policy right after the charset, before any script', () => {
    const out = withPolicy(html);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('one()')} ${hash('self.x=1')}`);
    expect(withPolicy(out)).toBe(out);
  });

  it('allows nothing from elsewhere', () => {
    const policy = pagePolicy([]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval;');
    expect(policy).not.toMatch(/https?:/);
  });
});
