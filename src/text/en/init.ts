/** The English words of a new round (`expertpool init`). */
import type { InitWords } from '../init-words.js';

/** The English words of `expertpool init`. */
export const INIT: InitWords = {
  roundName: 'New round',
  workbookFile: 'round.xlsx',
  sheet: { municipalities: 'municipalities', experts: 'experts', requests: 'requests', notes: 'Notes' },
  scenario: {
    intro: (validate) => [
      'A new allocation round. Fill in the three tables (the example rows show how; replace them),',
      'set the budget, then check the round with:',
      `  ${validate}`,
    ],
    budget: 'EUR for trajectories in the round, without thousands separators.',
    periods: 'The four-month periods of the round, in time order.',
    defaults: 'Values for empty expert cells: cost per trajectory (EUR) and farthest distance (km).',
    data: 'The tables: CSV files, or sheets of an .xlsx workbook (file.xlsx#Sheet to name the sheet).',
    priority: 'Priority rule: score (the priority column of the requests), weighted, tiers, first-come, lottery or greedy.',
    constraints: 'At most one trajectory per municipality.',
    objective: 'What counts, most important first: total priority served, then requests served, then distance.',
  },
  example: { municipality: 'Example municipality', expert: 'Example Expert' },
  notes: {
    municipalities: {
      nis: 'NIS code of the municipality: 5 digits, e.g. 44021 for Gent. Unique.',
      name: 'Name of the municipality, as reports show it.',
      province: 'Province, e.g. Oost-Vlaanderen; used by province quotas and the summaries.',
      lat: 'Latitude in decimal degrees (WGS 84), e.g. 51.0543; Belgium lies between 49.45 and 51.55.',
      lon: 'Longitude in decimal degrees (WGS 84), e.g. 3.7174; Belgium lies between 2.5 and 6.45.',
      population: 'Inhabitants, a whole number.',
    },
    experts: {
      id: 'Id of the expert, e.g. X001. Unique.',
      name: 'Name of the expert.',
      municipality: 'NIS code of the lending municipality (the employer); it must be in the municipalities table.',
      domains: 'Domains the expert offers, separated by |, each with an optional level 1-3 after a colon: kinderarmoede:3|wonen.',
      periods: 'Periods the expert is available in, separated by |, e.g. P1|P2|P3 (the periods of the scenario).',
      cost: 'EUR per trajectory paid to the lending municipality, e.g. 16667. Empty: defaults.cost of the scenario.',
      max_trajectories: 'Most trajectories in the round, a whole number. Empty: one per period the expert is available in.',
      max_distance_km: 'Farthest the expert travels, in km. Empty: defaults.maxDistanceKm of the scenario.',
    },
    requests: {
      id: 'Id of the request, e.g. A001. Unique.',
      municipality: 'NIS code of the receiving municipality; it must be in the municipalities table.',
      domain: 'The domain the request asks help in, e.g. kinderarmoede.',
      periods: 'Acceptable periods, separated by |, e.g. P1|P2. Empty: any period of the round.',
      submitted_at:
        'When the request came in, Brussels time: a date and time cell, or text such as 2022-10-04 09:30. The first-come rule needs it.',
      priority: 'Score of 0 or more, e.g. 87.5; under the score rule higher scores are served first.',
    },
  },
  indicatorNote: 'Any other column (e.g. kansarmoede) is an indicator that the weighted and tiers priority rules can use.',
  notesColumn: { table: 'Table', column: 'Column', required: 'Required', note: 'What it holds' },
  required: 'required',
  optional: 'optional',
  readme: {
    title: 'A new allocation round',
    steps: (validate) => [
      'Fill in the three CSV files: one row per municipality, expert and request. The example rows show how; replace them.',
      'Set the budget (and the rest of the round) in scenario.yaml.',
      ['Check the round with ', { code: validate }, '; it says what is still missing.'],
    ],
    file: (name) => `Columns of ${name}`,
  },
  wrote: (folder, files) => `Wrote a new round into ${folder}: ${files}.`,
  next: (validate) => `Fill in the tables, then check the round with: ${validate}`,
};
