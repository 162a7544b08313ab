// The part of Papa Parse the browser code uses. @types/papaparse pulls in all of Node's types
// (it references "node"), which would let browser code use Node APIs without a type error, so
// tsconfig.json maps "papaparse" here; tests and scripts (tsconfig.node.json) get the full types.
type ParseError = { row?: number; message: string };
declare const Papa: {
  parse<T>(
    text: string,
    config: {
      header: true;
      skipEmptyLines?: boolean | 'greedy';
      transformHeader?: (header: string, index: number) => string;
    },
  ): { data: T[]; errors: ParseError[]; meta: { fields?: string[] } };
  unparse(
    data: readonly object[] | { fields: string[]; data: unknown[][] },
    config?: Record<string, unknown>,
  ): string;
};
export default Papa;
