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
  private fittedWidth?: number;

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
