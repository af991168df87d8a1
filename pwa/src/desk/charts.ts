/**
 * Bar charts for the statistics page, drawn with Chart.js (bundled, loaded with this page only).
 * A chart is decoration for sighted readers: its <canvas> is aria-hidden and the same numbers are in
 * the table and the one-line summary next to it (statistics.ts), which screen readers read instead.
 */
import type { Chart } from 'chart.js'

export interface Series {
  labels: string[]
  values: number[]
  label: string
  max?: number // the axis' end (100 for percentages); else it fits the data
}

const COLOURS = ['#0b5cad', '#1a7f37', '#b35900', '#8250df', '#cf222e', '#0a7480', '#6e7781']

/** Draw `series` as horizontal bars in `canvas` (one colour per bar); returns the chart to destroy later. */
export async function barChart(canvas: HTMLCanvasElement, series: Series): Promise<Chart> {
  const kit = await import('./chart-kit') // its own chunk, loaded with the first chart
  return new kit.Chart(canvas, {
    type: 'bar',
    data: {
      labels: series.labels,
      datasets: [{ label: series.label, data: series.values, backgroundColor: series.labels.map((_, i) => COLOURS[i % COLOURS.length]) }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, max: series.max, ticks: { precision: 0, font: { size: 14 } } }, y: { ticks: { font: { size: 14 } } } },
    },
  })
}
