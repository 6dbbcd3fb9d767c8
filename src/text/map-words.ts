/** The words of the report's map and budget bar, in one language. */
export interface MapWords {
  readonly legend: {
    readonly granted: string;
    readonly partly: string;
    /** `named`: the map writes the names of these municipalities. */
    readonly notGranted: (named: boolean) => string;
    readonly lends: string;
    readonly other: string;
    /** An arrow from the lending to the receiving municipality, in a period. */
    readonly trajectory: (period: string) => string;
    /** The province view: an arrow's width counts the trajectories between two provinces. */
    readonly flow: string;
    readonly left: string;
  };
  /** What the map shows, under it. */
  readonly caption: string;
  /** The province view of a round with too many places to name each one. */
  readonly provinceCaption: (places: number) => string;
  readonly province: (name: string, granted: number, requested: number) => string;
  readonly flowTitle: (from: string, to: string, count: number) => string;
}
