/**
 * The Balance chart as a script of its own (`dist/balanceChart.js`): chart.js is most of the
 * page's weight, so the page paints the headline and the numbers first and loads this after.
 */
import { createChart } from './chart';

(window as unknown as { reflectionCreateChart: typeof createChart }).reflectionCreateChart = createChart;
