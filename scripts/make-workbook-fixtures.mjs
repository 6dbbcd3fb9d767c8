/**
 * Regenerates the workbook fixtures, so tests need no office suite:
 *
 *   apt-get install -y libreoffice-calc-nogui      # once; Debian's LibreOffice Calc without a GUI
 *   node scripts/make-workbook-fixtures.mjs
 *
 * test/fixtures/workbooks/: the example round (scenarios/round-2022) as a
 * coordinator in Belgium keeps it. Its CSV files are rewritten the way Excel
 * and Calc in Belgian Dutch export them (";" between cells, decimal commas,
 * Brussels local times), then LibreOffice Calc imports them in the nl-BE
 * locale (so Calc itself decides which cells are numbers and dates, and NIS
 * codes become numbers) into one workbook with Dutch sheet names, hides one
 * row, and saves it as .xlsx. Calc then exports that workbook back to CSV,
 * one file per sheet: the CSV export the workbook must give the same result as.
 *
 * test/fixtures/bad/xlsx-*: workbooks a coordinator might send that must be
 * refused with a clear message: see make-bad-workbooks.mjs.
 *
 * LibreOffice runs with a throw-away profile holding one Basic macro, which
 * builds the multi-sheet workbook (`soffice --convert-to` writes one sheet
 * per file).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeBadWorkbooks } from './make-bad-workbooks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = join(root, 'scenarios/round-2022');
const target = join(root, 'test/fixtures/workbooks');

/** The example round's tables and the Dutch sheet names the workbook gives them. */
const SHEETS = [
  ['gemeenten', 'municipalities.csv'],
  ['experten', 'experts.csv'],
  ['aanvragen', 'requests.csv'],
  ['historiek', 'history.csv'],
];

/** The row (1-based, the header is 1) the macro hides in the first sheet: hidden rows are still read. */
const HIDDEN_ROW = 4;

const BRUSSELS = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** One cell as a Belgian export writes it: decimal comma, and a time with an offset as Brussels local time. */
function belgianCell(cell) {
  if (/^-?\d+\.\d+$/.test(cell)) return cell.replace('.', ',');
  if (/^\d{4}-\d{2}-\d{2}T.*[+-]\d{2}:\d{2}$/.test(cell)) return BRUSSELS.format(new Date(cell));
  return cell;
}

/** The example's plain CSV (no quotes, no "," inside cells) as a Belgian ";" export. */
function belgianCsv(text) {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(',').map(belgianCell).join(';'))
    .join('\r\n');
}

/** The Basic macro: imports each CSV in nl-BE, gathers them as sheets of one workbook, hides a row, saves .xlsx. */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub BuildWorkbook(target As String, spec As String, hiddenRow As Integer)
  Dim parts() As String
  parts = Split(spec, &quot;|&quot;)
  Dim opts(2) As New com.sun.star.beans.PropertyValue
  opts(0).Name = &quot;FilterName&quot; : opts(0).Value = &quot;Text - txt - csv (StarCalc)&quot;
  &apos; Separator ;, quote &quot;, UTF-8, from line 1, no column types, language nl-BE (2067), detect special numbers.
  opts(1).Name = &quot;FilterOptions&quot; : opts(1).Value = &quot;59,34,76,1,,2067,false,true&quot;
  opts(2).Name = &quot;Hidden&quot; : opts(2).Value = True
  Dim doc As Object, source As Object
  For i = 0 To UBound(parts)
    pair = Split(parts(i), &quot;=&quot;)
    source = StarDesktop.loadComponentFromURL(ConvertToURL(pair(1)), &quot;_blank&quot;, 0, opts)
    If i = 0 Then
      doc = source
    Else
      doc.Sheets.importSheet(source, source.Sheets.getByIndex(0).Name, i)
      source.close(True)
    End If
    doc.Sheets.getByIndex(i).Name = pair(0)
  Next
  doc.Sheets.getByIndex(0).Rows.getByIndex(hiddenRow - 1).IsVisible = False
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot; : save(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  doc.storeToURL(ConvertToURL(target), save)
  doc.close(True)
End Sub
</script:module>
`;

/** The profile's locale setting (Tools > Options > Languages): what formats Calc reads, shows and exports numbers and dates in. */
const BELGIAN_LOCALE = `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-BE</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>nl-BE</value></prop></item>
`;

/** Runs soffice headless with the throw-away profile. */
function soffice(profile, args, cwd) {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(profile).href}`, ...args], { cwd, stdio: 'pipe' });
}

function checkSoffice() {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
  } catch {
    process.stderr.write('soffice (LibreOffice) is not installed: apt-get install -y libreoffice-calc-nogui\n');
    process.exit(1);
  }
}

checkSoffice();
const work = mkdtempSync(join(tmpdir(), 'expertpool-fixtures-'));
try {
  const profile = join(work, 'profile');
  soffice(profile, ['--terminate_after_init'], work);
  const settings = join(profile, 'user/registrymodifications.xcu');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace('</oor:items>', `${BELGIAN_LOCALE}</oor:items>`));
  writeFileSync(join(profile, 'user/basic/Standard/Module1.xba'), MACRO);
  const spec = SHEETS.map(([sheet, file]) => {
    const csv = join(work, `${sheet}.csv`);
    writeFileSync(csv, belgianCsv(readFileSync(join(example, file), 'utf8')));
    return `${sheet}=${csv}`;
  }).join('|');
  const workbook = join(work, 'round-2022-calc.xlsx');
  soffice(profile, [`macro:///Standard.Module1.BuildWorkbook("${workbook}","${spec}",${HIDDEN_ROW})`], work);
  // Calc's own CSV export of every sheet (12th token -1), as a Belgian user gets it: ";", decimal commas, values as shown.
  const exportFilter = 'csv:Text - txt - csv (StarCalc):59,34,76,1,,2067,false,true,true,false,false,-1';
  const exported = join(work, 'export');
  mkdirSync(exported);
  soffice(profile, ['--convert-to', exportFilter, '--outdir', exported, workbook], work);
  mkdirSync(target, { recursive: true });
  copyFileSync(workbook, join(target, 'round-2022-calc.xlsx'));
  for (const [sheet] of SHEETS) copyFileSync(join(exported, `round-2022-calc-${sheet}.csv`), join(target, `calc-export-${sheet}.csv`));
  // One table alone in a workbook whose only sheet has another name: Calc names the sheet after the file.
  copyFileSync(join(work, 'experten.csv'), join(work, 'deskundigen.csv'));
  soffice(
    profile,
    ['--infilter=CSV:59,34,76,1,,2067,false,true', '--convert-to', 'xlsx', '--outdir', work, join(work, 'deskundigen.csv')],
    work,
  );
  copyFileSync(join(work, 'deskundigen.xlsx'), join(target, 'experts-only-sheet.xlsx'));
  writeBadWorkbooks((args, cwd) => soffice(profile, args, cwd), work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`Wrote the workbook fixtures into ${target} and test/fixtures/bad/xlsx-*\n`);
