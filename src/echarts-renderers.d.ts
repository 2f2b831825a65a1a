// The two ECharts renderer modules, reached through aliases in vite.config.ts.
declare module 'echarts-canvas-renderer' {
  export const install: typeof import('echarts/renderers').CanvasRenderer;
}
declare module 'echarts-svg-renderer' {
  export const install: typeof import('echarts/renderers').SVGRenderer;
}
// The parts of ECharts' scatter chart, reached through aliases in vite.config.ts (src/ui/echarts-scatter.ts).
declare module 'echarts-scatter-series' {
  const ScatterSeriesModel: Parameters<
    Parameters<
      Extract<typeof import('echarts/charts').ScatterChart, (...a: never[]) => unknown>
    >[0]['registerSeriesModel']
  >[0];
  export default ScatterSeriesModel;
}
declare module 'echarts-scatter-view' {
  const ScatterView: Parameters<
    Parameters<
      Extract<typeof import('echarts/charts').ScatterChart, (...a: never[]) => unknown>
    >[0]['registerChartView']
  >[0];
  export default ScatterView;
}
declare module 'echarts-points-layout' {
  const pointsLayout: (
    seriesType: string,
  ) => Parameters<
    Parameters<
      Extract<typeof import('echarts/charts').ScatterChart, (...a: never[]) => unknown>
    >[0]['registerLayout']
  >[0];
  export default pointsLayout;
}
