// Reads only the JSON API (/api/costs, /api/costs/budgets, /api/costs/breakeven) and renders what it returns.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  // The page lives at <base>/dashboard; the API at <base>/costs… (base is /api in Azure and locally).
  const apiBase = location.href.replace(/\/dashboard.*$/, "/");
  let current = null;

  function defaults() {
    const today = new Date().toISOString().slice(0, 10);
    const weekAgo = new Date(Date.now() - 6 * 864e5).toISOString().slice(0, 10);
    const params = new URLSearchParams(location.search);
    $("from").value = params.get("from") || weekAgo;
    $("to").value = params.get("to") || today;
    $("key").value = sessionStorage.getItem("router-key") || "";
  }

  function query() {
    const q = new URLSearchParams({ from: $("from").value, to: $("to").value });
    for (const f of ["tenant", "route", "model"]) if ($(f).value) q.set(f, $(f).value);
    return q;
  }

  async function getJson(path, q) {
    const url = new URL(path, apiBase); url.search = q.toString();
    const res = await fetch(url, { headers: { "api-key": $("key").value } });
    if (!res.ok) {
      const body = await res.json().catch(() => ({}));
      throw new Error(body.error?.message || `${res.status} ${res.statusText}`);
    }
    return res.json();
  }

  function fillOptions(select, keys) {
    const chosen = select.value;
    for (const k of keys) if (![...select.options].some(o => o.value === k)) select.add(new Option(k, k));
    select.value = chosen;
  }

  function tiles(t) {
    $("t-spend").textContent = fmt.usd(t.costUsd);
    $("t-requests").textContent = fmt.int(t.requests);
    $("t-savings").textContent = fmt.usd(Number(t.routingSavingsUsd) + Number(t.cacheSavingsUsd));
    $("t-sav-routing").textContent = fmt.usd(t.routingSavingsUsd);
    $("t-sav-cache").textContent = fmt.usd(t.cacheSavingsUsd);
    $("t-private").textContent = fmt.pct(t.sensitiveKeptPrivate, t.sensitiveRequests);
    $("t-cache").textContent = fmt.pct(t.cacheHits, t.requests);
    $("t-latency").textContent = `${fmt.ms(t.latencyP50Ms)} / ${fmt.ms(t.latencyP95Ms)}`;
  }

  function table(rows) {
    const body = $("top").tBodies[0];
    body.replaceChildren(...rows.map(r => {
      const tr = document.createElement("tr");
      for (const v of [r.timestamp.replace("T", " ").slice(0, 19), r.tenantId, r.route, r.model,
        fmt.int(r.promptTokens + r.completionTokens), fmt.usd(r.costUsd), r.reasons.join("; ")]) {
        const td = document.createElement("td"); td.textContent = v; tr.append(td);
      }
      return tr;
    }));
  }

  async function load() {
    sessionStorage.setItem("router-key", $("key").value);
    $("status").textContent = "Loading…";
    try {
      const q = query();
      const [report, budgets, breakEven] = await Promise.all(
        [getJson("costs", q), getJson("costs/budgets", q), getJson("costs/breakeven", q)]);
      current = { report, budgets, breakEven };
      fillOptions($("tenant"), report.byTenant.map(g => g.key));
      fillOptions($("model"), report.byModel.map(g => g.key));
      tiles(report.totals);
      table(report.topRequests);
      charts.daily(report); charts.tenants(report); charts.waterfall(report.totals);
      charts.budgets(budgets); charts.breakEven(breakEven);
      $("breakeven-text").textContent =
        `Self-hosting pays off above ${fmt.tokens(breakEven.breakEvenMonthlyTokens)} tokens/month; ` +
        `this range projects to ${fmt.tokens(breakEven.currentMonthlyTokens)} tokens/month.`;
      $("status").textContent = `Showing ${report.query.from} to ${report.query.to}` +
        (report.query.tenantId ? ` for tenant ${report.query.tenantId}` : "") + ".";
    } catch (e) {
      $("status").textContent = "Could not load: " + e.message;
    }
  }

  function csv() {
    if (!current) return;
    const cell = v => /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
    const t = current.report.totals;
    const lines = [["section", "day", "route", "model", "tenant", "requests", "cost_usd", "premium_cost_usd", "reasons"]];
    lines.push(["totals", "", "", "", $("tenant").value, t.requests, t.costUsd, t.premiumCostUsd, ""]);
    for (const d of current.report.byDay)
      lines.push(["day", d.day, d.route, d.model, "", d.totals.requests, d.totals.costUsd, d.totals.premiumCostUsd, ""]);
    for (const r of current.report.topRequests)
      lines.push(["request", r.timestamp.slice(0, 10), r.route, r.model, r.tenantId, 1, r.costUsd, r.premiumCostUsd, r.reasons.join("; ")]);
    const blob = new Blob([lines.map(l => l.map(cell).join(",")).join("\n") + "\n"], { type: "text/csv" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = `router-costs-${$("from").value}-${$("to").value}.csv`;
    a.click(); URL.revokeObjectURL(a.href);
  }

  $("filters").addEventListener("submit", e => { e.preventDefault(); load(); });
  $("csv").addEventListener("click", csv);
  defaults();
  if ($("key").value) load();
})();
