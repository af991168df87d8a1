/**
 * The inbox chunk (/inbox: messages and notification settings), loaded on first use like the
 * account screens, with what it shares with the main bundle handed over as a kit
 * (../account/kit.ts). The main bundle's src/inbox/hook.ts also loads it to refresh the unread
 * count of the navigation badge.
 *
 * offerPush() (./push.ts) is for the other screens: import it from '../inbox/push'.
 */
import { useKit, type Kit } from '../shared/kit'
import { hasSession, SignInNeeded } from '../shared/session'
import { addStyles } from '../shared/stylesheet'
import type { Route } from '../router'
import type { View } from '../views/view'
import css from './inbox.css?inline'
import { inboxView, signInFirstView } from './view'

export { refreshUnread } from './api'
export { offerPush } from './push'

export async function inboxScreen(_route: Route, kit: Kit): Promise<View> {
  useKit(kit)
  addStyles('ov-inbox-css', css)
  if (!hasSession()) return signInFirstView()
  try {
    return await inboxView()
  } catch (err) {
    if (err instanceof SignInNeeded) return signInFirstView()
    throw err
  }
}
