import { CoreReason } from './core-reasons';
import { ErrorCode } from './domain-error';

/** GraphQL's own codes, for reasons given to errors Apollo and graphql-js raise. */
export const GRAPHQL_CODES = {
  ValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  ParseFailed: 'GRAPHQL_PARSE_FAILED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export interface ReasonMeaning {
  /** The `extensions.code` the reason comes with: an ErrorCode or one of GRAPHQL_CODES (checked by collectReasons). */
  code: string;
  /** One English sentence: what rule was broken, as a client would explain it. */
  meaning: string;
}

/** One domain's reasons with their meanings, exported by the domain lib's index.ts. */
export interface ReasonCatalogue {
  domain: string;
  reasons: Readonly<Record<string, ReasonMeaning>>;
}

/** Typed by the domain's enum, so a reason without a meaning does not compile. */
export const defineReasons = <R extends string>(domain: string, reasons: Record<R, ReasonMeaning>): ReasonCatalogue => ({ domain, reasons });

export interface ReasonRow extends ReasonMeaning {
  reason: string;
  domain: string;
}

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(GRAPHQL_CODES)]);

/** Every reason once, by domain then name; a reason claimed by two domains is a mistake, refused here. */
export function collectReasons(catalogues: readonly ReasonCatalogue[]): ReasonRow[] {
  const seen = new Map<string, string>();
  const rows: ReasonRow[] = [];
  for (const { domain, reasons } of catalogues) {
    for (const [reason, { code, meaning }] of Object.entries(reasons)) {
      if (!KNOWN_CODES.has(code)) throw new Error(`error reason ${reason} (${domain}) names an unknown code ${code}`);
      const owner = seen.get(reason);
      if (owner) throw new Error(`error reason ${reason} is listed by both ${owner} and ${domain}`);
      seen.set(reason, domain);
      rows.push({ reason, code, domain, meaning });
    }
  }
  return rows.sort((a, b) => a.domain.localeCompare(b.domain) || a.reason.localeCompare(b.reason));
}

/** docs/error-reasons.md, printed by `npm run cli -- print-reasons`. */
export function reasonsDocument(rows: readonly ReasonRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '# Error reasons',
    '',
    'Every error the API answers (GraphQL `errors[].extensions`, and the JSON body of the REST routes) carries',
    '`code`, a stable `reason` from this list, and `field` when one input field is at fault. Clients translate',
    'from `code` and `reason`, never from the English `message`. Generated from the reasons enums in code by',
    '`npm run cli -- print-reasons`; do not edit by hand.',
    '',
    '| Reason | Code | Domain | Meaning |',
    '|---|---|---|---|',
    ...rows.map((r) => `| \`${r.reason}\` | \`${r.code}\` | ${r.domain} | ${cell(r.meaning)} |`),
    '',
  ].join('\n');
}

const { BadUserInput, Unauthenticated, Forbidden, NotFound, Conflict, RateLimited } = ErrorCode;

