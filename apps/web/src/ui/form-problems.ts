import type { FormInstance } from 'antd';
import { problemsOf, type ApiProblem } from '../api/api-problem';

/**
 * Puts each problem that names a field next to that field of the form and
 * returns the others (to show above the form). `fieldOf` maps the API's field
 * path (`input.content.problemStatement`) to the form's name path; the
 * default takes the last segment.
 */
export function showFormProblems(
  form: FormInstance,
  error: unknown,
  describe: (p: ApiProblem) => string,
  fieldOf: (apiField: string) => (string | number)[] | undefined = (f) => [f.split('.').pop()!],
): ApiProblem[] {
  const rest: ApiProblem[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const problem of problemsOf(error)) {
    const name = problem.field ? fieldOf(problem.field) : undefined;
    if (name && form.getFieldInstance(name) !== undefined) fields.push({ name, errors: [describe(problem)] });
    else rest.push(problem);
  }
  form.setFields(fields);
  if (fields.length) form.scrollToField(fields[0].name, { block: 'center' });
  return rest;
}
