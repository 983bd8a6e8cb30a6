/**
 * Payments and what they come to per person transferred. The arithmetic is kept with its inputs so a page can show
 * it ("USD 7,500,000 ÷ 7 people = USD 1,071,429 per person") with the sources of both numbers.
 */
import type { Agreement, Payment } from '../../schema/index.ts';
import { formatAmount, formatDate } from '../format.ts';
import { transferredFact } from './series.ts';

export type CostPerPerson = {
  amount: number;
  currency: string;
  payer: string;
  /** The people transferred the amount is divided by, as of a date. */
  people: number;
  asOf: string;
  /** False when the number of people is a floor: the cost per person is then at most the figure. */
  peopleExact: boolean;
  /** Rounded to whole units of the currency. */
  perPerson: number;
  /** Sources of the payment, then of the number transferred. */
  paymentSources: string[];
  transferSources: string[];
};

/**
 * One figure per distinct reported payment (the same amount, currency and payer reported by several sources counts
 * once, with all their sources). Amounts paid per person already are not divided again.
 */
export function costsPerPerson(agreement: Pick<Agreement, 'payments' | 'transfers' | 'transferGaps' | 'status' | 'dates'>): CostPerPerson[] {
  const transferred = transferredFact(agreement);
  if (!transferred.value || transferred.value.count === 0) return [];
  const { count, asOf, exact } = transferred.value;
  const byPayment = new Map<string, CostPerPerson>();
  for (const report of agreement.payments) {
    const payment = report.value as Payment | null;
    if (!payment || payment.kind === 'per-person') continue;
    const key = `${payment.amount}|${payment.currency}|${payment.payer}`;
    const existing = byPayment.get(key);
    if (existing) {
      existing.paymentSources = [...new Set([...existing.paymentSources, ...report.sources])];
      continue;
    }
    byPayment.set(key, {
      amount: payment.amount,
      currency: payment.currency,
      payer: payment.payer,
      people: count,
      asOf,
      peopleExact: exact,
      perPerson: Math.round(payment.amount / count),
      paymentSources: [...report.sources],
      transferSources: [...transferred.sources],
    });
  }
  return [...byPayment.values()];
}

/** "USD 1,071,429 per person (USD 7,500,000 ÷ 7 people transferred as of January 2026)"; "at most" when the count is a floor. */
export function formatCostPerPerson(cost: CostPerPerson): string {
  const people = `${cost.peopleExact ? '' : 'at least '}${cost.people.toLocaleString('en-GB')} ${cost.people === 1 ? 'person' : 'people'}`;
  return `${cost.peopleExact ? '' : 'at most '}${formatAmount(cost.perPerson, cost.currency)} per person (${formatAmount(cost.amount, cost.currency)} ÷ ${people} transferred as of ${formatDate(cost.asOf)})`;
}
