import * as echarts from 'echarts/core';
import { SVGRenderer, CanvasRenderer } from 'echarts/renderers';
import { AriaComponent } from 'echarts/components';

/**
 * The one ECharts entry of the app: `echarts/core` with only the renderers and the aria
 * component. Each view registers the charts and components it uses (`echarts.use([...])`) in
 * its own lazily loaded module, so nothing a view does not need is shipped.
 */
echarts.use([CanvasRenderer, SVGRenderer, AriaComponent]);

export { echarts };
