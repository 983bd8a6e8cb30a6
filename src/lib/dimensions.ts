/**
 * The dimension registry: the one list of comparable dimensions. The comparison table, the fact box on each agreement
 * page, the CSV/JSON exports, the JSON Schema docs and the search facets all read it, so adding a dimension is a field
 * in src/schema/agreement.ts plus an entry here.
 */
import type { Agreement, Payment } from '../schema/index.ts';
import { clauseIds, clauseQuestions, type ClauseId } from '../schema/clauses.ts';
import type { SourcedFact } from '../schema/common.ts';
import { formatAmount, formatDate } from './format.ts';
import { costsPerPerson, formatCostPerPerson, type CostPerPerson } from './transfers/money.ts';
import { formatTransferTotal, transferredFact, type TransferTotal } from './transfers/series.ts';

export { formatAmount, formatDate };

export type DimensionGroup = 'parties-and-form' | 'who-and-how-many' | 'money-and-support' | 'rights-and-oversight' | 'courts-and-status' | 'clauses';

export const dimensionGroups: { id: DimensionGroup; label: string }[] = [
  { id: 'parties-and-form', label: 'Parties and form' },
  { id: 'who-and-how-many', label: 'Who and how many' },
  { id: 'money-and-support', label: 'Money and support' },
  { id: 'rights-and-oversight', label: 'Rights and oversight' },
  { id: 'courts-and-status', label: 'Courts and status' },
  { id: 'clauses', label: 'What the text says' },
];

/** Names for ids that a formatted value mentions (countries, cases); the views pass the real ones. */
export type NameLookup = {
  country: (id: string) => string;
  legalCase: (id: string) => string;
};

export const plainLookup: NameLookup = { country: (id) => id, legalCase: (id) => id };

export type Dimension = {
  /** Stable id: the CSV column name and the `d=` query value. */
  id: string;
  label: string;
  group: DimensionGroup;
  /** One line for readers, shown on hover/focus and to screen readers. */
  description: string;
  /** The sourced facts behind this dimension: one, or several where sources disagree. */
  read: (agreement: Agreement) => SourcedFact<unknown>[];
  /** Plain-text form of one known value. */
  format: (value: never, names: NameLookup) => string;
  /**
   * True when the value is a list of links to other entries that carry their own sources (legal challenges), so the
   * cell itself cites none.
   */
  derived?: boolean;
  /** Where in the agreement's text a known value is said (clause dimensions), with a link when there is one. */
  pinpoint?: (value: never) => { label: string; href?: string } | undefined;
};

const labelOverrides: Record<string, string> = {
  'memorandum-of-understanding': 'Memorandum of understanding (MOU)',
  'blocked-by-court': 'Blocked by a court',
  'safe-third-country': 'Safe third country',
  'offshore-processing': 'Offshore processing',
  'receiving-state-procedure': 'Yes, in the receiving state’s procedure',
  'sending-state-procedure': 'Yes, in the sending state’s procedure, run abroad',
  none: 'None',
  'job-help': 'Job help',
  'asylum-procedure': 'Asylum procedure',
  'legal-status': 'Legal status',
  'travel-ban': 'Travel-ban threat',
  'security-cooperation': 'Security cooperation',
  'criminal-convictions': 'People with criminal convictions',
  'third-country-nationals': 'Third-country nationals',
  'irregular-arrivals': 'Irregular arrivals',
  'named-nationalities': 'Named nationalities',
  'alleged-gang-members': 'Alleged gang members',
  'open-centre': 'Open centre',
  'closed-centre': 'Closed centre',
};

