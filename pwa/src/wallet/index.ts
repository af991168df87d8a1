/**
 * The licence wallet (/wallet) and the verifier (/verify): a chunk loaded on first use, so guide
 * pages never carry it. The main bundle hands over what it shares (../shared/kit.ts). The camera
 * scanner (barcode-detector + ZXing wasm) is a further chunk, loaded on the first scan.
 */
import { useKit, type Kit } from '../shared/kit'
import { addStyles } from '../shared/stylesheet'
import type { Route } from '../router'
import type { View } from '../views/view'
import { walletView as mine } from './mine'
import { verifyView } from './verify'
import css from './wallet.css?inline'

export async function walletView(route: Route, kit: Kit): Promise<View> {
  useKit(kit)
  addStyles('ov-wallet-css', css)
  const path = route.name === 'account' ? route.path : '/wallet'
  return path === '/verify' ? verifyView() : mine()
}
