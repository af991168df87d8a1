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


