/** The files every dataset version keeps at /data/vX.Y.Z/, each also served as the latest under /data/. */
export const VERSIONED_FILES = ['agreements.csv', 'agreement-values.csv', 'agreements.json', 'cases.json', 'terms.json', 'transfers.csv', 'transfers.json', 'payments.csv', 'payments.json', 'datapackage.json'] as const;

export type VersionedFile = (typeof VERSIONED_FILES)[number];
