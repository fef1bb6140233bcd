/**
 * Reading QR codes from camera frames and image files: the browser's own BarcodeDetector where it
 * has one (fast, native), jsQR on canvas pixels everywhere else. jsQR is loaded on first use only.
 */

interface DetectedBarcode {
  rawValue: string;
  format: string;
}

interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorClass {
  new (opts?: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

type JsQr = typeof import('jsqr').default;

let nativeDetector: Promise<BarcodeDetectorLike | null> | null = null;
let jsQrModule: Promise<JsQr> | null = null;

/** The native QR detector, or null when the browser has none (or none for QR codes). */
export function nativeQrDetector(): Promise<BarcodeDetectorLike | null> {
  nativeDetector ??= (async () => {
    const Ctor = (globalThis as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
    if (!Ctor) return null;
    try {
      const formats = (await Ctor.getSupportedFormats?.()) ?? ['qr_code'];
      if (!formats.includes('qr_code')) return null;
      return new Ctor({ formats: ['qr_code'] });
    } catch {
      return null;
    }
  })();
  return nativeDetector;
}

function loadJsQr(): Promise<JsQr> {
  jsQrModule ??= import('jsqr').then((m) => m.default);
  return jsQrModule;
}

/** Reads the first QR code of a drawable source with jsQR, through the given canvas. */
async function readWithJsQr(
  source: CanvasImageSource,
  width: number,
  height: number,
  canvas: HTMLCanvasElement,
  thorough: boolean,
): Promise<string | null> {
  if (!width || !height) return null;
  const jsQR = await loadJsQr();
  // Large photos are scaled down: jsQR's time grows with the pixel count.
  const scale = Math.min(1, 1280 / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, w, h);
  const image = ctx.getImageData(0, 0, w, h);
  const found = jsQR(image.data, w, h, { inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert' });
  return found?.data || null;
}

/** Reads a QR code from a playing video (one frame); null when there is none in this frame. */
export async function readVideoFrame(video: HTMLVideoElement, canvas: HTMLCanvasElement): Promise<string | null> {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) return null;
  const native = await nativeQrDetector();
  if (native) {
    try {
      const codes = await native.detect(video);
      return codes.find((c) => c.rawValue)?.rawValue ?? null;
    } catch {
      /* fall through to jsQR */
    }
  }
  return readWithJsQr(video, video.videoWidth, video.videoHeight, canvas, false);
}

/** Reads a QR code from an image file (photo or screenshot); null when none is found. */
export async function readImageFile(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    const native = await nativeQrDetector();
    if (native) {
      try {
        const codes = await native.detect(bitmap);
        const value = codes.find((c) => c.rawValue)?.rawValue;
        if (value) return value;
      } catch {
        /* fall through to jsQR */
      }
    }
    return await readWithJsQr(bitmap, bitmap.width, bitmap.height, document.createElement('canvas'), true);
  } finally {
    bitmap.close();
  }
}
