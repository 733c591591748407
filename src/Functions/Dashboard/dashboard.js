// Reads only the JSON API (/api/costs, /api/costs/budgets, /api/costs/breakeven) and renders what it returns.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  // The page lives at <base>/dashboard; the API at <base>/costs… (base is /api in Azure and locally).
  const apiBase = location.href.replace(/\/dashboard.*$/, "/");
  const functionKey = new URLSearchParams(location.search).get("code");
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
    for (const f of ["tenant", "route", "model", "servedModel"]) if ($(f).value) q.set(f, $(f).value);
    return q;
  }

  async function getJson(path, q) {
    const url = new URL(path, apiBase); url.search = q.toString();
    const headers = { "api-key": $("key").value };
    // In Azure the JSON functions also want the function key; the page passes on the one it was opened with.
    if (functionKey) headers["x-functions-key"] = functionKey;
    const res = await fetch(url, { headers });
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
    $("t-savings").textContent = fmt.usd(Number(t.routingSavingsUsd) + Number(t.batchSavingsUsd) + Number(t.cacheSavingsUsd));
    $("t-sav-routing").textContent = fmt.usd(t.routingSavingsUsd);
    $("t-sav-batch").textContent = fmt.usd(t.batchSavingsUsd);
    $("t-sav-cache").textContent = fmt.usd(t.cacheSavingsUsd);
    $("t-private").textContent = fmt.pct(t.sensitiveKeptPrivate, t.sensitiveRequests);
    $("t-cache").textContent = fmt.pct(t.cacheHits, t.requests);
    $("t-latency").textContent = `${fmt.ms(t.latencyP50Ms)} / ${fmt.ms(t.latencyP95Ms)}`;
    $("t-per1k").textContent = t.requests > 0 ? fmt.usd(1000 * Number(t.costUsd) / t.requests) : "n/a";
  }

  // GPU replicas are billed for their whole life; the split says where those seconds went (docs/cost-model.md).
  function gpuTiles(b) {
    const g = b.gpu;
    $("t-gpu").textContent = fmt.usd(g.billedUsd);
    $("t-gpu-use").textContent = fmt.usd(g.allocatedUsd);
    $("t-gpu-idle").textContent = fmt.usd(g.idleUsd);
    $("t-gpu-cold").textContent = fmt.usd(g.coldStartUsd);
    $("t-util").textContent = b.measuredUtilisation == null ? "n/a" : fmt.pct(Number(b.measuredUtilisation), 1);
    $("t-util-be").textContent = b.breakEvenUtilisation == null ? "n/a" : fmt.pct(Number(b.breakEvenUtilisation), 1);
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

  function breakEvenText(b) {
    const measured = b.measuredUtilisation == null || b.breakEvenUtilisation == null ? "" :
      ` Scaled to zero, it is billed only while up: at the measured ${fmt.pct(Number(b.measuredUtilisation), 1)} busy it ` +
      (Number(b.measuredUtilisation) >= Number(b.breakEvenUtilisation) ? "already costs less" : "costs more") +
      ` per token than ${b.apiModel} (it pays off above ${fmt.pct(Number(b.breakEvenUtilisation), 1)} busy).`;
    const current = `this range projects to ${fmt.tokens(b.currentMonthlyTokens)} tokens/month`;
    if (b.breakEvenMonthlyTokens == null) return `The API model costs nothing per token, so the GPU worker never pays off; ${current}.`;
    const capacity = Number(b.breakEvenMonthlyTokens) > Number(b.capacityMonthlyTokens)
      ? ` One worker serves at most ${fmt.tokens(b.capacityMonthlyTokens)} tokens/month, so it cannot get there.` : "";
    return `A dedicated ${b.gpuModel} worker (${fmt.usd(b.gpuMonthlyCostUsd)}/month) pays off above ` +
      `${fmt.tokens(b.breakEvenMonthlyTokens)} tokens/month against ${b.apiModel}; ${current}.${capacity}${measured}`;
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
      fillOptions($("servedModel"), report.byServedModel.map(g => g.key));
      tiles(report.totals);
      gpuTiles(breakEven);
      charts.gpu(breakEven.gpu);
      table(report.topRequests);
      charts.daily(report); charts.tenants(report); charts.waterfall(report.totals);
      charts.budgets(budgets); charts.breakEven(breakEven);
      $("breakeven-text").textContent = breakEvenText(breakEven);
      $("status").textContent = `Showing ${report.query.from} to ${report.query.to}` +
        (report.query.tenantId ? ` for tenant ${report.query.tenantId}` : "") + ".";
    } catch (e) {
      $("status").textContent = "Could not load: " + e.message;
    }
  }

  // Exactly what is on screen: the totals, the per-tenant and per-day groups behind the charts, the table.
  function csv() {
    if (!current) return;
    // A cell a spreadsheet would read as a formula (= + - @, or a leading tab/CR) gets a leading apostrophe, as
    // OWASP advises against CSV injection: request ids, tenants and reasons come from callers. Numbers stay numbers.
    const cell = v => {
      let s = String(v);
      if (typeof v !== "number" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
      return /[",\n\r\t']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const row = (section, day, route, model, tenant, id, t) =>
      [section, day, route, model, tenant, id, t.requests, t.costUsd, t.premiumCostUsd, t.routingSavingsUsd, t.batchSavingsUsd, t.cacheSavingsUsd, t.cacheHits, ""];
    const r = current.report;
    const lines = [["section", "day", "route", "model", "tenant", "request_id", "requests", "cost_usd", "premium_cost_usd",
      "routing_savings_usd", "batch_savings_usd", "cache_savings_usd", "cache_hits", "reasons"]];
    lines.push(row("totals", "", $("route").value, $("model").value, $("tenant").value, "", r.totals));
    for (const g of r.byTenant) lines.push(row("tenant", "", "", "", g.key, "", g.totals));
    for (const d of r.byDay) lines.push(row("day", d.day, d.route, d.model, "", "", d.totals));
    for (const t of r.topRequests) {
      // As the report splits savings (docs/cost-model.md): a batch-priced row's standard cost sits between the two.
      const standard = t.standardCostUsd ?? t.costUsd;
      const routing = t.cacheHit ? 0 : +(t.premiumCostUsd - standard).toFixed(10), batch = t.cacheHit ? 0 : +(standard - t.costUsd).toFixed(10);
      lines.push(["request", t.timestamp.slice(0, 10), t.route, t.model, t.tenantId, t.requestId, 1, t.costUsd, t.premiumCostUsd,
        routing, batch, t.cacheHit ? t.premiumCostUsd : 0, t.cacheHit ? 1 : 0, t.reasons.join("; ")]);
    }
    const blob = new Blob([lines.map(l => l.map(cell).join(",")).join("\n") + "\n"], { type: "text/csv" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = `router-costs-${$("from").value}-${$("to").value}.csv`;
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }

  $("filters").addEventListener("submit", e => { e.preventDefault(); load(); });
  $("csv").addEventListener("click", csv);
  defaults();
  if ($("key").value) load();
})();
