/**
 * The binary model file. Layout (little-endian):
 *   "KGDP" · version u32 · payload length u32 · CRC-32 of payload u32 · payload
 * payload: a JSON header (length-prefixed), then typed arrays, each a u32 byte length and its bytes,
 * padded to 4 bytes. The header names the tag classes, labels and the feature-table fingerprints.
 * Weights are stored as row keys (u32), row lengths (u8), classes (u8) and values (i16).
 */
import { ModelFileError } from '../errors/model-file-error.js';
import { crc32 } from './crc32.js';
import { TagDictionary } from './tag-dictionary.js';
import { moveSet } from './transitions.js';
import { Weights } from './weights.js';
import { TAGGER_FINGERPRINT } from './tagger-features.js';
import { PARSER_FINGERPRINT } from './parser-features.js';
import type { Model } from './model.js';

const MAGIC = [0x4b, 0x47, 0x44, 0x50]; // "KGDP"
export const MODEL_VERSION = 2;
const PREAMBLE = 16;

interface Header {
  about: string;
  tagClasses: string[];
  labels: string[];
  leftLabels: string[];
  rightLabels: string[];
  taggerScale: number;
  parserScale: number;
  taggerFeatures: number;
  parserFeatures: number;
}

type Typed = Uint8Array | Int16Array | Uint32Array;

export function encodeModel(model: Model): Uint8Array {
  const { tagger, parser } = model;
  const moves = parser.moves;
  const leftLabels: string[] = [];
  const rightLabels: string[] = [];
  for (let c = 1; c < moves.move.length; c++) (moves.move[c] === 1 ? leftLabels : rightLabels).push(moves.labels[moves.label[c]!]!);
  const header: Header = {
    about: model.about,
    tagClasses: [...tagger.classes],
    labels: [...moves.labels],
    leftLabels,
    rightLabels,
    taggerScale: tagger.weights.scale,
    parserScale: parser.weights.scale,
    taggerFeatures: TAGGER_FINGERPRINT,
    parserFeatures: PARSER_FINGERPRINT,
  };
  const arrays: Typed[] = [
    tagger.dictionary.keys, tagger.dictionary.masks,
    tagger.weights.rowKeys, rowLengths(tagger.weights.rowStart), tagger.weights.cls, tagger.weights.val,
    parser.weights.rowKeys, rowLengths(parser.weights.rowStart), parser.weights.cls, parser.weights.val,
  ];
  const json = new TextEncoder().encode(JSON.stringify(header));
  const pad = (n: number): number => (n + 3) & ~3;
  let size = 4 + pad(json.length);
  for (const a of arrays) size += 4 + pad(a.byteLength);
  const out = new Uint8Array(PREAMBLE + size);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, MODEL_VERSION, true);
  view.setUint32(8, size, true);
  let at = PREAMBLE;
  view.setUint32(at, json.length, true);
  out.set(json, at + 4);
  at += 4 + pad(json.length);
  for (const a of arrays) {
    view.setUint32(at, a.byteLength, true);
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at + 4);
    at += 4 + pad(a.byteLength);
  }
  view.setUint32(12, crc32(out, PREAMBLE), true);
  return out;
}

export function decodeModel(bytes: Uint8Array): Model {
  if (bytes.length < PREAMBLE || MAGIC.some((b, i) => bytes[i] !== b)) throw new ModelFileError('not a kg parser model (no "KGDP" at the start)');
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new ModelFileError('this machine is big-endian; the model file is little-endian');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== MODEL_VERSION) throw new ModelFileError(`file version ${version}, this kg reads version ${MODEL_VERSION}`);
  const size = view.getUint32(8, true);
  if (bytes.length !== PREAMBLE + size) throw new ModelFileError(`file is ${bytes.length} bytes, its header says ${PREAMBLE + size} (truncated?)`);
  if (crc32(bytes, PREAMBLE) !== view.getUint32(12, true)) throw new ModelFileError('checksum mismatch: the file is corrupt');

  let at = PREAMBLE;
  const take = (): Uint8Array => {
    const length = view.getUint32(at, true);
    if (at + 4 + length > bytes.length) throw new ModelFileError('a section runs past the end of the file');
    // Copied (a Node Buffer's slice would be a view), so the typed arrays below start aligned at 0.
    const part = new Uint8Array(length);
    part.set(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + ((length + 3) & ~3);
    return part;
  };
  const u32 = (b: Uint8Array): Uint32Array => {
    if (b.length % 4 !== 0) throw new ModelFileError('a 32-bit section has a length not a multiple of 4');
    return new Uint32Array(b.buffer, 0, b.length / 4);
  };
  const i16 = (b: Uint8Array): Int16Array => {
    if (b.length % 2 !== 0) throw new ModelFileError('a 16-bit section has an odd length');
    return new Int16Array(b.buffer, 0, b.length / 2);
  };
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(take())) as Header;
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    throw new ModelFileError('the header is not JSON');
  }
  if (header.taggerFeatures !== TAGGER_FINGERPRINT || header.parserFeatures !== PARSER_FINGERPRINT) {
    throw new ModelFileError('trained with other feature templates than this kg uses; retrain it (npm run train:parser)');
  }
  try {
    const dictionary = new TagDictionary(u32(take()), u32(take()));
    const tagger = Weights.build(header.tagClasses.length, header.taggerScale, u32(take()), rowStarts(take()), take(), i16(take()), 'tagger weights');
    const moves = moveSet(header.labels, header.leftLabels, header.rightLabels);
    const parser = Weights.build(moves.move.length, header.parserScale, u32(take()), rowStarts(take()), take(), i16(take()), 'parser weights');
    return {
      about: header.about,
      tagger: { classes: header.tagClasses, dictionary, weights: tagger },
      parser: { moves, weights: parser },
    };
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    throw new ModelFileError(e instanceof Error ? e.message : String(e));
  }
}

/** A row never has more entries than classes (at most 255), so its length fits a byte. */
function rowLengths(rowStart: Uint32Array): Uint8Array {
  const lengths = new Uint8Array(rowStart.length - 1);
  for (let r = 0; r < lengths.length; r++) lengths[r] = rowStart[r + 1]! - rowStart[r]!;
  return lengths;
}

function rowStarts(lengths: Uint8Array): Uint32Array {
  const starts = new Uint32Array(lengths.length + 1);
  for (let r = 0; r < lengths.length; r++) starts[r + 1] = starts[r]! + lengths[r]!;
  return starts;
}
