import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Served by Graph.Api at the site root: hashed files under /assets/ (cached for a year), index.html for every page.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    // `npm run dev` against a local server: `dotnet run --project src/Graph.Api`.
    proxy: { '/graphql': 'http://localhost:5080' },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
