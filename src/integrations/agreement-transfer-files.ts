/**
 * Each agreement's chart data, /agreements/<id>/transfers.csv, cut from the built /data/transfers.json once the build
 * has written it (src/lib/transfers/exports.ts → agreementTransfersCsvFiles). One file per agreement with transfers
 * rendered as its own route cost the 10,000-agreement build about a millisecond each in routing alone; here they are
 * plain writes. `astro dev` still serves them from src/pages/agreements/[id]/transfers.csv.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { downloadPaths } from '../lib/exports.ts';
import { agreementTransfersCsvFiles } from '../lib/transfers/exports.ts';

/** Writes the files under `outDir` and returns their paths from the site root. */
export function writeAgreementTransferFiles(outDir: string): string[] {
  const files = agreementTransfersCsvFiles(JSON.parse(readFileSync(join(outDir, downloadPaths.transfersJson), 'utf8')));
  for (const [path, text] of files) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return [...files.keys()];
}

export function agreementTransferFiles(): AstroIntegration {
  return {
    name: 'migration-agreements-agreement-transfer-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${writeAgreementTransferFiles(fileURLToPath(dir)).length} agreement transfers.csv files`);
      },
    },
  };
}
