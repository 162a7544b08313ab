// The part of Papa Parse the browser code uses. @types/papaparse pulls in all of Node's types
// (it references "node"), which would let browser code use Node APIs without a type error, so
// tsconfig.json maps "papaparse" here; tests and scripts (tsconfig.node.json) get the full types.
declare const Papa: {
  unparse(
    data: readonly object[] | { fields: string[]; data: unknown[][] },
    config?: Record<string, unknown>,
  ): string;
};
export default Papa;
