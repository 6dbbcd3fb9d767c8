import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../src/report/chart-axis.js';
import { svgBarChart } from '../../src/report/html-kit.js';
import { sweepChartSvg } from '../../src/report/sweep-chart.js';

describe('chart axes', () => {
  it.each([
    [4, [0, 1, 2, 3, 4]],
    [5, [0, 2, 4, 6]],
    [18, [0, 5, 10, 15, 20]],
    [299251, [0, 100000, 200000, 300000]],
    [0.7, [0, 0.2, 0.4, 0.6, 0.8]],
    [0, [0, 1]],
  ])('ticks up to %d: %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it('give a bar chart a value axis with ticks and a title, and cut a long group label', () => {
    const svg = svgBarChart({
      title: 'Served',
      series: ['requests', 'served'],
      groups: [{ label: 'A scenario with a name far too long to fit', values: [34, 15] }],
      format: String,
      axisTitle: 'requests',
    });
    expect([...svg.matchAll(/<text class="tick"[^>]*>(\d+)<\/text>/g)].map((m) => m[1])).toEqual(['0', '10', '20', '30', '40']);
    expect(svg).toContain('<text class="axis-title"');
    expect(svg).toContain('>A scenario with a name far to…</text>');
    expect(svg).toContain('<title>A scenario with a name far too long to fit: requests 34</title>');
  });

  it('give the sweep chart ticks up each panel and the varied key under the x axis', () => {
    const svg = sweepChartSvg({
      title: 'Sweep',
      xTitle: 'budget',
      xLabels: ['200,000', '250,000'],
      xValues: [200000, 250000],
      series: [{ label: 'served', values: [12, 15], format: String }],
    });
    expect([...svg.matchAll(/<text class="tick"[^>]*text-anchor="end">(\d+)<\/text>/g)].map((m) => m[1])).toEqual(['0', '5', '10', '15']);
    expect(svg).toMatch(/<text class="axis-title"[^>]*>budget<\/text>/);
  });
});
