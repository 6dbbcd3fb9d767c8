/**
 * A child process for the output fault tests: claims the folder argv[2] as
 * the CLI does (solve's five report names, --force) and, unless argv[3] is
 * `claim-only`, writes the files of the JSON object argv[3] into it. Runs the
 * built library (dist/), under fs-fault-preload.mjs when a test asks.
 */
import { claimOutputFolder } from '../../dist/io/output-folder.js';

const REPORT_FILE_NAMES = ['report.md', 'report.html', 'assignments.csv', 'unserved.csv', 'result.json'];
const [folder, files] = process.argv.slice(2);
const claim = claimOutputFolder(folder, { force: true, inputs: [], names: REPORT_FILE_NAMES });
if (files === 'claim-only') claim.release();
else claim.write(JSON.parse(files));
