import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the feature schemas and committed; the app applies them at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './backend/src/modules/*/*.schema.ts',
  out: process.env.DRIZZLE_OUT ?? './backend/migrations',
});
