/**
 * The tablet's camera for paper materials (getUserMedia, the back camera when there is one), with a
 * file input as the fallback (no camera, permission refused, an old browser); and the signature pad
 * (a canvas the person signs on with a finger or stylus). Both give a Blob for POST /uploads.
 */

/** Start the camera in `video`; false when it cannot be had (then the file input is the way). */
export async function startCamera(video: HTMLVideoElement): Promise<boolean> {
  if (!navigator.mediaDevices?.getUserMedia) return false
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1600 } }, audio: false })
    video.srcObject = stream
    await video.play()
    return true
  } catch {
    return false
  }
}

export function stopCamera(video: HTMLVideoElement): void {
  const stream = video.srcObject as MediaStream | null
  stream?.getTracks().forEach((track) => track.stop())
  video.srcObject = null
}

/** The current frame as a JPEG. */
export function snapshot(video: HTMLVideoElement): Promise<Blob | null> {
  const canvas = document.createElement('canvas')
  canvas.width = video.videoWidth || 640
  canvas.height = video.videoHeight || 480
  canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9))
}

/** A signature pad on `canvas`: strokes follow the pointer; `signed()` tells whether anything was drawn. */
export function signaturePad(canvas: HTMLCanvasElement): { clear: () => void; signed: () => boolean; image: () => Promise<Blob | null> } {
  const ctx = canvas.getContext('2d')
  let drawn = false
  let last: { x: number; y: number } | null = null
  const reset = () => {
    if (!ctx) return
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.strokeStyle = '#111'
    ctx.lineWidth = 3
    ctx.lineCap = 'round'
    drawn = false
  }
  const at = (e: PointerEvent) => {
    const box = canvas.getBoundingClientRect()
    return { x: ((e.clientX - box.left) * canvas.width) / box.width, y: ((e.clientY - box.top) * canvas.height) / box.height }
  }
  canvas.addEventListener('pointerdown', (e) => {
    canvas.setPointerCapture(e.pointerId)
    last = at(e)
  })
  canvas.addEventListener('pointermove', (e) => {
    if (!last || !ctx) return
    const p = at(e)
    ctx.beginPath()
    ctx.moveTo(last.x, last.y)
    ctx.lineTo(p.x, p.y)
    ctx.stroke()
    last = p
    drawn = true
  })
  const end = () => (last = null)
  canvas.addEventListener('pointerup', end)
  canvas.addEventListener('pointercancel', end)
  reset()
  return { clear: reset, signed: () => drawn, image: () => new Promise((resolve) => canvas.toBlob(resolve, 'image/png')) }
}
