/**
 * The files of a new round to fill in (`expertpool init`): scenario.yaml
 * with comments, and either three CSV files with a README of their columns
 * or one workbook whose header cells carry the column notes, with a notes
 * sheet. Each table has its header and one example row (io/init-example.ts).
 */
import type { CsvColumns } from '../io/csv-header.js';
import { EXPERT_COLUMNS } from '../io/experts-csv.js';
import { INIT_EXAMPLE } from '../io/init-example.js';
import { MUNICIPALITY_COLUMNS } from '../io/municipalities-csv.js';
import { REQUEST_COLUMNS } from '../io/requests-csv.js';
import { dateTimeSerial } from '../io/sheet-cells.js';
import type { InitTable, InitWords } from '../text/init-words.js';
import type { Lang } from '../text/lang.js';
import { WORDS } from '../text/words.js';
import { toCsv } from './csv.js';
import { section, textCell, type Block } from './document.js';
import { renderMarkdown } from './markdown-render.js';
import { type SheetSpec, workbookBytes } from './xlsx-writer.js';

const TABLES: readonly InitTable[] = ['municipalities', 'experts', 'requests'];
const COLUMNS: Readonly<Record<InitTable, CsvColumns>> = {
  municipalities: MUNICIPALITY_COLUMNS,
  experts: EXPERT_COLUMNS,
  requests: REQUEST_COLUMNS,
};

/** How to check the new round, as the scenario's comment and README say it (from the round's folder). */
const VALIDATE = 'expertpool validate scenario.yaml';

const columnsOf = (table: InitTable) => [...COLUMNS[table].required, ...(COLUMNS[table].optional ?? [])];

/** How a workbook shows each example value; CSV writes the same values as plain numbers and text. */
type ExampleValue = { readonly text: string } | { readonly number: number; readonly format: 'decimal' | 'euro' | 'integer' | 'datetime' };

/** The example row of each table, by column. */
function exampleRows(words: InitWords): Readonly<Record<InitTable, Readonly<Record<string, ExampleValue>>>> {
  const { municipality, expert, request } = INIT_EXAMPLE;
  const text = (value: string) => ({ text: value });
  const number = (value: number, format: 'decimal' | 'euro' | 'integer' | 'datetime' = 'decimal') => ({ number: value, format });
  return {
    municipalities: {
      nis: number(Number(municipality.nis)),
      name: text(words.example.municipality),
      province: text(municipality.province),
      lat: number(municipality.lat),
      lon: number(municipality.lon),
      population: number(municipality.population, 'integer'),
    },
    experts: {
      id: text(expert.id),
      name: text(words.example.expert),
      municipality: number(Number(municipality.nis)),
      domains: text(expert.domains),
      periods: text(expert.periods),
      cost: number(expert.cost, 'euro'),
      max_trajectories: number(expert.maxTrajectories, 'integer'),
      max_distance_km: number(expert.maxDistanceKm),
    },
    requests: {
      id: text(request.id),
      municipality: number(Number(municipality.nis)),
      domain: text(request.domain),
      periods: text(request.periods),
      submitted_at: number(dateTimeSerial(...request.submittedAt), 'datetime'),
      priority: number(request.priority),
    },
  };
}

/** A CSV cell of an example value; a date as the text the submitted_at column reads. */
function csvValue(value: ExampleValue): string | number {
  if ('text' in value) return value.text;
  if (value.format !== 'datetime') return value.number;
  const [year, month, day, hour, minute, second] = INIT_EXAMPLE.request.submittedAt;
  const two = (part: number) => String(part).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}:${two(second)}`;
}

/** scenario.yaml of the new round: every key with a comment in the language, data paths to `files`. */
function scenarioYaml(words: InitWords, files: Readonly<Record<InitTable, string>>): string {
  const s = words.scenario;
  const comment = (...lines: readonly string[]) => lines.map((line) => `# ${line}`.trimEnd());
  return `${[
    ...comment(...s.intro(VALIDATE)),
    `name: ${words.roundName}`,
    ...comment(s.budget),
    'budget: 250000',
    ...comment(s.periods),
    'periods: [P1, P2, P3]',
    ...comment(s.defaults),
    'defaults: { cost: 16667, maxDistanceKm: 60 }',
    ...comment(s.data),
    'data:',
    ...TABLES.map((table) => `  ${table}: ${files[table]}`),
    ...comment(s.priority),
    'priority: { rule: score }',
    ...comment(s.constraints),
    'constraints: { maxPerMunicipality: 1 }',
    ...comment(s.objective),
    'objective: [priority, served, distance]',
  ].join('\n')}\n`;
}

