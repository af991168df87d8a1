/**
 * /desk/statistics: 统计分析 for leaders — a period (dates in China time), a hall and a department;
 * charts (./charts.ts) each with a one-line summary and the table of its numbers; CSV and XLSX exports.
 */
import { html, type Html, navigate, pick } from '../shared/kit'
import type { View } from '../views/view'
import { date, isoDay } from '../shared/dates'
import { errLine, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { pageTitle } from '../shared/strings'
import { barChart, type Series } from './charts'
import { download } from './intake/prints'
import { exportStatistics, fetchStatistics, type Filters, type Report, type StatCount } from './statistics-api'
import { s } from './strings'
import { fail, percent } from './ui'

const ISO = /^\d{4}-\d{2}-\d{2}$/
const num = (v: number | null | undefined): string => (v === null || v === undefined ? s().noRate : String(v))

interface Figure {
  id: string
  title: string
  series: Series
  table: Html
  unit?: string // after each value in the summary ("%")
}

function filtersOf(query: URLSearchParams): Filters {
  const qFrom = query.get('from') ?? ''
  const qTo = query.get('to') ?? ''
  return {
    from: ISO.test(qFrom) ? qFrom : isoDay(undefined, -30),
    to: ISO.test(qTo) ? qTo : isoDay(),
    hall: query.get('hall') ?? '',
    department: query.get('department') ?? '',
  }
}

function table(id: string, caption: string, head: string[], rows: (string | number)[][]): Html {
  return html`<table class="grid" id="${id}"><caption class="sr">${caption}</caption>
<thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map(([first, ...rest]) => html`<tr><th scope="row" data-label="${head[0]}">${first}</th>${rest.map((v, i) => html`<td data-label="${head[i + 1]}">${v}</td>`)}</tr>`)}</tbody></table>`
}

function countFigure(id: string, title: string, counts: StatCount[], keepZero: boolean): Figure {
  const t = s()
  const shown = counts.filter((c) => keepZero || c.count > 0)
  const labels = shown.map((c) => pick(c.label, c.labelEn))
  return {
    id,
    title,
    series: { labels, values: shown.map((c) => c.count), label: t.colCount },
    table: table(`${id}-table`, title, [title, t.colCount], shown.map((c, i) => [labels[i], c.count])),
  }
}

function figures(r: Report): Figure[] {
  const t = s()
  const entries = r.byEntry.edges.map((e) => e.node)
  const entryLabels = entries.map((e) => `${e.code} ${pick(e.name, e.nameEn)}`)
  const depts = r.onTime.map((o) => pick(o.name, o.nameEn))
  return [
    {
      id: 'entries',
      title: t.byEntryTitle,
      series: { labels: entryLabels, values: entries.map((e) => e.applications), label: t.colApplications },
      table: table(
        'entries-table',
        t.byEntryTitle,
        [t.colEntry, t.colApplications, t.colFinished, t.colAvgDays, t.colPromisedDays, t.colAvgVisits, t.colPromisedVisits, t.colSaved],
        entries.map((e, i) => [entryLabels[i], e.applications, e.finished, num(e.averageWorkingDays), e.promisedWorkingDays, num(e.averageVisits), e.promisedVisits, e.visitsSaved]),
      ),
    },
    countFigure('channels', t.byChannelTitle, r.byChannel, true),
    countFigure('statuses', t.byStatusTitle, r.byStatus, false),
    {
      id: 'ontime',
      title: t.onTimeTitle,
      unit: '%',
      series: { labels: depts, values: r.onTime.map((o) => Math.round((o.rate ?? 0) * 1000) / 10), label: t.colRate, max: 100 },
      table: table(
        'ontime-table',
        t.onTimeTitle,
        [t.department, t.colDecided, t.colOnTimeCount, t.colRate],
        [...r.onTime.map((o, i) => [depts[i], o.decided, o.onTime, percent(o.rate)]), [t.total, r.onTimeTotal.decided, r.onTimeTotal.onTime, percent(r.onTimeTotal.rate)]],
      ),
    },
    countFigure('ratings', t.ratingsTitle, r.ratings, true),
  ]
}

/** Something to draw: a count above zero, or any rate (0 % is a finding). */
const hasData = (f: Figure): boolean => (f.unit ? f.series.labels.length > 0 : f.series.values.some((v) => v > 0))

function summary(f: Figure): string {
  const t = s()
  const pairs = f.series.labels.map((l, i) => [l, f.series.values[i]] as const).sort((a, b) => b[1] - a[1])
  if (!hasData(f)) return t.noData
  const top = pairs.slice(0, 3).map(([l, v]) => t.topOf(l, `${v}${f.unit ?? ''}`))
  return t.chartSummary(f.title, top.join(pick('，', ', ')))
}

function figureHtml(f: Figure): Html {
  const height = Math.max(120, f.series.labels.length * 36 + 40)
  return html`<section class="sec stat-figure" aria-labelledby="${f.id}-h"><h2 id="${f.id}-h">${f.title}</h2>
<p class="m" id="${f.id}-summary">${summary(f)}</p>
${hasData(f) ? html`<div class="chart" style="height:${height}px"><canvas id="${f.id}-chart" aria-hidden="true"></canvas></div>` : ''}
${f.table}</section>`
}

function select(id: string, label: string, all: string, options: { code: string; name: string; nameEn: string }[], chosen: string): Html {
  return html`<div class="field"><label for="${id}">${label}</label><select id="${id}"><option value="">${all}</option>
${options.map((o) => html`<option value="${o.code}" ${o.code === chosen ? 'selected' : ''}>${pick(o.name, o.nameEn)}</option>`)}</select></div>`
}

function otherTables(r: Report): Html {
  const t = s()
  const b = r.badRatings
  const c = r.complaints
  const h = r.helpers
  const a = r.appointments
  return html`<section class="sec" aria-labelledby="cases-h"><h2 id="cases-h">${t.casesTitle}</h2>
${table('cases-table', t.casesTitle, [t.colSource, t.colOpened, t.colClosed, t.colOverdue, t.colClosedLate, t.colRate], [
  [t.badRatings, b.opened, b.closed, b.overdue, b.closedLate, percent(b.rate)],
  [t.complaints, c.opened, c.closed, c.overdue, c.closedLate, percent(c.rate)],
])}</section>
<section class="sec" aria-labelledby="service-h"><h2 id="service-h">${t.serviceTitle}</h2>
${table('service-table', t.serviceTitle, [t.figure, t.colCount], [
  [t.helperApplications, h.applications],
  [t.consentsRequested, h.consentsRequested],
  [t.consentsGiven, h.consentsGiven],
  [t.bookedByHelpers, h.bookings],
  [t.booked, a.booked],
  [t.checkedIn, a.checkedIn],
  [t.noShow, `${a.noShow}（${percent(a.noShowRate)}）`],
  [t.cancelled, a.cancelled],
])}</section>`
}

export async function statisticsPage(query: URLSearchParams): Promise<View> {
  const t = s()
  const f = filtersOf(query)
  const { report: r, halls, departments } = await fetchStatistics(f)
  const shown = figures(r)
  const facts: [string, string][] = [
    [t.figApplications, String(r.applications)],
    [t.figOnTime, percent(r.onTimeTotal.rate)],
    [t.figAverageDays, num(r.averageWorkingDays)],
    [t.figVisitsSaved, String(r.visitsSaved)],
    [t.figBadRect, percent(r.badRatings.rate)],
  ]
  return {
    title: pageTitle(t.statisticsTitle),
    body: html`<div class="desk wide" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.statisticsTitle}</h1>
<p class="lede">${t.statisticsLead}</p>
${alertRegion()}${statusRegion()}
<form id="range" method="post" class="range" novalidate>
<div class="field"><label for="from">${t.from}</label><input type="date" id="from" value="${f.from}" aria-describedby="from-err">${errLine('from')}</div>
<div class="field"><label for="to">${t.to}</label><input type="date" id="to" value="${f.to}"></div>
${select('hall', t.hall, t.allHalls, halls, r.hallCode ?? f.hall)}
${select('department', t.department, t.allDepartments, departments, f.department)}
<p><button type="submit" class="btn">${t.apply}</button></p>
</form>
<div class="actions" role="group" aria-label="${t.exportXlsx}"><button type="button" class="btn alt" data-export="xlsx">${t.exportXlsx}</button>
<button type="button" class="btn alt" data-export="csv">${t.exportCsv}</button></div>
<section class="sec" aria-labelledby="total-h"><h2 id="total-h">${t.totalTitle} <span class="m">${date(r.from)} – ${date(r.to)}</span></h2>
<dl class="facts" id="totals">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl></section>
${shown.map(figureHtml)}
${otherTables(r)}
<p class="m">${pick('统计日', 'As of')} ${date(r.today)}</p></div>`,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#desk')
      if (!root) return
      for (const fig of shown) {
        const canvas = root.querySelector<HTMLCanvasElement>(`#${fig.id}-chart`)
        if (canvas) void barChart(canvas, fig.series)
      }
      root.querySelector<HTMLFormElement>('#range')?.addEventListener('submit', (e) => {
        e.preventDefault()
        const value = (id: string) => root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? ''
        const [from, to] = [value('from'), value('to')]
        setError(root, 'from', null)
        if (!ISO.test(from) || !ISO.test(to) || from > to) {
          setError(root, 'from', t.badRange)
          return root.querySelector<HTMLElement>('#from')?.focus()
        }
        const next = new URLSearchParams({ from, to })
        if (value('hall')) next.set('hall', value('hall'))
        if (value('department')) next.set('department', value('department'))
        navigate(`/desk/statistics?${next}`)
      })
      root.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((button) =>
        button.addEventListener('click', async () => {
          const format = button.dataset.export === 'csv' ? 'csv' : 'xlsx'
          const done = busy(button, t.exporting)
          try {
            download(await exportStatistics(f, format), `statistics-${f.from}-${f.to}.${format}`)
            say(root, 'status', t.exported, 'ok')
          } catch (err) {
            fail(root, 'alert', err)
          } finally {
            done()
          }
        }),
      )
    },
  }
}
