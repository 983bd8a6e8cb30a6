/** The agreements map for this build: world-atlas shapes (1:50m to place small island states, 1:110m to draw). */
import world50 from 'world-atlas/countries-50m.json';
import world110 from 'world-atlas/countries-110m.json';
import { agreementYear } from '../lib/comparable.ts';
import { labelOf } from '../lib/dimensions.ts';
import { drawAgreementMap, locateCountries, type AgreementMap, type WorldTopology } from '../lib/map/draw.ts';
import { siteData } from './data.ts';

let cached: Promise<AgreementMap> | undefined;

export function siteAgreementMap(): Promise<AgreementMap> {
  cached ??= siteData().then((site) => {
    const locations = locateCountries(
      site.countries.map(({ id, data }) => ({ id, name: data.name, kind: data.kind, otherNames: data.otherNames, ...(data.iso3 ? { iso3: data.iso3 } : {}) })),
      world50 as unknown as WorldTopology,
    );
    return drawAgreementMap({
      world: world110 as unknown as WorldTopology,
      locations,
      name: site.names.country,
      label: labelOf,
      agreements: site.agreements.flatMap(({ id, data }) => {
        const parties = data.parties.value;
        return parties
          ? [
              {
                id,
                shortTitle: data.shortTitle,
                sending: parties.sending,
                receiving: parties.receiving,
                models: data.model.value ?? [],
                year: agreementYear(id),
                ...(data.status.value ? { status: data.status.value } : {}),
              },
            ]
          : [];
      }),
    });
  });
  return cached;
}
