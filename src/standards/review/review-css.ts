/** Inline styles for the HTML review: readable on screen, black-on-white and unbroken tables in print. */
export const REVIEW_CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.by { color: #4a4a4a; margin: 0; }
.calm { padding: .75rem 1rem; border-left: 4px solid #555; background: #f4f4f4; }
.calm-calmer { border-color: #1b6e3a; }
.calm-busier { border-color: #a4262c; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #d0d0d0; vertical-align: top; }
thead th { border-bottom: 2px solid #1a1a1a; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
small { color: #4a4a4a; }
.bar { display: inline-block; width: 6rem; height: .6rem; background: #e3e3e3; margin-left: .5rem; vertical-align: middle; }
.bar > span { display: block; height: 100%; background: #2b5797; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section, tr { break-inside: avoid; }
  .bar, .bar > span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
