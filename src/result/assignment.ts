/** One trajectory as the result reports it. */
export interface Assignment {
  readonly expert: string;
  readonly request: string;
  readonly period: string;
  readonly supplier: string;
  readonly municipality: string;
  readonly domain: string;
  readonly cost: number;
  readonly distanceKm: number;
  readonly priority: number;
}
