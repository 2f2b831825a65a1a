/**
 * The naive peer's ECharts: the whole library, the way most projects import it. Stands in for
 * src/ui/echarts-core.ts in the peer build only (tests/bench/peer/vite.config.ts). The full
 * bundle also exports `use`, so each view's `echarts.use([...])` still works (it registers what
 * is already registered).
 */
import * as echarts from 'echarts';

export { echarts };
