/** Register the service worker (production builds only; the app works without it). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      /* no offline support, the app still works */
    })
  }
  // After load, so the first visit's own requests go first.
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
