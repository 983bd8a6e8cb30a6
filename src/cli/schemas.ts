/** `npm run schemas`: writes the editor JSON Schemas into .vscode/schemas/ (see src/lib/editor-schemas.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_SCHEMA_DIR, editorSchemas, editorSchemaText } from '../lib/editor-schemas.ts';

mkdirSync(EDITOR_SCHEMA_DIR, { recursive: true });
for (const [collection, schema] of Object.entries(editorSchemas())) {
  const path = join(EDITOR_SCHEMA_DIR, `${collection}.schema.json`);
  writeFileSync(path, editorSchemaText(schema));
  console.log(`Wrote ${path}`);
}
