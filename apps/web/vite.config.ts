import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Vendor chunks by library family. Vite 8 bundles with Rolldown, where `output.codeSplitting.groups`
 * replaces Rollup's manualChunks. The antd family is cut along its dependency layers (utilities →
 * style engine → rc components → antd) so that chunks never import each other in a cycle: splitting a
 * layer by size (maxSize) produced cyclic chunks and a blank page ("reading 'ESC'" of undefined).
 */
const vendorGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 90 },
  {
    name: 'vendor-router',
    test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
    priority: 80,
  },
  {
    name: 'vendor-data',
    test: /node_modules[\\/](@tanstack|i18next|react-i18next|dayjs)[\\/]/,
    priority: 70,
  },
  { name: 'vendor-icons', test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/, priority: 60 },
  {
    name: 'vendor-rc-util',
    test: /node_modules[\\/](rc-util|rc-motion|rc-resize-observer|@rc-component[\\/](util|portal|context))[\\/]/,
    priority: 50,
  },
  {
    name: 'vendor-antd-style',
    test: /node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@emotion|stylis)[\\/]/,
    priority: 40,
  },
  {
    name: 'vendor-rc',
    test: /node_modules[\\/](rc-[^\\/]+|@rc-component[\\/][^\\/]+)[\\/]/,
    priority: 30,
    minShareCount: 2,
  },
  {
    // date and time pickers (and rc-picker) import neither vendor-antd nor vendor-rc: a separate, acyclic chunk
    name: 'vendor-antd-picker',
    test: /node_modules[\\/](antd[\\/]es[\\/](date-picker|time-picker|calendar)|rc-picker)[\\/]/,
    priority: 35,
    minShareCount: 2,
  },
  { name: 'vendor-antd', test: /node_modules[\\/](antd|@ant-design)[\\/]/, priority: 20, minShareCount: 2 },
  { name: 'vendor-misc', test: /node_modules[\\/]/, priority: 0, minShareCount: 2 },
];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
