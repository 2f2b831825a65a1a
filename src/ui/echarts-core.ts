import * as echarts from 'echarts/core';
import { install as CanvasRenderer } from 'echarts-canvas-renderer';
import { AriaComponent } from 'echarts/components';

/**
 * The one ECharts entry of the app: `echarts/core` with the canvas renderer (the SVG renderer
 * is loaded by the SVG export when asked for) and the aria component. Each view registers the charts and components it uses (`echarts.use([...])`) in
 * its own lazily loaded module, so nothing a view does not need is shipped.
 */
echarts.use([CanvasRenderer, AriaComponent]);

export { echarts };
