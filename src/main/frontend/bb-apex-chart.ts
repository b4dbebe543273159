// <bb-apex-chart>: a thin custom element around ApexCharts. The Java side (dev.benchboard.ui.chart)
// sends complete options as JSON; series updates go through updateSeries so the chart is not rebuilt.
import ApexCharts from 'apexcharts';
// ApexCharts' own texts (month names, the toolbar's "Download SVG/PNG/CSV", zoom, reset) per language, as the
// apexcharts package ships them; the Java side picks one per chart with chart.defaultLocale (ChartOptions).
import en from 'apexcharts/dist/locales/en.json';
import zhCn from 'apexcharts/dist/locales/zh-cn.json';

type Options = Record<string, any>;

// Numbers as dev.benchboard.format.Figures writes them: three significant digits (all digits of the
// whole part), grouped, never e-notation, latency in ms scaled to µs or s.
function figure(value: number, unit: string | undefined, decimals: number | undefined): string {
  let v = Number(value);
  let u = unit;
  if (u === 'rps') u = 'req/s';
  if (u === 'ms' && decimals === undefined && v !== 0) {
    if (Math.abs(v) < 1) { v *= 1000; u = 'µs'; } else if (Math.abs(v) >= 1000) { v /= 1000; u = 's'; }
  }
  let text: string;
  if (decimals !== undefined) {
    text = v.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  } else if (v === 0) {
    text = '0';
  } else {
    const whole = Math.abs(v) >= 1 ? Math.floor(Math.log10(Math.abs(v))) + 1 : 0;
    const rounded = Number(v.toPrecision(Math.min(21, Math.max(3, whole))));
    text = rounded.toLocaleString('en-US', { maximumFractionDigits: 4 });
  }
  return u ? `${text} ${u}` : text;
}

// log: the axis carries log10 of the values (ChartOptions draws log axes itself, so that values of 0
// are left out and the SLO line sits at its height); labels and tooltips show the value again.
function unitFormatter(unit: string | undefined, decimals: number | undefined, log = false) {
  return (value: number) => {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    return figure(log ? Math.pow(10, value) : value, unit, log ? undefined : decimals);
  };
}

// Formatters cannot travel as JSON: the Java API sends "bbUnit"/"bbDecimals"/"bbLog" hints instead.
function withFormatters(options: Options): Options {
  options.chart = { ...(options.chart ?? {}), locales: [en, zhCn] };
  const yaxes = Array.isArray(options.yaxis) ? options.yaxis : options.yaxis ? [options.yaxis] : [];
  for (const axis of yaxes) {
    if (axis.bbUnit !== undefined || axis.bbDecimals !== undefined || axis.bbLog) {
      axis.labels = { ...(axis.labels ?? {}), formatter: unitFormatter(axis.bbUnit, axis.bbDecimals, axis.bbLog) };
    }
  }
  if (options.tooltip?.bbUnit !== undefined || options.tooltip?.bbLog) {
    options.tooltip.y = { ...(options.tooltip.y ?? {}),
      formatter: unitFormatter(options.tooltip.bbUnit, options.tooltip.bbDecimals, options.tooltip.bbLog) };
  }
  if (options.xaxis?.bbUnit !== undefined || options.xaxis?.bbDecimals !== undefined) {
    const format = unitFormatter(options.xaxis.bbUnit, options.xaxis.bbDecimals);
    options.xaxis.labels = { ...(options.xaxis.labels ?? {}), formatter: format };
    // The tooltip's x line would otherwise show the raw value (e.g. "16.0").
    options.tooltip = { ...(options.tooltip ?? {}), x: { ...(options.tooltip?.x ?? {}), formatter: format } };
  }
  // Labels of single points ("c64"): the text travels with the point, the formatter only reads it.
  if (options.dataLabels?.bbPointLabels) {
    options.dataLabels.formatter = (_: unknown, ctx: any) => {
      const point = ctx?.w?.config?.series?.[ctx.seriesIndex]?.data?.[ctx.dataPointIndex];
      return point && typeof point === 'object' && point.label ? point.label : '';
    };
  }
  // A point's note (e.g. the run a P99-vs-load point was measured in) follows the series name in the tooltip.
  if (options.tooltip?.bbPointNotes) {
    options.tooltip.y = { ...(options.tooltip.y ?? {}), title: { formatter: (name: string, ctx: any) => {
      const point = ctx?.w?.config?.series?.[ctx.seriesIndex]?.data?.[ctx.dataPointIndex];
      return point && typeof point === 'object' && point.note ? `${name} · ${point.note}` : name;
    } } };
  }
  return options;
}

// Every string of the options arrives HTML-escaped (ChartText.java): ApexCharts writes legend labels,
// tooltips and series names with innerHTML, where the escaped form shows the name as text. Where it
// draws SVG text it sets text nodes, which would show "&lt;" literally: there, and only in text nodes
// whose parent is an SVG element, the five entities are turned back into characters. Setting a text
// node's data is never parsed as markup. Text this code already decoded is remembered, so a name that
// really contains "&amp;lt;" is decoded once, not twice.
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const CHARACTER: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decodedTo = new WeakMap<Text, string>();

