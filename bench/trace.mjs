// Main-thread time from a Chrome trace. Chrome's Performance.getMetrics counters leave out script run
// from promise continuations (fetch → JSON → render), which is where a widget does most of its work,
// so the benches count every task of the renderer's main thread instead, in thread time.

/** Busy time (ms) of the busiest renderer main thread in a trace, with style and layout inside it. */
export function traceMainThread(events) {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const threads = new Map();
  const tasks = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  // Every top-level event counts (a task, or a microtask checkpoint run outside one: Tabulator's work
  // shows only there); events nested in one already counted do not.
  tasks.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const e of tasks) {
    const key = `${e.pid}:${e.tid}`;
    if (!threads.has(key)) threads.set(key, { total: 0, style: 0, layout: 0, end: 0 });
    const t = threads.get(key);
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    if (e.ts >= t.end) (t.total += ms), (t.end = e.ts + (e.dur ?? 0));
    if (e.name === 'UpdateLayoutTree') t.style += ms;
    else if (e.name === 'Layout') t.layout += ms;
  }
  // The page's renderer is the busy one (other tabs' renderers sit idle).
  const { total, style, layout } = [...threads.values()].sort((a, b) => b.total - a.total)[0] ?? { total: 0, style: 0, layout: 0 };
  return { total, style, layout, rest: total - style - layout };
}

/** Runs `work` under a trace of the page and returns its main-thread busy time (see above). */
export async function mainThreadDuring(page, work) {
  await page.tracing.start({ categories: ['toplevel', 'devtools.timeline'] });
  try {
    await work();
  } finally {
    var trace = await page.tracing.stop();
  }
  return traceMainThread(JSON.parse(Buffer.from(trace).toString()).traceEvents);
}
