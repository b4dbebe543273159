// <bb-apex-chart>: a thin custom element around ApexCharts. The Java side (dev.benchboard.ui.chart)
// sends complete options as JSON; series updates go through updateSeries so the chart is not rebuilt.
import ApexCharts from 'apexcharts';

type Options = Record<string, any>;

function unitFormatter(unit: string | undefined, decimals: number | undefined) {
  return (value: number) => {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    const digits = decimals ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 2 : 4);
    const text = Number(value).toLocaleString('en-US', { maximumFractionDigits: digits });
    return unit ? `${text} ${unit}` : text;
  };
}

// Formatters cannot travel as JSON: the Java API sends "bbUnit"/"bbDecimals" hints instead.
function withFormatters(options: Options): Options {
  const yaxes = Array.isArray(options.yaxis) ? options.yaxis : options.yaxis ? [options.yaxis] : [];
  for (const axis of yaxes) {
    if (axis.bbUnit !== undefined || axis.bbDecimals !== undefined) {
      axis.labels = { ...(axis.labels ?? {}), formatter: unitFormatter(axis.bbUnit, axis.bbDecimals) };
    }
  }
  if (options.tooltip?.bbUnit !== undefined) {
    options.tooltip.y = { ...(options.tooltip.y ?? {}), formatter: unitFormatter(options.tooltip.bbUnit, options.tooltip.bbDecimals) };
  }
  if (options.xaxis?.bbUnit !== undefined) {
    options.xaxis.labels = { ...(options.xaxis.labels ?? {}), formatter: unitFormatter(options.xaxis.bbUnit, options.xaxis.bbDecimals) };
  }
  return options;
}

class BbApexChart extends HTMLElement {
  private chart?: ApexCharts;
  private options?: Options;
  private seriesData?: unknown[];
  private resizeObserver?: ResizeObserver;
  private drawnWidth = 0;

  // Full options. The "series" property always holds the latest data and wins over the series
  // inside the options, so an element rebuilt by the router shows the current state.
  set config(json: string) {
    this.options = withFormatters(JSON.parse(json));
    if (this.seriesData) this.options.series = this.seriesData;
    if (this.chart) {
      this.chart.updateOptions(this.options, true, false);
    } else {
      this.render();
    }
  }

  // Data only: the existing chart is updated in place, not re-created.
  set series(json: string) {
    this.seriesData = JSON.parse(json);
    if (this.options) this.options.series = this.seriesData;
    this.chart?.updateSeries(this.seriesData as any, false);
  }

  connectedCallback() {
    this.render();
    // ApexCharts ignores its parent's resizes while its first animation runs, so a chart drawn before
    // the page settled (the drawer opening, a scrollbar appearing) kept that width and stuck out of
    // the page. Redraw whenever this element's own width differs from the one the chart was drawn at.
    this.resizeObserver ??= new ResizeObserver(() => this.fitWidth());
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
    this.removeAttribute('rendered');
  }

  private render() {
    if (this.chart || !this.options || !this.isConnected) return;
    this.chart = new ApexCharts(this, this.options);
    this.drawnWidth = this.clientWidth;
    this.chart.render().then(() => this.setAttribute('rendered', ''));
  }

  private fitWidth() {
    const width = this.clientWidth;
    if (!this.chart || width === 0 || Math.abs(width - this.drawnWidth) < 1) return;
    this.drawnWidth = width;
    this.chart.updateOptions({}, false, false);
  }
}

customElements.define('bb-apex-chart', BbApexChart);
