/**
 * `--allow-outside`: by default a scenario may only read data files in its
 * own folder and below, so a scenario received from someone else cannot make
 * expertpool read (and put into a report) any other file on this computer.
 */
export const ALLOW_OUTSIDE_OPTION = {
  type: 'boolean',
  default: false,
  describe: "Let the scenario's data paths leave its folder (../, absolute paths, symbolic links out); only for scenarios you trust",
} as const;
