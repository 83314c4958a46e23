import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deadClientCode, deadClientCodeUnder } from './client-modules';

describe('deadClientCode', () => {
  it('finds state, effects and handlers in a client module', () => {
    const source = [
      `'use client';`,
      `import { useEffect, useState } from 'react';`,
      `export function Counter() {`,
      `  const [count, setCount] = useState(0);`,
      `  useEffect(() => {}, []);`,
      `  return <button onClick={() => setCount(count + 1)}>{count}</button>;`,
      `}`,
    ].join('\n');
    expect(deadClientCode('counter.tsx', source)).toEqual([
      'line 4: useState() never runs in the browser',
      'line 5: useEffect() never runs in the browser',
      'line 6: the onClick handler is never attached',
    ]);
  });

  it('finds hooks called through the React namespace and after other directives', () => {
    const source = `"use strict";\n"use client";\nimport * as React from 'react';\nexport const F = () => { const r = React.useRef(null); return <div ref={r} />; };`;
    expect(deadClientCode('f.tsx', source)).toEqual(['line 4: useRef() never runs in the browser']);
  });

  it('leaves server components alone, whatever they contain', () => {
    const source = `import { useState } from 'react';\nexport function F() { const [a] = useState(1); return <a onClick={() => a}>x</a>; }`;
    expect(deadClientCode('f.tsx', source)).toEqual([]);
  });

  it('does not take a "use client" string that is not a directive for one', () => {
    const source = `const note = 1;\n'use client';\nexport function F() { const [a] = useState(1); return a; }`;
    expect(deadClientCode('f.ts', source)).toEqual([]);
  });

  it('accepts a client module with nothing that needs the runtime', () => {
    const source = `'use client';\nimport { usePathname } from 'next/navigation';\nexport function F() { return <p>{usePathname()}</p>; }`;
    expect(deadClientCode('f.tsx', source)).toEqual([]);
  });

  it('names the file when scanning folders', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'client-modules-'));
    fs.mkdirSync(path.join(root, 'components', 'ui'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'components', 'ui', 'toggle.tsx'),
      `'use client';\nexport const T = () => <button onChange={() => 1} />;`,
    );
    fs.writeFileSync(path.join(root, 'components', 'ui', 'fine.tsx'), `export const T = () => <button />;`);
    expect(deadClientCodeUnder(root, ['components'])).toEqual(['components/ui/toggle.tsx: line 2: the onChange handler is never attached']);
    fs.rmSync(root, { recursive: true });
  });
});

describe("the site's sources", () => {
  it('have no client module whose state, effects or handlers would be dead in the runtime-free pages', () => {
    expect(deadClientCodeUnder(process.cwd(), ['app', 'components', 'i18n', 'lib'])).toEqual([]);
  });
});
