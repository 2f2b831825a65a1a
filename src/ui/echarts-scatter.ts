import type { ScatterChart as FullScatterChart } from 'echarts/charts';
import ScatterSeriesModel from 'echarts-scatter-series';
import ScatterView from 'echarts-scatter-view';
import pointsLayout from 'echarts-points-layout';

type Install = Extract<typeof FullScatterChart, (...args: never[]) => unknown>;

/**
 * ECharts' scatter series without the cartesian grid its own installer pulls in "in case the
 * developer forgets" (about 9 KB gzip of grid and axis code): the map places its points on the
 * geo component and has no grid. Every view registers scatter through this one installer (ECharts
 * runs each installer once), and a view that plots scatter on a grid registers GridComponent
 * itself, as the trend does.
 */
export const ScatterChart: Install = (registers) => {
  registers.registerSeriesModel(ScatterSeriesModel);
  registers.registerChartView(ScatterView);
  registers.registerLayout(pointsLayout('scatter'));
};