export const CORE_REASONS = defineReasons<CoreReason>('core', {
  [CoreReason.InvalidValue]: { code: BadUserInput, meaning: 'A value is not valid; `field` names it.' },
  [CoreReason.AuthenticationRequired]: { code: Unauthenticated, meaning: 'Sign in first (no session, or it is no longer valid).' },
  [CoreReason.Forbidden]: { code: Forbidden, meaning: 'Your organisation or role may not do this.' },
  [CoreReason.NotFound]: { code: NotFound, meaning: 'The thing asked for does not exist or is not visible to you; `what` says which kind.' },
  [CoreReason.Conflict]: { code: Conflict, meaning: 'The thing is not in a state that allows this.' },
  [CoreReason.RateLimited]: { code: RateLimited, meaning: 'Too many attempts; try again after `retryAfterSeconds`.' },
  [CoreReason.RoleNotAllowed]: { code: Forbidden, meaning: 'Your role may not call this operation.' },
  [CoreReason.RoleReadOnly]: { code: Forbidden, meaning: 'Your role may read this but not change it; an admin or quality engineer can.' },
  [CoreReason.PlatformAdminOnly]: { code: Forbidden, meaning: 'Only a platform admin may do this.' },
  [CoreReason.ReasonRequired]: { code: BadUserInput, meaning: 'Say why: this step needs a written reason.' },
  [CoreReason.DateInFuture]: { code: BadUserInput, meaning: 'The date or time lies in the future; give when it really happened.' },
  [CoreReason.DateRangeReversed]: { code: BadUserInput, meaning: 'The end of the period must come after its start.' },
  [CoreReason.OneScopeRequired]: { code: BadUserInput, meaning: 'Choose exactly one scope: a chain, a cluster or a region.' },
  [CoreReason.DocumentNotYours]: { code: BadUserInput, meaning: 'A document named here was not uploaded by your organisation.' },
  [CoreReason.DocumentAlreadyAttached]: { code: BadUserInput, meaning: 'The uploaded document is already attached to something else; upload it again.' },
  [CoreReason.Required]: { code: BadUserInput, meaning: 'The field must be filled in.' },
  [CoreReason.NotAUuid]: { code: BadUserInput, meaning: 'The id is not a UUID, so it cannot name anything.' },
  [CoreReason.TooLong]: { code: BadUserInput, meaning: 'The text is longer than the field allows.' },
  [CoreReason.TooShort]: { code: BadUserInput, meaning: 'The text is shorter than the field needs.' },
  [CoreReason.NulCharacter]: { code: BadUserInput, meaning: 'The text contains the NUL character, which cannot be stored.' },
  [CoreReason.ControlCharacter]: { code: BadUserInput, meaning: 'The text contains a control character (such as a line break) where none is allowed.' },
  [CoreReason.NegativeNumber]: { code: BadUserInput, meaning: 'The number must not be negative.' },
  [CoreReason.NumberOutOfRange]: { code: BadUserInput, meaning: 'The number is outside the range the field allows.' },
  [CoreReason.NotANumber]: { code: BadUserInput, meaning: 'The value must be a number (a whole number where counts are asked).' },
  [CoreReason.DateOutOfRange]: { code: BadUserInput, meaning: 'The date is not a real date written YYYY-MM-DD, or lies outside the years the platform accepts.' },
  [CoreReason.NotAnEmail]: { code: BadUserInput, meaning: 'The value is not an e-mail address.' },
  [CoreReason.NotAllowedValue]: { code: BadUserInput, meaning: 'The value is not one of the choices the field offers.' },
  [CoreReason.TooManyItems]: { code: BadUserInput, meaning: 'The list has more items than allowed.' },
  [CoreReason.TooFewItems]: { code: BadUserInput, meaning: 'The list needs more items.' },
  [CoreReason.JsonTooLarge]: { code: BadUserInput, meaning: 'The structured content is too large.' },
  [CoreReason.JsonTooDeep]: { code: BadUserInput, meaning: 'The structured content is nested too deeply.' },
  [CoreReason.InvalidCursor]: { code: BadUserInput, meaning: 'The page cursor was not returned by this list (reload the list).' },
  [CoreReason.PageSizeOutOfRange]: { code: BadUserInput, meaning: 'The page size is outside what the list allows.' },
  [CoreReason.RequestTooLarge]: { code: BadUserInput, meaning: 'The request body is larger than the API accepts.' },
  [CoreReason.MalformedUpload]: { code: BadUserInput, meaning: 'The upload is not a well-formed multipart request with one file.' },
  [CoreReason.UploadInterrupted]: { code: BadUserInput, meaning: 'The upload stopped before the whole file arrived; send it again.' },
  [CoreReason.FileMissing]: { code: BadUserInput, meaning: 'No file was sent.' },
  [CoreReason.FileEmpty]: { code: BadUserInput, meaning: 'The file is empty.' },
  [CoreReason.FileTooLarge]: { code: BadUserInput, meaning: 'The file is larger than allowed; `maxBytes` gives the limit.' },
  [CoreReason.FileTypeNotAllowed]: { code: BadUserInput, meaning: 'This kind of file is not accepted here.' },
  [CoreReason.FileContentMismatch]: { code: BadUserInput, meaning: "The file's content does not match its name or declared type (a .xlsx that is not a workbook, say)." },
  [CoreReason.QuerySyntax]: { code: GRAPHQL_CODES.ParseFailed, meaning: 'The GraphQL query cannot be parsed.' },
  [CoreReason.QueryInvalid]: { code: GRAPHQL_CODES.ValidationFailed, meaning: 'The GraphQL request does not match the schema (unknown field, missing argument, wrong operation name).' },
  [CoreReason.QueryTooComplex]: { code: GRAPHQL_CODES.ValidationFailed, meaning: 'The query asks for too much at once; `cost`/`depth`/`aliases` and `limit` give the figures.' },
  [CoreReason.InternalError]: { code: GRAPHQL_CODES.Internal, meaning: 'Something went wrong on the server; try again later.' },
});