/** Reader-facing label of an enum value ("memorandum-of-understanding" → "Memorandum of understanding (MOU)"). */
export function labelOf(value: string): string {
  if (labelOverrides[value]) return labelOverrides[value];
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const list = (values: string[]) => values.map(labelOf).join('; ');
const one = <T>(fact: SourcedFact<T>): SourcedFact<unknown>[] => [fact as SourcedFact<unknown>];

const textAvailabilityLabels: Record<string, string> = {
  official: 'Yes, published by a party',
  leaked: 'Yes, a leaked copy',
  described: 'No, only described',
  'not-public': 'No',
};

/** Short row labels for the clause questions (the question itself is the row's description). */
const clauseLabels: Record<ClauseId, string> = {
  binding: 'Legally binding',
  eligibility: 'Limits who may be sent',
  minors: 'Protects unaccompanied minors',
  consent: 'Receiving state accepts each person',
  'non-refoulement': 'Non-refoulement undertaking',
  notice: 'Notice and a chance to contest',
  'asylum-access': 'Asylum claim with appeal there',
  detention: 'Provides for detention',
  rights: 'Legal status or support',
  'family-unity': 'Family unity',
  'onward-movement': 'Onward movement or return home',
  monitoring: 'Monitoring or public reporting',
  funding: 'Payments or funding terms',
  duration: 'Duration, renewal, termination',
  'dispute-settlement': 'Dispute settlement',
};

const clauseAnswerLabels: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  conditional: 'Conditional',
  'not-in-text': 'Not in the text',
  'text-not-public': 'Text not public',
};

type ClauseFactValue = { answer: string; basis?: string; pinpoint?: { label: string; url?: string } };

/**
 * A clause as a sourced fact, so the comparison, fact box and downloads treat it like any other row: "unknown" is
 * an unknown value and "not applicable" a question that does not arise; every other answer is a known value.
 */
function clauseFact(agreement: Agreement, id: ClauseId): SourcedFact<unknown>[] {
  const clause = agreement.clauses?.[id];
  if (!clause) return [{ value: null, sources: [], note: 'Not coded yet.' }];
  const base = { sources: clause.sources, ...(clause.note ? { note: clause.note } : {}) };
  if (clause.answer === 'unknown') return [{ value: null, ...base }];
  if (clause.answer === 'not-applicable') return [{ value: null, applicable: false, ...base }];
  const value: ClauseFactValue = { answer: clause.answer, ...(clause.basis ? { basis: clause.basis } : {}), ...(clause.pinpoint ? { pinpoint: clause.pinpoint } : {}) };
  return [{ value, ...base }];
}

const clauseDimensions: Dimension[] = clauseIds.map((id) => ({
  id: `clause-${id}`,
  label: clauseLabels[id],
  group: 'clauses',
  description: clauseQuestions[id],
  read: (a) => clauseFact(a, id),
  format: (value: ClauseFactValue) =>
    [clauseAnswerLabels[value.answer] ?? value.answer, value.basis === 'reporting' && value.answer !== 'text-not-public' ? '(from reporting)' : '', value.pinpoint ? `— ${value.pinpoint.label}` : '']
      .filter(Boolean)
      .join(' '),
  pinpoint: (value: ClauseFactValue) => (value.pinpoint ? { label: value.pinpoint.label, ...(value.pinpoint.url ? { href: value.pinpoint.url } : {}) } : undefined),
}));

const dateDimension = (key: keyof Agreement['dates'], label: string, description: string): Dimension => ({
  id: key === 'inForce' ? 'in-force' : key === 'firstTransfer' ? 'first-transfer' : key,
  label,
  group: 'courts-and-status',
  description,
  read: (a) => one(a.dates[key]),
  format: (value: string) => formatDate(value),
});

