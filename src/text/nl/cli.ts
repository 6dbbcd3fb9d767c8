/** The Dutch words of the command line (Flemish usage). */
import type { CliWords } from '../cli-words.js';

/** The Dutch words of the command line. */
export const CLI: CliWords = {
  usage: {
    'time-limit': ({ seconds, max }) =>
      `--time-limit moet een aantal seconden zijn, meer dan 0 en hoogstens ${max} (één dag); gekregen: ${seconds}. Bijvoorbeeld: --time-limit 60`,
    'format-unknown': ({ unknown, allowed }) =>
      `--format: onbekend formaat "${unknown.join(', ')}"; kies uit ${allowed.join(', ')} (gescheiden door komma's)`,
    jobs: ({ jobs }) => `--jobs moet een geheel getal zijn van minstens 1 (gekregen: ${jobs})`,
    'compare-too-few': ({ count }) => `compare heeft minstens twee scenariobestanden nodig (gekregen: ${count})`,
    'request-unknown': ({ request, suggestion }) =>
      `--request: geen aanvraag "${request}" in de ronde${suggestion !== undefined ? `; bedoel je "${suggestion}"?` : ''}`,
    'export-no-file': () => 'geef een bestand op om te schrijven met --lp BESTAND en/of --mps BESTAND',
    'export-same-file': () => '--lp en --mps noemen hetzelfde bestand; geef elk formaat een eigen bestand',
    'count-range': ({ flag, value, min, max }) => `--${flag} moet een geheel getal van ${min} tot ${max} zijn (gekregen: ${value})`,
    'budget-not-positive': ({ value }) => `--budget moet een bedrag in EUR boven 0 zijn (gekregen: ${value})`,
    'engine-unknown': ({ engine, known }) => `onbekende rekenmotor "${engine}"; kies uit: ${known.join(', ')}`,
  },
  nameCommand: 'Geef een opdracht: "solve" of "validate".',
  seeHelp: 'Voer "expertpool --help" uit voor het gebruik.',
  interrupted: 'onderbroken; de berekening werd gestopt en er werd niets geschreven.',
  engineFailure: (detail) => `de rekenmotor faalde: ${detail}\nEr werd geen resultaat geschreven.`,
  allocationRefused: (report) =>
    `interne fout: ${report}Dit is een fout in expertpool; er werd geen resultaat geschreven. Meld de fout, samen met het scenario.`,
  internalError: (detail) => `interne fout (een fout in expertpool; meld ze, samen met het scenario en deze tekst):\n${detail}`,
  stdoutFailed: (detail) => `kan niet naar de standaarduitvoer schrijven (${detail}); wat daar aankwam, is onvolledig.`,
  infeasible: 'onhaalbaar',
  breaks: 'regel gebroken',
  sweepProgress: (bar, done, total) => `reeks [${bar}] ${done}/${total} punten`,
  generated: (count, folder, files) => `${count} bestanden geschreven in ${folder}: ${files}`,
  exported: (file, size) => `${file} geschreven: ${size}`,
  modelTitle: (round, tier, sense, scale) =>
    `expertpool-model van "${round}", criterium "${tier}" (${sense === 'max' ? 'maximaliseren' : 'minimaliseren'}; optimum / ${scale} = de waarde van het criterium)`,
  modelSize: (columns, arcs, rows) => `${columns} kolommen (x0..x${arcs - 1} zijn trajecten, de rest zijn tellers), ${rows} rijen`,
};
