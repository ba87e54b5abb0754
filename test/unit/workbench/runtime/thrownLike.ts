/** A `toThrow` expectation for an Office error with these fields (name, paramName, code…). */
export function thrownLike(fields: Record<string, unknown>): Error {
  const matcher: unknown = expect.objectContaining(fields);
  return matcher as Error;
}