export const agreementDimensions: Dimension[] = [
  {
    id: 'sending',
    label: 'Sending party',
    group: 'parties-and-form',
    description: 'The country or bloc that sends people under the agreement.',
    read: (a) => one(a.parties),
    format: (value: Agreement['parties']['value'] & {}, names) => value.sending.map(names.country).join(', '),
  },
  {
    id: 'receiving',
    label: 'Receiving party',
    group: 'parties-and-form',
    description: 'The country that receives them.',
    read: (a) => one(a.parties),
    format: (value: Agreement['parties']['value'] & {}, names) => value.receiving.map(names.country).join(', '),
  },
  {
    id: 'instrument',
    label: 'Legal form',
    group: 'parties-and-form',
    description: 'Treaty, memorandum of understanding, exchange of notes or another instrument; it decides how binding it is.',
    read: (a) => one(a.instrument),
    format: (value: string) => labelOf(value),
  },
  {
    id: 'text-public',
    label: 'Text public',
    group: 'parties-and-form',
    description: 'Whether the full text of the agreement has been published.',
    read: (a) => one(a.text),
    format: (value: { published: boolean; availability?: string; since?: string; citation?: string }) =>
      [
        value.availability ? textAvailabilityLabels[value.availability] : value.published ? 'Yes' : 'No',
        value.since && `since ${formatDate(value.since)}`,
        value.citation,
      ]
        .filter(Boolean)
        .join(', '),
  },
  {
    id: 'model',
    label: 'Model',
    group: 'parties-and-form',
    description: 'What kind of arrangement: integration, detention, safe third country, offshore processing, transit or readmission.',
    read: (a) => one(a.model),
    format: (value: string[]) => list(value),
  },
  {
    id: 'coverage',
    label: 'Who is covered',
    group: 'who-and-how-many',
    description: 'Which people may be transferred under the agreement.',
    read: (a) => one(a.coverage),
    format: (value: string[]) => list(value),
  },
  {
    id: 'nationalities',
    label: 'Nationalities',
    group: 'who-and-how-many',
    description: 'Nationalities named in the agreement or in reports of transfers.',
    read: (a) => one(a.nationalities ?? { value: null, sources: [], note: 'Not recorded.' }),
    format: (value: string[]) => (value.length ? value.join(', ') : 'None named'),
  },
  {
    id: 'cap',
    label: 'Cap on numbers',
    group: 'who-and-how-many',
    description: 'The largest number of people the agreement allows.',
    read: (a) => one(a.cap),
    format: (value: { count: number; period?: string }) => `${value.count.toLocaleString('en-GB')}${value.period ? ` ${value.period}` : ''}`,
  },
  {
    id: 'transferred',
    label: 'People transferred',
    group: 'who-and-how-many',
    description: 'How many people have been sent so far, as of a date: derived from every reported transfer, a floor where a number is approximate or disputed.',
    read: (a) => one(transferredFact(a)),
    format: (value: TransferTotal) => `${formatTransferTotal(value)} (as of ${formatDate(value.asOf)})`,
  },
  {
    id: 'payments',
    label: 'Payments',
    group: 'money-and-support',
    description: 'Money paid or pledged, by whom and for what; sources that disagree are shown side by side.',
    read: (a) => a.payments,
    format: (value: Payment, names) =>
      `${formatAmount(value.amount, value.currency)}${value.kind === 'per-person' ? ' per person' : ''} from ${names.country(value.payer)}${
        value.recipient ? ` to ${names.country(value.recipient)}` : ''
      }${value.stage ? `, ${value.stage}` : ''}${value.date ? ` (${formatDate(value.date)})` : ''}${value.purpose ? ` (${value.purpose})` : ''}`,
  },
  {
    id: 'cost-per-person',
    label: 'Payment per person transferred',
    group: 'money-and-support',
    description: 'Each reported payment divided by the number of people transferred, with the arithmetic and the sources of both numbers.',
    read: (a) => {
      const costs = costsPerPerson(a);
      if (costs.length === 0) return [{ value: null, sources: [], applicable: false, note: 'Needs both a reported payment and a number of people transferred.' }];
      return costs.map((cost) => ({ value: cost, sources: [...new Set([...cost.paymentSources, ...cost.transferSources])] }));
    },
    format: (value: CostPerPerson) => formatCostPerPerson(value),
  },
  {
    id: 'provisions',
    label: 'Receiving state provides',
    group: 'money-and-support',
    description: 'What the receiving state provides to people transferred: stipend, housing, job help, healthcare, detention.',
    read: (a) => one(a.provisions),
    format: (value: string[]) => (value.length ? list(value) : 'Nothing specified'),
  },
  {
    id: 'leverage',
    label: 'Leverage reported',
    group: 'money-and-support',
    description: 'Pressure or inducements reported in the negotiation, such as aid, visas or travel-ban threats.',
    read: (a) => one(a.leverage),
    format: (value: string[]) => list(value),
  },
  {
    id: 'asylum-access',
    label: 'Access to asylum',
    group: 'rights-and-oversight',
    description: 'Whether transferred people can claim asylum, and under whose procedure.',
    read: (a) => one(a.asylumAccess),
    format: (value: string) => labelOf(value),
  },
  {
    id: 'detention',
    label: 'Detention',
    group: 'rights-and-oversight',
    description: 'Whether transferred people are held in detention after arrival.',
    read: (a) => one(a.detention),
    format: (value: string) => labelOf(value),
  },
  {
    id: 'monitoring',
    label: 'Monitoring and oversight',
    group: 'rights-and-oversight',
    description: 'Who, if anyone, checks how the arrangement works in practice.',
    read: (a) => one(a.monitoring),
    format: (value: string) => value,
  },
  {
    id: 'human-rights-concerns',
    label: 'Human-rights concerns',
    group: 'rights-and-oversight',
    description: 'Concerns raised about the arrangement, and who raised them.',
    read: (a) => a.humanRightsConcerns,
    format: (value: { raisedBy: string; concern: string }) => `${value.raisedBy}: ${value.concern}`,
  },
  {
    id: 'status',
    label: 'Status',
    group: 'courts-and-status',
    description: 'Where the agreement stands now: proposed, signed, operational, suspended, blocked by a court or ended.',
    read: (a) => one(a.status),
    format: (value: string) => labelOf(value),
  },
  dateDimension('announced', 'Announced', 'When the agreement or its negotiation was first announced or reported.'),
  dateDimension('signed', 'Signed', 'When the agreement was signed.'),
  dateDimension('inForce', 'In force', 'When the agreement entered into force.'),
  dateDimension('firstTransfer', 'First transfer', 'When the first people were sent under it.'),
  dateDimension('ended', 'Ended', 'When the agreement ended or was terminated.'),
  {
    id: 'legal-challenges',
    label: 'Legal challenges',
    group: 'courts-and-status',
    description: 'Court cases about the agreement; each case page carries its own sources.',
    read: (a) => [
      a.legalChallenges.length
        ? { value: a.legalChallenges, sources: [] }
        : { value: null, sources: [], note: 'None recorded in this knowledge base.' },
    ],
    format: (value: string[], names) => value.map(names.legalCase).join('; '),
    derived: true,
  },
  ...clauseDimensions,
];

export function dimensionById(id: string): Dimension | undefined {
  return agreementDimensions.find((dimension) => dimension.id === id);
}

/** How a fact reads to a person: a value, unknown, or not applicable — never conflating unknown with "no". */
export type FactState = 'known' | 'unknown' | 'not-applicable';

export function factState(fact: SourcedFact<unknown>): FactState {
  if (fact.applicable === false) return 'not-applicable';
  return fact.value === null ? 'unknown' : 'known';
}

/** Plain text of one fact under a dimension ("Unknown", "Not applicable" or the formatted value). */
export function factText(dimension: Dimension, fact: SourcedFact<unknown>, names: NameLookup = plainLookup): string {
  const state = factState(fact);
  if (state === 'unknown') return 'Unknown';
  if (state === 'not-applicable') return 'Not applicable';
  return (dimension.format as (value: unknown, names: NameLookup) => string)(fact.value, names);
}
