// Types of read.mjs, for the TypeScript that imports it (the sandbox, the tests).
export type JsonObject = Record<string, unknown>;

export interface SpecOperation {
  path: string;
  method: 'GET' | 'POST' | 'DELETE';
  item: JsonObject;
  op: JsonObject;
}

export declare const METHODS: readonly ['get', 'post', 'delete'];
export declare function operationsOf(spec: { paths: Record<string, JsonObject> }): SpecOperation[];
export declare function pointer(...keys: string[]): string;
export declare function atPointer(document: unknown, ref: string): unknown;
export declare function deref(document: unknown, node: unknown, at: string): { value: JsonObject; at: string };
export declare function refResolver(document: unknown): <T = unknown>(node: unknown) => T;
