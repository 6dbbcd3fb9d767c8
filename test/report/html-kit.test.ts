import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, escapeAttribute, escapeHtml, htmlPage, jsonForScript, svgBarChart } from '../../src/report/html-kit.js';

describe('HTML building blocks', () => {
  it('escapes text and attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeAttribute('a\u0000b\u001fc"')).toBe('abc&quot;');
  });

  it('embeds JSON that cannot close its script element and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', amp: 'a&b', separators: '\u2028\u2029' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('allows exactly its own inline style and script by hash', () => {
    const page = htmlPage({ lang: 'nl', title: 'T', style: 'body{color:red}', script: 'console.log(1)', body: '<p>x</p>' });
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(cspHash('body{color:red}')).toBe(hash('body{color:red}'));
    expect(page).toContain(`style-src ${hash('body{color:red}')}`);
    expect(page).toContain(`script-src ${hash('console.log(1)')}`);
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('<style>body{color:red}</style>');
    expect(page).toContain('<script>console.log(1)</script>');
    expect(htmlPage({ lang: 'en', title: 'T', style: '', body: '' })).toContain("script-src 'none'");
  });

  it('draws one bar per group and series, scaled to the largest value', () => {
    const svg = svgBarChart({
      title: 'x<y',
      series: ['requested', 'served'],
      groups: [
        { label: 'A&B', values: [4, 2] },
        { label: 'C', values: [0, 0] },
      ],
      format: String,
    });
    expect(svg.match(/<rect class="series-\d"[^>]*><title>/g)).toHaveLength(4);
    expect(svg).toContain('width="410"');
    expect(svg).toContain('width="205"');
    expect(svg).toContain('A&amp;B');
    expect(svg).toContain('<title>x&lt;y</title>');
  });
});
