/** The Dutch words of the report's map and budget bar. */
import type { MapWords } from '../map-words.js';

const trajectories = (n: number) => `${n} ${n === 1 ? 'traject' : 'trajecten'}`;

/** The Dutch words of the map. */
export const MAP: MapWords = {
  legend: {
    granted: 'elke aanvraag toegekend',
    partly: 'een deel van de aanvragen toegekend',
    notGranted: (named) => (named ? 'geen aanvraag toegekend (met naam op de kaart)' : 'geen aanvraag toegekend'),
    lends: 'leent een expert uit (ring)',
    other: 'andere gemeente',
    trajectory: (period) => `traject in ${period}, van uitlenende naar ontvangende gemeente`,
    flow: 'trajecten van de ene provincie naar de andere (breder: meer)',
    left: 'over',
  },
  caption: 'Elke gemeente van de ronde; een pijl loopt van de uitlenende naar de ontvangende gemeente van elk traject.',
  provinceCaption: (places) =>
    `${places} gemeenten die een aanvraag indienden, krijgen geen traject: te veel om op één kaart te benoemen. Elke provincie toont hoeveel van haar aanvragen toegekend worden, en de pijlen hoeveel trajecten van de ene provincie naar de andere gaan.`,
  province: (name, granted, requested) => `${name}: ${granted} van ${requested} toegekend`,
  flowTitle: (from, to, n) => `${from} → ${to}: ${trajectories(n)}`,
};
