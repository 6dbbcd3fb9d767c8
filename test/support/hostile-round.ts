import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

/**
 * Text that would become markup, script or a formula if a report or export
 * copied it verbatim: script elements, an attribute break-out, closing
 * `</svg>` and `</script>`, template braces, spreadsheet formulas, and
 * Markdown that would become a live link or emphasis (MARKDOWN_PAYLOAD).
 * Every payload that runs calls `alert(n)`, so a dialog means a hole.
 */
export const MARKDOWN_PAYLOAD = '[click me](https://evil.example) **x**';

export const HOSTILE = {
  scenarioName: `<script>alert(10)</script> {{ }} </svg> ${MARKDOWN_PAYLOAD}`,
  municipalityNames: [
    '<script>alert(1)</script>',
    '</svg><script>alert(3)</script>',
    '=HYPERLINK("http://evil.example","click")',
    '</script><script>alert(5)</script>',
    MARKDOWN_PAYLOAD,
  ],
  provinces: [
    '"><img src=x onerror=alert(2)>',
    "{{constructor.constructor('alert(4)')()}}",
    '+Antwerpen',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '_Mechelen_',
  ],
  expertIds: ['<script>alert(6)</script>', '=1+2'],
  expertNames: ['"><img src=x onerror=alert(7)>', '-2+3 {{7*7}}'],
  domains: ['wonen', '</svg><b>x</b>', 'nobody<script>alert(9)</script>'],
  requestIds: ['@A001', '\t=cmd', '"><img src=x onerror=alert(8)>', '+A004'],
} as const;

const csv = (rows: readonly (readonly string[])[]) =>
  `${Papa.unparse(
    rows.map((row) => [...row]),
    { escapeFormulae: false },
  )}\n`;

/**
 * Writes a small round whose every name, id, domain and the scenario name is
 * hostile; solved, it serves two requests and leaves two unserved (one for
 * budget, one without an eligible expert, in the municipality named with
 * Markdown link and emphasis syntax). Returns the scenario path.
 */
export function writeHostileRound(): string {
  const folder = mkdtempSync(join(tmpdir(), 'expertpool-hostile-'));
  const [m1, m2, m3, m4, m5] = HOSTILE.municipalityNames;
  const [p1, p2, p3, p4, p5] = HOSTILE.provinces;
  const [e1, e2] = HOSTILE.expertIds;
  const [n1, n2] = HOSTILE.expertNames;
  const [wonen, svgDomain, nobody] = HOSTILE.domains;
  const [r1, r2, r3, r4] = HOSTILE.requestIds;
  const files: Record<string, string> = {
    'municipalities.csv': csv([
      ['nis', 'name', 'province', 'lat', 'lon'],
      ['44021', m1, p1, '51.0543', '3.7174'],
      ['11002', m2, p2, '51.2194', '4.4025'],
      ['41002', m3, p3, '50.9378', '4.0403'],
      ['71016', m4, p4, '50.9650', '5.5008'],
      ['12025', m5, p5, '51.0259', '4.4776'],
    ]),
    'experts.csv': csv([
      ['id', 'name', 'municipality', 'domains', 'periods'],
      [e1, n1, '44021', `${wonen}|${svgDomain}`, 'P1|P2'],
      [e2, n2, '11002', wonen, 'P1|P2|P3'],
    ]),
    'requests.csv': csv([
      ['id', 'municipality', 'domain', 'periods', 'priority'],
      [r1, '41002', wonen, '', '80'],
      [r2, '71016', svgDomain, '', '70'],
      [r3, '44021', wonen, '', '60'],
      [r4, '12025', nobody, '', '50'],
    ]),
    'scenario.yaml': `name: ${JSON.stringify(HOSTILE.scenarioName)}\nbudget: 50000\ndefaults: { cost: 16667, maxDistanceKm: 200 }\ndata: { municipalities: municipalities.csv, experts: experts.csv, requests: requests.csv }\n`,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return join(folder, 'scenario.yaml');
}
