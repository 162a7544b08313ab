/**
 * The single definition of the dataset's shape (shared/design/dataset.md).
 * TypeScript types come from it with z.infer; checks that need the whole dataset
 * (references, order, weights) live in validate-dataset.ts.
 */
import { z } from 'zod';
import { DATE_PRECISIONS } from '../lib/date-precision';
import { FIRST_YEAR, LAST_YEAR, isDatasetDate, isDatasetDay, isDatasetPeriod } from '../lib/dates';

// No compiled validators: zod would probe `new Function`, which the content security policy forbids
// (and reports as a violation even though zod falls back). The dataset is small; plain checks are quick.
z.config({ jitless: true });

const IN_RANGE = `not a real calendar date from ${FIRST_YEAR} to ${LAST_YEAR}`;

export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(isDatasetDay, IN_RANGE);

export const IsoDayOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM')
  .refine(isDatasetDate, IN_RANGE);

/** Text in both interface languages. */
export const Localized = z.object({ en: z.string().min(1), es: z.string().min(1) }).strict();

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes');

export const Citation = z
  .object({
    source: Id,
    /** The source's own words, verbatim (checked by shared/tools/check-excerpts.mjs). */
    excerpt: z.string().min(8).optional(),
  })
  .strict();

const Citations = z.array(Citation).min(1, 'at least one citation');

export const DatePrecision = z.enum(DATE_PRECISIONS);

export const SourceGrade = z.enum(['A', 'B', 'C']);
export const SourceOrigin = z.enum(['primary', 'original', 'copy']);
export const CopyKind = z.enum(['syndicated', 'reworded', 'machine-translation', 'mirror', 'paraphrase']);
export const NoLinkReason = z.enum(['not-found', 'not-recorded', 'print']);

export const Source = z
  .object({
    id: Id,
    publisher: z.string().min(1),
    title: z.string().min(1),
    published: IsoDayOrMonth,
    language: z.enum(['en', 'es', 'pt', 'other']),
    kind: z.enum(['news', 'wire', 'official', 'social', 'blog', 'data']),
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** One of the five seed articles (shared/seeds): its citations must carry an excerpt. */
    seed: z.boolean().optional(),
    /** "via X" when read from a syndicated copy; other caveats. */
    notes: z.string().optional(),
    /** A: wire, major national outlet, official statement · B: regional/partisan outlet, specialist blog · C: aggregator, machine re-translation, mirror. */
    grade: SourceGrade,
    /** The statement itself, the original report, or a copy of a report. */
    origin: SourceOrigin,
    /** For a copy: the original's publisher, e.g. "CNN". */
    copyOf: z.string().min(1).optional(),
    /** For a copy: how it copies (shown as "CNN, via a machine re-translation on whistlebuzz.com"). */
    copyKind: CopyKind.optional(),
    /** Why there is no link (required when `url` is missing). */
    noLinkReason: NoLinkReason.optional(),
  })
  .strict();

export const Actor = z
  .object({
    id: Id,
    name: z.string().min(1),
    /** The name in Spanish, where it differs (institutions). */
    nameEs: z.string().min(1).optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2 country code'),
    kind: z.enum(['person', 'government', 'agency', 'organization']),
    role: Localized,
  })
  .strict();

export const Topic = z.object({ id: Id, label: Localized }).strict();

/** What became of a threat (shared/design/dataset.md; data/README.md "Threat outcomes"). */
export const OutcomeStatus = z.enum([
  'carried-out',
  'partly-carried-out',
  'withdrawn',
  'suspended',
  'superseded',
  'pending',
  'unknown',
]);

export const ThreatOutcome = z
  .object({
    status: OutcomeStatus,
    /** The event that carried out, withdrew, suspended or superseded the threat, where there is one. */
    event: Id.optional(),
    /** When it happened; required unless the status is pending or unknown. */
    date: IsoDay.optional(),
    /** Required unless the status is pending or unknown. */
    citations: z.array(Citation).min(1).optional(),
    /** Caveats; required for pending and unknown (say why). */
    note: Localized.optional(),
  })
  .strict();

export const Event = z
  .object({
    id: Id,
    date: IsoDay,
    datePrecision: DatePrecision,
    endDate: IsoDay.optional(),
    title: Localized,
    summary: Localized,
    actors: z.array(Id).min(1),
    targets: z.array(Id).optional(),
    topics: z.array(Id).min(1),
    cameo: z.string().regex(/^\d{3,4}$/, 'a CAMEO code of 3 or 4 digits'),
    goldstein: z.number().min(-10).max(10),
    citations: Citations,
    confidence: z.enum(['high', 'medium', 'low']).optional(),
    note: Localized.optional(),
    /** A turning point of the story, drawn prominently on the timeline. */
    keyMoment: z.boolean().optional(),
    /** Not a bilateral act (elections, global tariff law): on the timeline, out of the tension index. */
    context: z.boolean().optional(),
    /** What became of it: required on threats (CAMEO 13x); on another event it lists an ultimatum. */
    outcome: ThreatOutcome.optional(),
  })
  .strict();

