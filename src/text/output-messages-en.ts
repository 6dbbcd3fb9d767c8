/** The English words of problems with where output goes (see input-messages.ts). */
import type { OutputFacts, OutputPlace } from '../io/output-facts.js';
import { type InputWording, OUT_OF_SPACE } from './input-message-kit.js';

/** Why the file system refused a write, by error code. */
const REASON: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is larger than this system allows',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'part of the path is a file, not a folder',
  ENOENT: 'nothing can be created there',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'the path loops through symbolic links',
  EIO: 'the device reported an error',
  EBUSY: 'the place is in use',
};

/** `another --out folder`, `another file for --lp`: what a message asks for instead. */
const another = (option: string, place: OutputPlace) => (place === 'folder' ? `another ${option} folder` : `another file for ${option}`);

/** One sentence per output problem. */
export const OUTPUT_EN: { readonly [Id in keyof OutputFacts]: InputWording[Id] } = {
  'output-unwritable': ({ path, code, option }) =>
    `cannot be written: ${REASON[code] ?? `error ${code}`} (${code}: ${path}). ${
      OUT_OF_SPACE.has(code) ? `Free some space, or choose another place for ${option}.` : `Choose a place you can write to for ${option}.`
    } Nothing was written there.`,
  'output-busy': ({ lock, pid, host, option }) =>
    `is being written by another expertpool run${pid !== undefined ? ` (process ${pid} on ${host})` : ''}. Wait until it ends, or choose another place for ${option}. If no other run is busy there, remove the lock file ${lock}.`,
  'output-changed': ({ change, option }) =>
    change === 'appeared'
      ? `appeared while this run was working (another program or run wrote there); nothing was written. Look at what is there, then run again with --force to replace it, or choose another place for ${option}.`
      : change === 'replaced'
        ? 'was replaced or removed while this run was working; nothing was written. Run again.'
        : 'was taken over by another expertpool run while this run was working; nothing was written. Run again when that run has ended.',
  'output-unfinished': ({ code, journal }) =>
    `holds the new report files only in part: moving them into place failed (${code}). The rest waits in ${journal}; the next run that writes to this folder finishes the swap first.`,
  'output-exists': ({ option }) => `already exists. Add --force to replace it, or choose another file for ${option}.`,
  'output-is-input': ({ option }) => `is an input of this run; choose another file for ${option}, so inputs are never overwritten.`,
  'output-through-link': ({ target, folder, option }) =>
    `leads through a symbolic link to ${target}, outside the working folder ${folder}. Give the real folder as ${option}, or add --allow-outside to write there.`,
  'output-not-empty': ({ entries, option, newRound }) =>
    `already exists and is not empty (${entries} entr${entries === 1 ? 'y' : 'ies'}). ${
      newRound
        ? 'Add --force to replace the files of a new round in it, or choose another folder.'
        : `Add --force to overwrite the report files in it, or choose another ${option} folder.`
    }`,
  'output-holds-input': ({ input, option }) =>
    `holds "${input}", which is an input of this run. Choose another ${option} folder (or add --force to write beside the inputs; an input is never replaced).`,
  'output-replaces-input': ({ option }) => `is an input of this run; choose another ${option} folder so inputs are never overwritten.`,
  'output-not-folder': ({ option }) => `exists and is not a folder. Choose a folder for ${option}.`,
  'output-link-away': ({ target, option }) =>
    `is a symbolic link to ${target}. Output does not follow links out of the place you name: give the real folder as ${option}.`,
  'output-dangling-link': ({ option }) => `is a symbolic link to a folder that does not exist. Give a real folder as ${option}.`,
  'output-in-the-way': ({ option, place }) =>
    `is in the way: it is not a regular file, so a report cannot replace it. Move it, or choose ${another(option, place)}.`,
  'output-entry-link': ({ target, option, place }) =>
    `is a symbolic link to ${target}, outside ${place === 'folder' ? `the ${option} folder` : `the folder of ${option}`}; a report never writes through it. Remove the link, or choose ${another(option, place)}.`,
};