/** The notes of one table's columns: name, required or optional, what it holds. */
function noteRows(table: InitTable, words: InitWords): string[][] {
  return columnsOf(table).map((column) => [
    column,
    COLUMNS[table].required.includes(column) ? words.required : words.optional,
    words.notes[table][column] ?? '',
  ]);
}

/** The workbook: one sheet per table (notes as comments on the headers), then a notes sheet. */
function templateWorkbook(words: InitWords): Buffer {
  const examples = exampleRows(words);
  const tableSheets = TABLES.map(
    (table): SheetSpec => ({
      name: words.sheet[table],
      blocks: [
        {
          columns: columnsOf(table).map((column) => {
            const example = examples[table][column];
            const format = example === undefined || 'text' in example ? 'text' : example.format;
            return { header: column, format, note: words.notes[table][column] };
          }),
          rows: [
            columnsOf(table).map((column) => {
              const example = examples[table][column];
              return example === undefined ? undefined : 'text' in example ? example.text : example.number;
            }),
          ],
        },
      ],
    }),
  );
  const c = words.notesColumn;
  const notes: SheetSpec = {
    name: words.sheet.notes,
    blocks: [
      {
        columns: [c.table, c.column, c.required, c.note].map((header) => ({ header, format: 'text' as const })),
        rows: [
          ...TABLES.flatMap((table) => noteRows(table, words).map((row) => [words.sheet[table], ...row])),
          [words.sheet.municipalities, '…', words.optional, words.indicatorNote],
        ],
      },
    ],
  };
  return workbookBytes([...tableSheets, notes]);
}

/** README.md beside the CSV files: the steps, then the columns of each file. */
function readme(words: InitWords, files: Readonly<Record<InitTable, string>>, lang: Lang): string {
  const c = words.notesColumn;
  const blocks: Block[] = [
    { kind: 'list', items: words.readme.steps(VALIDATE) },
    ...TABLES.map((table) =>
      section(words.readme.file(files[table]), {
        kind: 'table',
        columns: [{ label: c.column }, { label: c.required }, { label: c.note }],
        rows: noteRows(table, words).map((row) => row.map(textCell)),
      }),
    ),
    { kind: 'paragraph', text: words.indicatorNote },
  ];
  return renderMarkdown({ title: words.readme.title, lang, blocks });
}

/** Every file of a new round, by name: one workbook (`workbook`) or three CSV files and a README, and the scenario. */
export function roundTemplateFiles(options: { readonly lang: Lang; readonly workbook: boolean }): Record<string, string | Buffer> {
  const words = WORDS[options.lang].init;
  if (options.workbook) {
    const file = words.workbookFile;
    return {
      'scenario.yaml': scenarioYaml(words, { municipalities: file, experts: file, requests: file }),
      [file]: templateWorkbook(words),
    };
  }
  const files = { municipalities: 'municipalities.csv', experts: 'experts.csv', requests: 'requests.csv' } as const;
  const examples = exampleRows(words);
  const tables = Object.fromEntries(
    TABLES.map((table) => [files[table], toCsv(columnsOf(table), [columnsOf(table).map((column) => csvValue(examples[table][column]!))])]),
  );
  return { 'scenario.yaml': scenarioYaml(words, files), ...tables, 'README.md': readme(words, files, options.lang) };
}
