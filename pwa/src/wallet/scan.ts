/**
 * Reading QR codes (its own chunk, loaded on the first scan): the browser's BarcodeDetector where it
 * reads QR codes, else the `barcode-detector` ponyfill (ZXing-C++ as WebAssembly). The .wasm is a
 * file of this build, served by our own origin and precached by the service worker: never a CDN
 * (the package's default), so scanning works offline and under a strict CSP.
 */
import { BarcodeDetector as ZXingDetector, prepareZXingModule } from 'barcode-detector/ponyfill'
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, location.href).href : prefix + path),
  },
})

interface Detector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>
}

let detector: Promise<Detector> | null = null

function qrDetector(): Promise<Detector> {
  detector ??= (async () => {
    const Native = (globalThis as { BarcodeDetector?: typeof ZXingDetector }).BarcodeDetector
    try {
      if (Native && (await Native.getSupportedFormats()).includes('qr_code')) return new Native({ formats: ['qr_code'] })
    } catch {
      /* the native one is unusable here: the ponyfill */
    }
    return new ZXingDetector({ formats: ['qr_code'] })
  })()
  return detector
}

/** The text of the first QR code in a picture (a photo or a screenshot), or null. */
export async function scanImage(picture: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(picture)
  try {
    const codes = await (await qrDetector()).detect(bitmap)
    return codes.find((c) => c.rawValue)?.rawValue ?? null
  } finally {
    bitmap.close()
  }
}

/** Show the back camera in ``video`` until a QR code is read (its text) or ``signal`` aborts. */
export async function scanCamera(video: HTMLVideoElement, signal: AbortSignal): Promise<string> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
  try {
    video.srcObject = stream
    await video.play()
    const reader = await qrDetector()
    // stop when told, or when the page changed (the video left the document)
    while (!signal.aborted && video.isConnected) {
      if (video.readyState >= 2) {
        const hit = (await reader.detect(video)).find((c) => c.rawValue)
        if (hit) return hit.rawValue
      }
      await new Promise((resolve) => setTimeout(resolve, 120))
    }
    throw new DOMException('scan stopped', 'AbortError')
  } finally {
    for (const track of stream.getTracks()) track.stop()
    video.srcObject = null
  }
}
