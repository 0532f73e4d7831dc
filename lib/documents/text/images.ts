// Images (PNG, JPEG) to greyscale pixels for OCR, their size judged from their header before any
// pixel is decoded: an image of 20,000 × 20,000 pixels is refused without allocating 1.6 GB.
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { MAX_IMAGE_PIXELS, UnreadableDocument } from "./limits";
import type { Pixels } from "./ocr";

/** Width and height from a PNG's IHDR or a JPEG's first frame header; null when there is none. */
export function imageSize(bytes: Uint8Array, mediaType: string): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mediaType === "image/png") return bytes.length >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null;
  for (let at = 2; at + 9 < bytes.length; ) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    // SOF0-SOF15 but DHT (C4), JPG (C8) and DAC (CC): the frame header with the image's size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

export function checkSize(width: number, height: number) {
  if (width * height > MAX_IMAGE_PIXELS) throw new UnreadableDocument("imageTooLarge");
}

/** RGBA, RGB or grey pixels (`channels` bytes each) as grey. */
export function toGrey(data: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: number): Pixels {
  const grey = new Uint8Array(width * height);
  if (channels === 1) grey.set(data.subarray(0, grey.length));
  else for (let i = 0; i < grey.length; i++) grey[i] = (data[i * channels] * 77 + data[i * channels + 1] * 150 + data[i * channels + 2] * 29) >> 8;
  return { width, height, grey };
}

export function decodeImage(bytes: Uint8Array, mediaType: string): Pixels {
  const size = imageSize(bytes, mediaType);
  if (!size || size.width === 0 || size.height === 0) throw new UnreadableDocument("malformed");
  checkSize(size.width, size.height);
  try {
    if (mediaType === "image/png") {
      const png = PNG.sync.read(Buffer.from(bytes));
      return toGrey(png.data, png.width, png.height, 4);
    }
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6, maxMemoryUsageInMB: 512 });
    return toGrey(image.data, image.width, image.height, 4);
  } catch {
    throw new UnreadableDocument("malformed");
  }
}
