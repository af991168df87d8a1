/**
 * 办完这件事，您可能还需要…: once a life event (一件事) is done, the services people usually need next
 * (the bundle's `next` list in the catalogue; the API sends it only when every department approved),
 * each a link to its guide. The same list went out once as a notification (api/reminders).
 */
import { type Application } from '../api'
import { html, pick, type Html } from '../../shared/kit'

export function nextServicesHtml(a: Application): Html {
  if (!a.nextServices.length) return html``
  return html`<section class="sec next-services" aria-labelledby="next-h">
<h2 id="next-h">${pick('办完这件事，您可能还需要…', 'You may also need…')}</h2>
<ul class="links">${a.nextServices.map(
    (e) =>
      html`<li><a href="/g/${e.code}">${pick(e.name, e.nameEn)}</a>${
        e.__typename === 'Bundle' ? html` <span class="muted">${pick('（一件事）', '(life event)')}</span>` : ''
      }</li>`,
  )}</ul>
</section>`
}
