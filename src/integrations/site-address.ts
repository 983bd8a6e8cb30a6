/**
 * Stops `astro build` before it renders a page when the site address is missing or a placeholder
 * (src/lib/site-address.ts says why); `astro dev` and `astro check` go on with a local address.
 */
import type { AstroIntegration } from 'astro';
import { unpublishableMessage } from '../lib/site-address.ts';

export function requirePublishableAddress(problems: string[]): AstroIntegration {
  return {
    name: 'migration-agreements-site-address',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && problems.length) throw new Error(unpublishableMessage(problems));
      },
    },
  };
}
