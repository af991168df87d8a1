/** The visit screens' styles: the account screens' (shared id: added once by whichever chunk comes first) and their own. */
import accountCss from '../account/account.css?inline'
import { addStyles as add } from '../shared/stylesheet'
import css from './visit.css?inline'

export function addStyles(): void {
  add('ov-account-css', accountCss)
  add('ov-visit-css', css)
}
