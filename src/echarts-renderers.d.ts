// The two ECharts renderer modules, reached through aliases in vite.config.ts.
declare module 'echarts-canvas-renderer' {
  export const install: typeof import('echarts/renderers').CanvasRenderer;
}
declare module 'echarts-svg-renderer' {
  export const install: typeof import('echarts/renderers').SVGRenderer;
}
