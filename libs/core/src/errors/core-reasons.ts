/**
 * Reasons every domain shares: the default for each code, the input rules
 * checked at the edge, uploads, and the query itself. Meanings in
 * error-reasons.ts (CORE_REASONS).
 */
export enum CoreReason {
  // The default of each code, for an error whose thrower names no rule.
  InvalidValue = 'INVALID_VALUE',
  AuthenticationRequired = 'AUTHENTICATION_REQUIRED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  RoleNotAllowed = 'ROLE_NOT_ALLOWED',
  // Rules several domains share.
  RoleReadOnly = 'ROLE_READ_ONLY',
  PlatformAdminOnly = 'PLATFORM_ADMIN_ONLY',
  ReasonRequired = 'REASON_REQUIRED',
  DateInFuture = 'DATE_IN_FUTURE',
  DateRangeReversed = 'DATE_RANGE_REVERSED',
  OneScopeRequired = 'ONE_SCOPE_REQUIRED',
  DocumentNotYours = 'DOCUMENT_NOT_YOURS',
  DocumentAlreadyAttached = 'DOCUMENT_ALREADY_ATTACHED',
  // Input rules (apps/api/src/graphql/input-rules.ts, class-validator on inputs).
  Required = 'REQUIRED',
  NotAUuid = 'NOT_A_UUID',
  TooLong = 'TOO_LONG',
  TooShort = 'TOO_SHORT',
  NulCharacter = 'NUL_CHARACTER',
  ControlCharacter = 'CONTROL_CHARACTER',
  NegativeNumber = 'NEGATIVE_NUMBER',
  NumberOutOfRange = 'NUMBER_OUT_OF_RANGE',
  NotANumber = 'NOT_A_NUMBER',
  DateOutOfRange = 'DATE_OUT_OF_RANGE',
  NotAnEmail = 'NOT_AN_EMAIL',
  NotAllowedValue = 'NOT_ALLOWED_VALUE',
  TooManyItems = 'TOO_MANY_ITEMS',
  TooFewItems = 'TOO_FEW_ITEMS',
  JsonTooLarge = 'JSON_TOO_LARGE',
  JsonTooDeep = 'JSON_TOO_DEEP',
  InvalidCursor = 'INVALID_CURSOR',
  PageSizeOutOfRange = 'PAGE_SIZE_OUT_OF_RANGE',
  // Uploads.
  RequestTooLarge = 'REQUEST_TOO_LARGE',
  MalformedUpload = 'MALFORMED_UPLOAD',
  UploadInterrupted = 'UPLOAD_INTERRUPTED',
  FileMissing = 'FILE_MISSING',
  FileEmpty = 'FILE_EMPTY',
  FileTooLarge = 'FILE_TOO_LARGE',
  FileTypeNotAllowed = 'FILE_TYPE_NOT_ALLOWED',
  FileContentMismatch = 'FILE_CONTENT_MISMATCH',
  // The GraphQL request itself.
  QuerySyntax = 'QUERY_SYNTAX_ERROR',
  QueryInvalid = 'QUERY_INVALID',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  InternalError = 'INTERNAL_ERROR',
}