function decodeSvgText(node: Node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    if (!(text.parentNode instanceof SVGElement) || decodedTo.get(text) === text.data) return;
    const decoded = text.data.replace(ENTITY, (_, name: string) => CHARACTER[name]);
    decodedTo.set(text, decoded);
    if (decoded !== text.data) text.data = decoded;
    return;
  }
  if (node instanceof SVGElement || node instanceof HTMLElement) {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) decodeSvgText(t);
  }
}

// When charts are drawn (issue 15: the GC page holds 27 charts; drawing them all before anything else showed took
// seconds of the browser's time). A chart within a screen's height of the viewport is drawn at the next frame; the
// others one at a time while the browser is idle (or at the latest LATER_MS after being asked), so a page shows its
// top at once and every chart is drawn without scrolling. Until drawn, a chart keeps its height, so nothing jumps.
const LATER_MS = 2000;
const waiting = new Set<BbApexChart>();
let idleScheduled = false;

const nearViewport = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (entry.isIntersecting) (entry.target as BbApexChart).drawNow();
  }
}, { rootMargin: '100% 0px' });

function drawOneWhenIdle() {
  if (idleScheduled || waiting.size === 0) return;
  idleScheduled = true;
  const next = () => {
    idleScheduled = false;
    const chart = waiting.values().next().value;
    chart?.drawNow();
    drawOneWhenIdle();
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(next, { timeout: LATER_MS });
  else setTimeout(next, 50);
}

class BbApexChart extends HTMLElement {
  // Decodes SVG text as ApexCharts draws it (first render, updates, zoom, resize), before it is painted.
  private readonly svgText = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData') decodeSvgText(m.target);
      else m.addedNodes.forEach(decodeSvgText);
    }
  });

  private chart?: ApexCharts;
  private options?: Options;
  private seriesData?: unknown[];
  private resizeObserver?: ResizeObserver;
  private fittedWidth?: number;
  // What changed since the chart was last drawn or updated: applied once per task, so options and series set
  // in the same server response draw once, not twice.
  private optionsChanged = false;
  private seriesChanged = false;
  private flushQueued = false;

  // Full options. The "series" property always holds the latest data and wins over the series
  // inside the options, so an element rebuilt by the router shows the current state.
  set config(json: string) {
    this.options = withFormatters(JSON.parse(json));
    if (this.seriesData) this.options.series = this.seriesData;
    this.optionsChanged = true;
    this.queueFlush();
  }

  // Data only: the existing chart is updated in place, not re-created.
  set series(json: string) {
    this.seriesData = JSON.parse(json);
    if (this.options) this.options.series = this.seriesData;
    this.seriesChanged = true;
    this.queueFlush();
  }

  connectedCallback() {
    this.svgText.observe(this, { childList: true, subtree: true, characterData: true });
    this.schedule();
    this.resizeObserver ??= new ResizeObserver(() => this.fitWidth());
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.svgText.disconnect();
    this.resizeObserver?.disconnect();
    nearViewport.unobserve(this);
    waiting.delete(this);
    this.chart?.destroy();
    this.chart = undefined;
    this.removeAttribute('rendered');
  }

  // Draws the chart now if it is still waiting (called when it comes near the viewport, or when idle).
  drawNow() {
    nearViewport.unobserve(this);
    waiting.delete(this);
    this.render();
  }

  private queueFlush() {
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      if (!this.chart) {
        this.schedule();
      } else if (this.optionsChanged) {
        this.chart.updateOptions(this.options!, true, false);
      } else if (this.seriesChanged) {
        this.chart.updateSeries(this.seriesData as any, false);
      }
      this.optionsChanged = this.seriesChanged = false;
    });
  }

  // Queues the first drawing: at the next frame near the viewport, else when the browser is idle.
  private schedule() {
    if (this.chart || !this.options || !this.isConnected || waiting.has(this)) return;
    const height = Number(this.options.chart?.height);
    // Taller than the stylesheet's min-height (an outage timeline with many rows): keep its room from the start.
    if (Number.isFinite(height) && height > this.clientHeight) this.style.minHeight = `${height}px`;
    waiting.add(this);
    nearViewport.observe(this);
    drawOneWhenIdle();
  }

  private render() {
    if (this.chart || !this.options || !this.isConnected) return;
    this.optionsChanged = this.seriesChanged = false;
    this.chart = new ApexCharts(this, this.options);
    this.chart.render().then(() => {
      this.setAttribute('rendered', '');
      this.fitWidth();
    });
  }

  // Draws the chart anew when its drawing is not as wide as this element. A chart drawn before the
  // page settled (the drawer opening as the report arrives) kept that width: ApexCharts' own resize
  // handling did not redraw it, nor did updating it in place reliably, so it stuck out of the page and
  // the page scrolled sideways (seen by WorkflowBrowserIT).
  private fitWidth() {
    if (!this.chart || !this.hasAttribute('rendered')) return;
    const drawn = Number(this.querySelector('svg.apexcharts-svg')?.getAttribute('width'));
    const width = this.clientWidth;
    // Once per width: should ApexCharts not reach the element's width, do not redraw in a loop.
    if (width === 0 || !Number.isFinite(drawn) || Math.abs(drawn - width) < 1 || width === this.fittedWidth) return;
    this.fittedWidth = width;
    this.chart.destroy();
    this.chart = undefined;
    this.removeAttribute('rendered');
    this.render();
  }
}

customElements.define('bb-apex-chart', BbApexChart);
