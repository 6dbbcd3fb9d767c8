/** The Dutch words of problems with where output goes (see input-messages.ts). */
import type { OutputFacts, OutputPlace } from '../io/output-facts.js';
import { type InputWording, OUT_OF_SPACE } from './input-message-kit.js';

/** Waarom het bestandssysteem een schrijfopdracht weigerde, per foutcode. */
const REASON: Readonly<Record<string, string>> = {
  EACCES: 'geen toegang',
  EPERM: 'geen toegang',
  EROFS: 'het bestandssysteem is alleen-lezen',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'het schijfquotum is op',
  EFBIG: 'het bestand is groter dan dit systeem toelaat',
  ENOTDIR: 'een deel van het pad is een bestand, geen map',
  EEXIST: 'een deel van het pad is een bestand, geen map',
  ENOENT: 'daar kan niets aangemaakt worden',
  ENAMETOOLONG: 'de naam is te lang',
  ELOOP: 'het pad loopt in een kring van symbolische koppelingen',
  EIO: 'het apparaat meldt een fout',
  EBUSY: 'de plaats is in gebruik',
};

/** `een andere map voor --out`, `een ander bestand voor --lp`: wat een melding in de plaats vraagt. */
const another = (option: string, place: OutputPlace) =>
  place === 'folder' ? `een andere map voor ${option}` : `een ander bestand voor ${option}`;

/** Eén zin per probleem met de uitvoer. */
export const OUTPUT_NL: { readonly [Id in keyof OutputFacts]: InputWording[Id] } = {
  'output-unwritable': ({ path, code, option }) =>
    `kan niet geschreven worden: ${REASON[code] ?? `fout ${code}`} (${code}: ${path}). ${
      OUT_OF_SPACE.has(code)
        ? `Maak ruimte vrij, of kies een andere plaats voor ${option}.`
        : `Kies voor ${option} een plaats waar je mag schrijven.`
    } Er werd daar niets geschreven.`,
  'output-busy': ({ lock, pid, host, option }) =>
    `wordt geschreven door een andere expertpool-opdracht${pid !== undefined ? ` (proces ${pid} op ${host})` : ''}. Wacht tot die klaar is, of kies een andere plaats voor ${option}. Als daar geen andere opdracht bezig is, verwijder dan het vergrendelingsbestand ${lock}.`,
  'output-changed': ({ change, option }) =>
    change === 'appeared'
      ? `is verschenen terwijl deze opdracht bezig was (een ander programma of een andere opdracht schreef daar); er werd niets geschreven. Bekijk wat er staat en voer de opdracht opnieuw uit met --force om het te vervangen, of kies een andere plaats voor ${option}.`
      : change === 'replaced'
        ? 'werd vervangen of verwijderd terwijl deze opdracht bezig was; er werd niets geschreven. Voer de opdracht opnieuw uit.'
        : 'werd overgenomen door een andere expertpool-opdracht terwijl deze opdracht bezig was; er werd niets geschreven. Voer de opdracht opnieuw uit als die andere klaar is.',
  'output-unfinished': ({ code, journal }) =>
    `bevat de nieuwe rapportbestanden maar gedeeltelijk: ze op hun plaats zetten mislukte (${code}). De rest wacht in ${journal}; de volgende opdracht die in deze map schrijft, maakt de wissel eerst af.`,
  'output-exists': ({ option }) => `bestaat al. Voeg --force toe om het te vervangen, of kies een ander bestand voor ${option}.`,
  'output-is-input': ({ option }) =>
    `is een invoerbestand van deze opdracht; kies een ander bestand voor ${option}, zodat invoer nooit overschreven wordt.`,
  'output-through-link': ({ target, folder, option }) =>
    `leidt via een symbolische koppeling naar ${target}, buiten de werkmap ${folder}. Geef de echte map op als ${option}, of voeg --allow-outside toe om daar te schrijven.`,
  'output-not-empty': ({ entries, option, newRound }) =>
    `bestaat al en is niet leeg (${entries} ${entries === 1 ? 'item' : 'items'}). ${
      newRound
        ? 'Voeg --force toe om er de bestanden van een nieuwe ronde in te vervangen, of kies een andere map.'
        : `Voeg --force toe om de rapportbestanden erin te overschrijven, of kies een andere map voor ${option}.`
    }`,
  'output-holds-input': ({ input, option }) =>
    `bevat "${input}", een invoerbestand van deze opdracht. Kies een andere map voor ${option} (of voeg --force toe om naast de invoer te schrijven; invoer wordt nooit vervangen).`,
  'output-replaces-input': ({ option }) =>
    `is een invoerbestand van deze opdracht; kies een andere map voor ${option}, zodat invoer nooit overschreven wordt.`,
  'output-not-folder': ({ option }) => `bestaat al en is geen map. Kies een map voor ${option}.`,
  'output-link-away': ({ target, option }) =>
    `is een symbolische koppeling naar ${target}. Uitvoer volgt geen koppelingen weg uit de plaats die je opgeeft: geef de echte map op als ${option}.`,
  'output-dangling-link': ({ option }) =>
    `is een symbolische koppeling naar een map die niet bestaat. Geef een echte map op als ${option}.`,
  'output-in-the-way': ({ option, place }) =>
    `staat in de weg: het is geen gewoon bestand, dus een rapport kan het niet vervangen. Verplaats het, of kies ${another(option, place)}.`,
  'output-entry-link': ({ target, option, place }) =>
    `is een symbolische koppeling naar ${target}, buiten de map van ${option}; een rapport schrijft er nooit doorheen. Verwijder de koppeling, of kies ${another(option, place)}.`,
};
