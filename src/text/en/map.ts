/** The English words of the report's map and budget bar. */
import type { MapWords } from '../map-words.js';

const trajectories = (n: number) => `${n} ${n === 1 ? 'trajectory' : 'trajectories'}`;

/** The English words of the map. */
export const MAP: MapWords = {
  legend: {
    granted: 'every request granted',
    partly: 'some requests granted',
    notGranted: (named) => (named ? 'no request granted (named on the map)' : 'no request granted'),
    lends: 'lends an expert (ring)',
    other: 'other municipality',
    trajectory: (period) => `trajectory in ${period}, from lending to receiving municipality`,
    flow: 'trajectories from one province to another (wider: more)',
    left: 'left',
  },
  caption: 'Every municipality of the round; an arrow runs from the lending to the receiving municipality of each trajectory.',
  provinceCaption: (places) =>
    `${places} municipalities that asked receive no trajectory, too many to name on one map: each province shows how many of its requests are granted, and the arrows how many trajectories go from one province to another.`,
  province: (name, granted, requested) => `${name}: ${granted} of ${requested} granted`,
  flowTitle: (from, to, n) => `${from} → ${to}: ${trajectories(n)}`,
};
