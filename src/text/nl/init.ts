/** The Dutch words of a new round (`expertpool init`), in the words of the glossary. */
import type { InitWords } from '../init-words.js';

/** The Dutch words of `expertpool init`. */
export const INIT: InitWords = {
  roundName: 'Nieuwe ronde',
  workbookFile: 'ronde.xlsx',
  sheet: { municipalities: 'gemeenten', experts: 'experten', requests: 'aanvragen', notes: 'Toelichting' },
  scenario: {
    intro: (validate) => [
      'Een nieuwe toewijzingsronde. Vul de drie tabellen in (de voorbeeldrijen tonen hoe; vervang ze),',
      'zet het budget en controleer de ronde dan met:',
      `  ${validate}`,
    ],
    budget: 'EUR voor trajecten in de ronde, zonder scheidingsteken voor duizendtallen.',
    periods: 'De periodes van vier maanden van de ronde, in volgorde.',
    defaults: 'Waarden voor lege cellen van de experts: kost per traject (EUR) en grootste afstand (km).',
    data: 'De tabellen: CSV-bestanden, of werkbladen van een .xlsx-werkmap (bestand.xlsx#Werkblad om het blad te noemen).',
    priority: 'Voorrangsregel: score (de kolom "priority" van de aanvragen), weighted, tiers, first-come, lottery of greedy.',
    constraints: 'Hoogstens één traject per gemeente.',
    objective:
      'Wat telt, het belangrijkste eerst: totale prioriteit van de toegekende aanvragen, dan het aantal toegekende aanvragen, dan de afstand.',
  },
  example: { municipality: 'Voorbeeldgemeente', expert: 'Voorbeeld Expert' },
  notes: {
    municipalities: {
      nis: 'NIS-code van de gemeente: 5 cijfers, bv. 44021 voor Gent. Uniek.',
      name: 'Naam van de gemeente, zoals de rapporten ze tonen.',
      province: 'Provincie, bv. Oost-Vlaanderen; voor quota per provincie en de overzichten.',
      lat: 'Breedtegraad in decimale graden (WGS 84), bv. 51,0543; België ligt tussen 49,45 en 51,55.',
      lon: 'Lengtegraad in decimale graden (WGS 84), bv. 3,7174; België ligt tussen 2,5 en 6,45.',
      population: 'Aantal inwoners, een geheel getal.',
    },
    experts: {
      id: 'Id van de expert, bv. X001. Uniek.',
      name: 'Naam van de expert.',
      municipality: 'NIS-code van het uitlenend bestuur (de werkgever); die moet in de tabel van de gemeenten staan.',
      domains:
        'Domeinen die de expert aanbiedt, gescheiden door |, elk met een niveau 1-3 na een dubbelpunt als je wil: kinderarmoede:3|wonen.',
      periods: 'Periodes waarin de expert beschikbaar is, gescheiden door |, bv. P1|P2|P3 (de periodes van het scenario).',
      cost: 'Vergoeding in EUR per traject voor het uitlenend bestuur, bv. 16667. Leeg: defaults.cost van het scenario.',
      max_trajectories: 'Hoogstens zoveel trajecten in de ronde, een geheel getal. Leeg: één per periode waarin de expert beschikbaar is.',
      max_distance_km: 'Grootste afstand die de expert aflegt, in km. Leeg: defaults.maxDistanceKm van het scenario.',
    },
    requests: {
      id: 'Id van de aanvraag, bv. A001. Uniek.',
      municipality: 'NIS-code van het ontvangend bestuur; die moet in de tabel van de gemeenten staan.',
      domain: 'Het domein waarin de aanvraag hulp vraagt, bv. kinderarmoede.',
      periods: 'Aanvaarde periodes, gescheiden door |, bv. P1|P2. Leeg: elke periode van de ronde.',
      submitted_at:
        'Wanneer de aanvraag binnenkwam, Brusselse tijd: een cel met datum en tijd, of tekst zoals 2022-10-04 09:30. De voorrangsregel first-come (volgorde van indiening) heeft ze nodig.',
      priority: 'Score van 0 of meer, bv. 87,5; met de regel score worden hogere scores eerst toegekend.',
    },
  },
  indicatorNote: 'Elke andere kolom (bv. kansarmoede) is een indicator die de voorrangsregels weighted en tiers kunnen gebruiken.',
  notesColumn: { table: 'Tabel', column: 'Kolom', required: 'Verplicht', note: 'Wat erin staat' },
  required: 'verplicht',
  optional: 'niet verplicht',
  readme: {
    title: 'Een nieuwe toewijzingsronde',
    steps: (validate) => [
      'Vul de drie CSV-bestanden in: één rij per gemeente, expert en aanvraag. De voorbeeldrijen tonen hoe; vervang ze.',
      'Zet het budget (en de rest van de ronde) in scenario.yaml.',
      ['Controleer de ronde met ', { code: validate }, '; dat zegt wat er nog ontbreekt.'],
    ],
    file: (name) => `Kolommen van ${name}`,
  },
  wrote: (folder, files) => `Een nieuwe ronde staat in ${folder}: ${files}.`,
  next: (validate) => `Vul de tabellen in en controleer de ronde dan met: ${validate}`,
};
