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

  function waterfall(t) {
    const premium = Number(t.premiumCostUsd), routing = Number(t.routingSavingsUsd), cache = Number(t.cacheSavingsUsd);
    const afterRouting = premium - routing, actual = Number(t.costUsd);
    draw("c-waterfall", { type: "bar", data: {
        labels: ["All premium", "Routing saves", "Cache saves", "Actual spend"],
        datasets: [{ label: "USD", data: [[0, premium], [afterRouting, premium], [afterRouting - cache, afterRouting], [0, actual]],
          backgroundColor: ["#64748b", "#16a34a", "#0891b2", "#2563eb"] }] },
      options: { plugins: { legend: { display: false } } } },
      `Savings waterfall: all-premium ${fmt.usd(premium)}, routing saves ${fmt.usd(routing)}, ` +
      `cache saves ${fmt.usd(cache)}, actual ${fmt.usd(actual)}`);
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

  function breakEven(b) {
    const top = Math.max(b.breakEvenMonthlyTokens * 2, b.currentMonthlyTokens * 1.2, 1);
    const xs = Array.from({ length: 21 }, (_, i) => top * i / 20);
    const apiCost = x => x / 1e6 * b.apiCostPerMillionTokensUsd;
    draw("c-breakeven", { type: "line", data: { labels: xs.map(fmt.tokens), datasets: [
        { label: "API cost", data: xs.map(apiCost), borderColor: palette[0], pointRadius: 0 },
        { label: "Dedicated GPU worker", data: xs.map(() => b.gpuMonthlyCostUsd), borderColor: palette[2], pointRadius: 0 },
        { label: "Today's volume", type: "scatter", borderColor: palette[3], backgroundColor: palette[3], pointRadius: 6,
          data: [{ x: fmt.tokens(xs.reduce((best, x) => Math.abs(x - b.currentMonthlyTokens) < Math.abs(best - b.currentMonthlyTokens) ? x : best, 0)),
                   y: apiCost(b.currentMonthlyTokens) }] }] },
      options: { scales: { y: { title: { display: true, text: "USD per month" } }, x: { title: { display: true, text: "tokens per month" } } } } },
      `Break-even at ${fmt.tokens(b.breakEvenMonthlyTokens)} tokens per month; current volume ${fmt.tokens(b.currentMonthlyTokens)}`);
  }

  return { daily, tenants, waterfall, budgets, breakEven };
})();
