import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput, CoreReason } from '@chainq/core';

/** class-validator's constraint names, as the reason a client translates. */
const CONSTRAINT_REASONS: Record<string, CoreReason> = {
  isNotEmpty: CoreReason.Required,
  maxLength: CoreReason.TooLong,
  minLength: CoreReason.TooShort,
  isUuid: CoreReason.NotAUuid,
  min: CoreReason.NumberOutOfRange,
  max: CoreReason.NumberOutOfRange,
  isNumber: CoreReason.NotANumber,
  isInt: CoreReason.NotANumber,
  isEnum: CoreReason.NotAllowedValue,
  isIn: CoreReason.NotAllowedValue,
  isEmail: CoreReason.NotAnEmail,
  arrayMaxSize: CoreReason.TooManyItems,
  arrayMinSize: CoreReason.TooFewItems,
  isDate: CoreReason.DateOutOfRange,
};

function reasonOf(constraint: string, message: string): CoreReason {
  // @Length says which end was missed only in its message.
  if (constraint === 'isLength') return /shorter/.test(message) ? CoreReason.TooLong : CoreReason.TooShort;
  return CONSTRAINT_REASONS[constraint] ?? CoreReason.InvalidValue;
}

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string; reason: CoreReason } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const [constraint] = Object.entries(error.constraints ?? {});
    if (constraint) return { field, message: constraint[1], reason: reasonOf(constraint[0], constraint[1]) };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/** class-validator at the edge; the first problem becomes BAD_USER_INPUT naming its field, with the rule's reason. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const problem = firstProblem(errors) ?? { field: 'input', message: 'is not valid', reason: CoreReason.InvalidValue };
    return badInput(problem.field, problem.message, { reason: problem.reason });
  },
});