/** A wording printed by a source that differs from what the speaker said. */
export const ReportedWording = z
  .object({ source: Id, excerpt: z.string().min(8), note: Localized.optional() })
  .strict();

export const Quote = z
  .object({
    id: Id,
    date: IsoDay,
    datePrecision: DatePrecision,
    speaker: Id,
    text: z.string().min(1),
    language: z.enum(['en', 'es']),
    translatedFrom: z.enum(['en', 'es']).optional(),
    original: z.string().min(1).optional(),
    event: Id.optional(),
    topics: z.array(Id).min(1),
    context: Localized,
    citations: Citations,
    reportedWordings: z.array(ReportedWording).optional(),
    note: Localized.optional(),
    /** The words in Spanish when neither `text` nor `original` is Spanish: the dashboard's translation, or a published one (`source`). */
    spanish: z
      .object({ text: z.string().min(1), source: Id.optional() })
      .strict()
      .optional(),
  })
  .strict();

export const TariffStatus = z.enum(['threatened', 'in-force', 'suspended', 'exempted', 'struck-down']);

export const TariffStep = z
  .object({
    id: Id,
    date: IsoDay,
    imposer: z.enum(['US', 'CO']),
    rate: z.number().min(0).max(1000),
    status: TariffStatus,
    scope: Localized,
    note: Localized.optional(),
    event: Id.optional(),
    citations: Citations,
  })
  .strict();

/** `2024`, `2025-01`, `2025-01-28`, or a range of those joined by `..` (`2020..2023`). */
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$/;

export const FlightCount = z
  .object({
    id: Id,
    period: z
      .string()
      .regex(PERIOD, 'a period like 2024, 2020..2023, 2025-01 or 2025-01-20..2025-03-07')
      .refine(isDatasetPeriod, `real dates from ${FIRST_YEAR} to ${LAST_YEAR}, the end not before the start`),
    flights: z.number().int().min(0),
    /** People on board, where reported. */
    people: z.number().int().min(0).optional(),
    operator: z.string().min(1),
    derived: z.boolean().optional(),
    /** Figures for the same thing that sources report differently share a dispute key. */
    dispute: Id.optional(),
    note: Localized.optional(),
    citations: Citations,
  })
  .strict();

export const AidMeasure = z.enum([
  'appropriated',
  'requested',
  'obligated',
  'disbursed',
  'total-all-agencies',
]);

export const AidAmount = z
  .object({
    id: Id,
    fiscalYear: z.number().int().min(1990).max(2100),
    amountUsdMillions: z.number().min(0),
    /** Upper end where a source gives a range ("about 245–250"). */
    amountHigh: z.number().min(0).optional(),
    approx: z.boolean().optional(),
    measure: AidMeasure,
    derived: z.boolean().optional(),
    dispute: Id.optional(),
    note: Localized.optional(),
    citations: Citations,
  })
  .strict();

/** A change to published data, shown to readers. */
export const Correction = z
  .object({
    date: IsoDay,
    /** Ids of the items changed (events, quotes, series points). */
    items: z.array(Id).min(1),
    what: Localized,
    why: Localized,
    citations: Citations,
  })
  .strict();

/** Something readers may expect that is not known yet, and why. */
export const OpenQuestion = z.object({ id: Id, question: Localized, why: Localized }).strict();

export const Dataset = z
  .object({
    schemaVersion: z.literal(1),
    updated: IsoDay,
    title: Localized,
    /** The story in one line, shown at the top of the page. */
    headline: Localized.optional(),
    /** Two or three sentences under the headline, drawn only from facts the dataset holds. */
    standfirst: Localized.optional(),
    sources: z.array(Source).min(1),
    actors: z.array(Actor).min(1),
    topics: z.array(Topic).min(1),
    events: z.array(Event),
    quotes: z.array(Quote),
    series: z
      .object({
        tariffs: z.array(TariffStep),
        deportationFlights: z.array(FlightCount),
        aid: z.array(AidAmount),
      })
      .strict(),
    corrections: z.array(Correction),
    openQuestions: z.array(OpenQuestion),
  })
  .strict();

export type Localized = z.infer<typeof Localized>;
export type Citation = z.infer<typeof Citation>;
export type Source = z.infer<typeof Source>;
export type Actor = z.infer<typeof Actor>;
export type Topic = z.infer<typeof Topic>;
export type Event = z.infer<typeof Event>;
export type OutcomeStatus = z.infer<typeof OutcomeStatus>;
export type ThreatOutcome = z.infer<typeof ThreatOutcome>;
export type Quote = z.infer<typeof Quote>;
export type TariffStep = z.infer<typeof TariffStep>;
export type FlightCount = z.infer<typeof FlightCount>;
export type AidAmount = z.infer<typeof AidAmount>;
export type Dataset = z.infer<typeof Dataset>;
export type SourceGrade = z.infer<typeof SourceGrade>;
export type Correction = z.infer<typeof Correction>;
export type OpenQuestion = z.infer<typeof OpenQuestion>;
export type DatePrecision = z.infer<typeof DatePrecision>;
