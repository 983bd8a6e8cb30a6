/** The dataset version in CITATION.cff (the one place it is kept), and whether a release tag marks it yet. */
import { readFileSync } from 'node:fs';
import { releaseTags } from './git-content.ts';
import { citationRelease } from './version.ts';

export const currentRelease = (citationPath = 'CITATION.cff') => citationRelease(readFileSync(citationPath, 'utf8'));

export const datasetVersion = (citationPath = 'CITATION.cff') => currentRelease(citationPath).version;

export const currentVersionIsTagged = () => releaseTags().includes(`v${datasetVersion()}`);
