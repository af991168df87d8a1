/**
 * The licence wallet (/wallet) and the verifier (/verify): a chunk loaded on first use, so guide
 * pages never carry it. The main bundle hands over what it shares (../account/kit.ts). The camera
 * scanner (barcode-detector + ZXing wasm) is a further chunk, loaded on the first scan.
 */
import { addStyles as addStyleSheet } from '../shared/stylesheet'
import type { Kit } from '../account/kit'
import type { Route } from '../router'
import type { View } from '../views/view'
import { useWalletKit } from './kit'
import { walletView as mine } from './mine'
import { verifyView } from './verify'
import css from './wallet.css?inline'

function addStyles(): void {
  addStyleSheet('ov-wallet-css', css)
}

export async function walletView(route: Route, kit: Kit): Promise<View> {
  useWalletKit(kit)
  addStyles()
  const path = route.name === 'account' ? route.path : '/wallet'
  return path === '/verify' ? verifyView() : mine()
}
