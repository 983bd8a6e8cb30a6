/**
 * The clause questions and their answer set as plain constants: no zod here, so the dimension registry (and through
 * it the browser's comparison and search code) can read them without shipping the schema library.
 */

/** The answer set of a clause: what the agreement's text says on one question. Never free text. */
export const clauseAnswers = ['yes', 'no', 'conditional', 'not-in-text', 'text-not-public', 'not-applicable', 'unknown'] as const;

/** The clause questions, each a row of the comparison (see src/lib/dimensions.ts). The description is the question. */
export const clauseQuestions = {
  binding: 'Is it a legally binding instrument (a treaty or agreement binding under international law)?',
  eligibility: 'Does it limit who may be sent (by nationality, criminal record, family status or similar)?',
  minors: 'Does it exclude unaccompanied minors or give minors special protection?',
  consent: 'Must the receiving state accept each person (case-by-case acceptance, veto or vetting)?',
  'non-refoulement': 'Does the receiving state undertake not to return people to persecution or serious harm, or not to remove them onward without safeguards?',
  notice: 'Does it require notice to the person and a chance to contest before transfer?',
  'asylum-access': 'Can transferred people claim asylum or protection in the receiving state, with an appeal?',
  detention: 'Does it provide for detention of transferred people?',
  rights: 'Does it give legal status or support (right to work, housing, stipend, health care)?',
  'family-unity': 'Does it protect family unity (families transferred together, reunification)?',
  'onward-movement': 'Does it provide for onward movement, resettlement elsewhere or voluntary return home?',
  monitoring: 'Does it set up monitoring (an oversight body, a joint committee) or public reporting?',
  funding: 'Does it set out payments or funding between the parties?',
  duration: 'Does it set a duration, renewal or termination procedure?',
  'dispute-settlement': 'Does it provide for settling disputes between the parties (consultation, arbitration, a court)?',
} as const;

export type ClauseId = keyof typeof clauseQuestions;
export const clauseIds = Object.keys(clauseQuestions) as ClauseId[];

