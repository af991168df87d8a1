/** The one signature pad: a person signs on a tablet (counter intake, a helper's in-person consent). */

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
