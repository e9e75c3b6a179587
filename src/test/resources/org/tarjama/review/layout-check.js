// Appended to a copy of review.html by ReviewPageBrowserTest: measures the layout Chromium computed and writes it
// as JSON into <pre id="layout-result">, which --dump-dom then prints.
(function () {
  const rows = [...document.querySelectorAll('table.pairs tbody tr')];
  const result = { rows: rows.length, arCells: 0, enCells: 0, arRtl: 0, enLtr: 0, sideBySide: 0, stacked: 0,
    pairRows: document.querySelectorAll('tr.pair').length,
    width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
    phoneLayout: window.matchMedia('(max-width: 700px)').matches,
    resources: performance.getEntriesByType('resource').length,
    removedShown: document.querySelectorAll('details.removed').length };
  for (const row of rows) {
    const ar = row.querySelector('td.ar');
    const en = row.querySelector('td.en');
    if (ar) { result.arCells++; if (getComputedStyle(ar).direction === 'rtl') result.arRtl++; }
    if (en) { result.enCells++; if (getComputedStyle(en).direction === 'ltr') result.enLtr++; }
    if (ar && en) {
      const a = ar.getBoundingClientRect();
      const e = en.getBoundingClientRect();
      if (Math.abs(a.top - e.top) < 1 && a.right <= e.left + 1) result.sideBySide++;
      if (e.top >= a.bottom - 1) result.stacked++;
    }
  }
  const out = document.createElement('pre');
  out.id = 'layout-result';
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
