/**
 * `--allow-outside`: by default a scenario may only read data files in its
 * own folder and below, so a scenario received from someone else cannot make
 * expertpool read (and put into a report) any other file on this computer;
 * and output named inside the working folder may not lead out of it through
 * a symbolic link, so a link in a folder handed on cannot redirect reports.
 */
export const ALLOW_OUTSIDE_OPTION = {
  type: 'boolean',
  default: false,
  describe:
    "Let the scenario's data paths leave its folder (../, absolute paths, symbolic links out), and output follow symbolic links out of the working folder; only for scenarios and places you trust",
} as const;
