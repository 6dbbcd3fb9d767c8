/** The words of the input problems of `replan` (the previous result and the changes file), in English and Dutch. */
import type { Trajectory } from '../domain/types.js';
import type { InputWording } from './input-message-kit.js';
import type { Lang } from './lang.js';
import { formatEuro } from './number-format.js';
import { obstacleText } from './replan-text.js';
import { WORDS } from './words.js';

/** The message ids of `replan`'s input problems. */
type ReplanFactId =
  | 'result-not-json'
  | 'result-version'
  | 'changes-repeated'
  | 'frozen-not-allowed'
  | 'frozen-cancelled'
  | 'frozen-withdrawn'
  | 'frozen-over-budget'
  | 'promised-not-allowed'
  | 'frozen-conflict';

/** `X004 -> A012 in P1`: a trajectory in a message. */
const named = (t: Trajectory) => `${t.expert} -> ${t.request} in ${t.period}`;

/** The checker's rule a set of frozen trajectories breaks, in words. */
const ruleText = (rule: string, lang: Lang) => WORDS[lang].explain.rule[rule] ?? rule;

/** The English words of `replan`'s input problems. */
export const REPLAN_INPUT_EN: Pick<InputWording, ReplanFactId> = {
  'result-not-json': ({ detail }) =>
    `is not a result written by expertpool: it is not valid JSON (${detail}). Give --from the result.json that solve or replan wrote.`,
  'result-version': ({ version, current }) =>
    `was written by expertpool ${version}, a newer version than this one (${current}), whose results may differ in form. Revise it with expertpool ${version} or later.`,
  'changes-repeated': ({ name, first }) => `"${name}" is listed twice (first at ${first}); keep one entry.`,
  'frozen-not-allowed': ({ trajectory, obstacle }) =>
    `the trajectory ${named(trajectory)} is in a frozen period, but the current data no longer allows it: ${obstacleText(obstacle, trajectory, 'en')}. A frozen trajectory stays as it is: correct the data, or take ${trajectory.period} out of frozen.`,
  'frozen-cancelled': ({ trajectory }) =>
    `request ${trajectory.request} is served in the frozen period ${trajectory.period} (${named(trajectory)}), which stays as it is. Remove it from cancel, or take ${trajectory.period} out of frozen.`,
  'frozen-withdrawn': ({ trajectory, from }) =>
    `expert ${trajectory.expert} works in the frozen period ${trajectory.period} (${named(trajectory)}), which stays as it is, so cannot be withdrawn from ${from}. Withdraw the expert from the first period after the frozen ones, or take ${trajectory.period} out of frozen.`,
  'frozen-over-budget': ({ cost, budget }) =>
    `is ${formatEuro(budget, 'en')}, less than the trajectories of the frozen periods cost (${formatEuro(cost, 'en')}): they are under way and paid from this budget. Write a budget of at least ${formatEuro(cost, 'en')}.`,
  'promised-not-allowed': ({ trajectory, obstacle }) =>
    `the promised trajectory ${named(trajectory)} is no longer allowed by the current data: ${obstacleText(obstacle, trajectory, 'en')}. The revised allocation lists it as moved or dropped.`,
  'frozen-conflict': ({ rule, trajectories }) =>
    `the trajectories of the frozen periods ${trajectories.map(named).join(', ')} break ${ruleText(rule, 'en')} of the current round together; they are under way and cannot change. Correct the scenario or the data, or take their period out of frozen.`,
};

/** The Dutch words of `replan`'s input problems. */
export const REPLAN_INPUT_NL: Pick<InputWording, ReplanFactId> = {
  'result-not-json': ({ detail }) =>
    `is geen resultaat van expertpool: het is geen geldige JSON (${detail}). Geef bij --from de result.json die solve of replan schreef.`,
  'result-version': ({ version, current }) =>
    `werd geschreven door expertpool ${version}, een nieuwere versie dan deze (${current}), waarvan de resultaten anders kunnen zijn opgebouwd. Herzie het met expertpool ${version} of later.`,
  'changes-repeated': ({ name, first }) => `"${name}" staat er twee keer in (eerst bij ${first}); hou er één over.`,
  'frozen-not-allowed': ({ trajectory, obstacle }) =>
    `het traject ${named(trajectory)} ligt in een bevroren periode, maar de huidige gegevens laten het niet meer toe: ${obstacleText(obstacle, trajectory, 'nl')}. Een bevroren traject blijft zoals het is: verbeter de gegevens, of haal ${trajectory.period} uit frozen.`,
  'frozen-cancelled': ({ trajectory }) =>
    `aanvraag ${trajectory.request} is toegekend in de bevroren periode ${trajectory.period} (${named(trajectory)}), die blijft zoals ze is. Haal ze uit cancel, of haal ${trajectory.period} uit frozen.`,
  'frozen-withdrawn': ({ trajectory, from }) =>
    `expert ${trajectory.expert} werkt in de bevroren periode ${trajectory.period} (${named(trajectory)}), die blijft zoals ze is, en kan dus niet vanaf ${from} teruggetrokken worden. Trek de expert terug vanaf de eerste periode na de bevroren periodes, of haal ${trajectory.period} uit frozen.`,
  'frozen-over-budget': ({ cost, budget }) =>
    `is ${formatEuro(budget, 'nl')}, minder dan wat de trajecten van de bevroren periodes kosten (${formatEuro(cost, 'nl')}): ze lopen en worden uit dit budget betaald. Geef een budget van minstens ${formatEuro(cost, 'nl')}.`,
  'promised-not-allowed': ({ trajectory, obstacle }) =>
    `het toegezegde traject ${named(trajectory)} is niet meer toegelaten door de huidige gegevens: ${obstacleText(obstacle, trajectory, 'nl')}. De herziene toewijzing vermeldt het als verplaatst of vervallen.`,
  'frozen-conflict': ({ rule, trajectories }) =>
    `de trajecten van de bevroren periodes ${trajectories.map(named).join(', ')} schenden samen ${ruleText(rule, 'nl')} van de huidige ronde; ze lopen en kunnen niet veranderen. Verbeter het scenario of de gegevens, of haal hun periode uit frozen.`,
};
