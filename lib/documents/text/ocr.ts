// Words of images by OCR: tesseract.js (Tesseract compiled to WebAssembly) with the English, French
// and Spanish models of the @tesseract.js-data packages, read from node_modules: nothing is
// downloaded. Tesseract is given greyscale pixels as a PGM image, which it reads without a decoder.
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { createWorker, OEM, type Worker } from "tesseract.js";

const LANGUAGES = ["eng", "fra", "spa"];

/**
 * Tesseract loads every model from one directory; each package holds one. A directory of links to
 * them (made once per machine) is that directory.
 */
function modelDirectory(): string {
  const directory = path.join(os.tmpdir(), "rup-ocr-models");
  fs.mkdirSync(directory, { recursive: true });
  const require = createRequire(import.meta.url);
  for (const code of LANGUAGES) {
    const link = path.join(directory, `${code}.traineddata.gz`);
    // The smaller "best_int" models: the LSTM engine only, as accurate on print and faster.
    const model = path.join(path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), "4.0.0_best_int", `${code}.traineddata.gz`);
    if (!fs.existsSync(link)) fs.symlinkSync(model, link);
  }
  return directory;
}

let worker: Promise<Worker> | undefined;

function ocrWorker(): Promise<Worker> {
  worker ??= createWorker(LANGUAGES, OEM.LSTM_ONLY, { langPath: modelDirectory(), gzip: true, cacheMethod: "none" });
  return worker;
}

export interface Pixels {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white. */
  grey: Uint8Array;
}

/** The words Tesseract reads in some greyscale pixels. */
export async function recognise(pixels: Pixels): Promise<string> {
  const pgm = Buffer.concat([Buffer.from(`P5\n${pixels.width} ${pixels.height}\n255\n`), pixels.grey]);
  const { data } = await (await ocrWorker()).recognize(pgm);
  return data.text;
}

/** Ends the OCR worker thread, so the process reading can exit. */
export async function stopOcr() {
  if (worker) await (await worker).terminate();
  worker = undefined;
}
