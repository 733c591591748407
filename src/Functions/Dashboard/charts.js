// One function per chart; each replaces its previous chart and sets an aria-label that says what it shows.
"use strict";
const charts = (() => {
  const live = {};
  const palette = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d"];
  function draw(id, config, label) {
    live[id]?.destroy();
    const canvas = document.getElementById(id);
    canvas.setAttribute("aria-label", label);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
    live[id] = new Chart(canvas, config);
  }

  function daily(report) {
    const days = [...new Set(report.byDay.map(d => d.day))].sort();
    const routes = [...new Set(report.byDay.map(d => d.route))].sort();
    const datasets = routes.map((route, i) => ({
      label: route, backgroundColor: palette[i % palette.length],
      data: days.map(day => report.byDay.filter(d => d.day === day && d.route === route)
        .reduce((s, d) => s + Number(d.totals.costUsd), 0)),
    }));
    draw("c-daily", { type: "bar", data: { labels: days, datasets },
      options: { scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "USD" } } } } },
      `Spend per day stacked by route over ${days.length} days: ` +
      datasets.map(d => `${d.label} ${fmt.usd(d.data.reduce((a, b) => a + b, 0))}`).join(", "));
  }

  function tenants(report) {
    const rows = [...report.byTenant].sort((a, b) => b.totals.costUsd - a.totals.costUsd);
    draw("c-tenant", { type: "bar", data: { labels: rows.map(r => r.key),
      datasets: [{ label: "Spend (USD)", backgroundColor: palette[0], data: rows.map(r => Number(r.totals.costUsd)) }] },
      options: { indexAxis: "y" } },
      "Spend by tenant: " + rows.map(r => `${r.key} ${fmt.usd(r.totals.costUsd)}`).join(", "));
  }

  // From all-premium down to the actual spend: each saving is a floating bar below the last; the API's figures add up
  // exactly (premium = routing + batch pricing + cache + actual, docs/cost-model.md), so the last step lands on the actual.
  function waterfall(t) {
    const premium = Number(t.premiumCostUsd), actual = Number(t.costUsd);
    const steps = [["Routing saves", Number(t.routingSavingsUsd), "#16a34a"], ["Batch pricing saves", Number(t.batchSavingsUsd ?? 0), "#7c3aed"],
      ["Cache saves", Number(t.cacheSavingsUsd), "#0891b2"]];
    let top = premium;
    const bars = steps.map(([, saved]) => { const bar = [top - saved, top]; top -= saved; return bar; });
    draw("c-waterfall", { type: "bar", data: {
        labels: ["All premium", ...steps.map(s => s[0]), "Actual spend"],
        datasets: [{ label: "USD", data: [[0, premium], ...bars, [0, actual]],
          backgroundColor: ["#64748b", ...steps.map(s => s[2]), "#2563eb"] }] },
      options: { plugins: { legend: { display: false } } } },
      `Savings waterfall: all-premium ${fmt.usd(premium)}, ` + steps.map(([label, saved]) => `${label.toLowerCase()} ${fmt.usd(saved)}`).join(", ") +
      `, actual ${fmt.usd(actual)}`);
  }

  function budgets(rows) {
    const limited = rows.filter(r => r.dailyBudgetUsd != null);
    draw("c-budget", { type: "bar", data: { labels: limited.map(r => r.tenant),
      datasets: [{ label: "% of daily budget spent", data: limited.map(r => 100 * r.spentTodayUsd / r.dailyBudgetUsd),
        backgroundColor: limited.map(r => r.spentTodayUsd / r.dailyBudgetUsd >= 0.9 ? "#dc2626" : "#16a34a") }] },
      options: { indexAxis: "y", scales: { x: { min: 0, suggestedMax: 100, title: { display: true, text: "% of limit" } } } } },
      "Budget burn today: " + (limited.length ? limited.map(r =>
        `${r.tenant} ${fmt.usd(r.spentTodayUsd)} of ${fmt.usd(r.dailyBudgetUsd)}`).join(", ") : "no tenant has a budget"));
  }

  // Volumes differ by orders of magnitude (today's traffic vs break-even), so tokens run on a log axis; the current
  // volume is a dashed vertical line, the break-even point a circle where the API line crosses the GPU line.
  function breakEven(b) {
    const even = b.breakEvenMonthlyTokens == null ? null : Number(b.breakEvenMonthlyTokens);
    const current = Math.max(Number(b.currentMonthlyTokens), 1), gpu = Number(b.gpuMonthlyCostUsd);
    const known = [current, even ?? current];
    const lo = 10 ** Math.floor(Math.log10(Math.min(...known)) - 1), hi = 10 ** Math.ceil(Math.log10(Math.max(...known)) + 0.5);
    const apiCost = x => x / 1e6 * Number(b.apiCostPerMillionTokensUsd);
    const xs = Array.from({ length: 41 }, (_, i) => lo * (hi / lo) ** (i / 40));
    const yTop = Math.max(gpu * 2, apiCost(current) * 1.2, 1);
    const line = (label, color, data, extra) => ({ label, data, borderColor: color, backgroundColor: color, showLine: true, pointRadius: 0, ...extra });
    const datasets = [
      line(`API (${b.apiModel})`, palette[0], xs.map(x => ({ x, y: apiCost(x) })).filter(p => p.y <= yTop * 1.05)),
      line(`GPU worker (${b.gpuModel})`, palette[2], [{ x: lo, y: gpu }, { x: hi, y: gpu }]),
      line("Current volume", palette[3], [{ x: current, y: 0 }, { x: current, y: yTop }], { borderDash: [6, 4], borderWidth: 2 }),
    ];
    if (b.scaleToZeroCostPerMillionTokensUsd != null) {
      const measured = x => x / 1e6 * Number(b.scaleToZeroCostPerMillionTokensUsd);
      datasets.push(line(`GPU worker scaled to zero, ${fmt.pct(Number(b.measuredUtilisation), 1)} busy`, palette[1],
        xs.map(x => ({ x, y: measured(x) })).filter(p => p.y <= yTop * 1.05), { borderDash: [2, 3] }));
    }
    if (even != null) datasets.push({ label: "Break-even", data: [{ x: even, y: gpu }], borderColor: "#1d2430", backgroundColor: "#fff", pointRadius: 6, borderWidth: 2 });
    draw("c-breakeven", { type: "scatter", data: { datasets },
      options: { scales: {
        y: { min: 0, suggestedMax: yTop, title: { display: true, text: "USD per month" }, ticks: { callback: v => fmt.usd(v).replace(/\.00$/, "") } },
        x: { type: "logarithmic", min: lo, max: hi, title: { display: true, text: "tokens per month (log scale)" },
          ticks: { callback: v => Number.isInteger(Math.log10(v)) ? fmt.tokens(v) : "" } } },
        plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${fmt.tokens(c.parsed.x)} tokens, ${fmt.usd(c.parsed.y)}` } } } } },
      `Break-even at ${even == null ? "no volume (the API is free)" : fmt.tokens(even)} tokens per month; ` +
      `current volume ${fmt.tokens(b.currentMonthlyTokens)} tokens per month`);
  }

  // Where the replicas' billed time went: calls (allocated by decode time), idle, cold start (docs/cost-model.md).
  function gpu(g) {
    const parts = [["Used by calls", g.allocatedUsd, palette[0]], ["Idle", g.idleUsd, palette[2]],
      ["Cold start", g.coldStartUsd, palette[3]], ["Unattributed", g.unattributedUsd, "#64748b"]].filter(p => Number(p[1]) > 0);
    draw("c-gpu", { type: "doughnut", data: { labels: parts.map(p => p[0]),
      datasets: [{ data: parts.map(p => Number(p[1])), backgroundColor: parts.map(p => p[2]) }] },
      options: { plugins: { tooltip: { callbacks: { label: c => `${c.label}: ${fmt.usd(c.parsed)}` } } } } },
      `Private GPU billed ${fmt.usd(g.billedUsd)}: ` + (parts.length ? parts.map(p => `${p[0].toLowerCase()} ${fmt.usd(p[1])}`).join(", ") : "no GPU time collected"));
  }

  return { daily, tenants, waterfall, budgets, breakEven, gpu };
})();
