/** A chart of the sheet drawn simply: horizontal bars from a zero line, one colour per series. */
import type { ChartView } from '../sheetView';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853'];
const WIDTH = 460;
const LABEL_WIDTH = 130;
const VALUE_WIDTH = 70;
const BAR = 14;
const GAP = 8;

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function text(content: string, attributes: Record<string, string | number>): SVGTextElement {
  const element = svg('text', { 'font-size': 11, 'dominant-baseline': 'middle', ...attributes });
  element.textContent = content;
  return element;
}

export function barChart(chart: ChartView): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.textContent = chart.title || 'Chart';
  figure.append(caption);

  const values = chart.bars.flatMap((bar) => bar.values.map((v) => v.value));
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x = (value: number): number => LABEL_WIDTH + (high === low ? 0 : ((value - low) / (high - low)) * plot);
  const group = chart.series.length * BAR + GAP;
  const height = Math.max(1, chart.bars.length) * group + GAP;
  const picture = svg('svg', { width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}`, role: 'img' });
  picture.setAttribute('aria-label', `${chart.title || 'Chart'}: ${chart.bars.length} bars`);

  chart.bars.forEach((bar, b) => {
    const top = GAP + b * group;
    picture.append(
      text(bar.label, { x: LABEL_WIDTH - 6, y: top + (chart.series.length * BAR) / 2, 'text-anchor': 'end' }),
    );
    bar.values.forEach((v, s) => {
      const y = top + s * BAR;
      const start = Math.min(x(0), x(v.value));
      const rect = svg('rect', {
        x: start,
        y,
        width: Math.abs(x(v.value) - x(0)),
        height: BAR - 2,
        fill: COLOURS[s % COLOURS.length],
      });
      const tip = svg('title', {});
      tip.textContent = `${chart.series[s]}: ${v.text}`;
      rect.append(tip);
      picture.append(rect, text(v.text, { x: Math.max(x(0), x(v.value)) + 4, y: y + BAR / 2 - 1 }));
    });
  });
  picture.append(svg('line', { x1: x(0), x2: x(0), y1: 0, y2: height, stroke: '#5f6368' }));
  figure.append(picture);
  return figure;
}
