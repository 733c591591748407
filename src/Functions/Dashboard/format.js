// Formatting shared by tiles, table and CSV, so the test can predict exactly what the page shows.
"use strict";
const fmt = {
  // Amounts under a cent keep three significant digits ("$0.000123", never "$0.00"): one private call costs that little.
  usd: v => {
    const n = Number(v) + 0; // -0 would print as "-0.00"
    return Math.abs(n) > 0 && Math.abs(n) < 0.01
      ? "$" + n.toLocaleString("en-US", { maximumSignificantDigits: 3 })
      : "$" + n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  },
  int: v => Number(v).toLocaleString("en-US", { maximumFractionDigits: 0 }),
  pct: (num, den) => den > 0 ? (100 * num / den).toFixed(1) + "%" : "n/a",
  // Batch-window calls take minutes to hours: "69.9 min", not "4194304 ms".
  ms: v => {
    const n = Number(v);
    if (n < 1e4) return Math.round(n) + " ms";
    if (n < 1.2e5) return (n / 1e3).toFixed(1) + " s";
    return n < 7.2e6 ? (n / 6e4).toFixed(1) + " min" : (n / 3.6e6).toFixed(1) + " h";
  },
  tokens: v => {
    const n = Number(v);
    if (n >= 1e9) return (n / 1e9).toFixed(2) + " B";
    if (n >= 1e6) return (n / 1e6).toFixed(2) + " M";
    if (n >= 1e3) return (n / 1e3).toFixed(1) + " k";
    return String(Math.round(n));
  },
};
