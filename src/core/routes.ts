/**
 * The types of a route, looked up in the spec's `paths` with openapi-fetch's helpers: what a call
 * of it takes (`params`, `body`) and what it resolves with. Types only: nothing here runs.
 */
import type { Client, ClientPathsWithMethod, MethodResponse, ParamsOption, RequestBodyOption } from 'openapi-fetch';
import type { paths } from '../../generated/babysea.js';

type Api = Client<paths>;
export type Verb = 'get' | 'post' | 'delete';
/** The routes of the spec that take `M`. */
export type PathsWith<M extends Verb> = ClientPathsWithMethod<Api, M>;
type OperationOf<M extends Verb, P extends PathsWith<M>> = paths[P][M];
/** The `params` and `body` an operation takes, as openapi-fetch types them. */
export type RequestInitOf<M extends Verb, P extends PathsWith<M>> = ParamsOption<OperationOf<M, P>> & RequestBodyOption<OperationOf<M, P>>;
/** The JSON body of an operation's success answer. */
export type SuccessOf<M extends Verb, P extends PathsWith<M>> = MethodResponse<Api, M, P>;

type KeysOfUnion<U> = U extends unknown ? keyof U : never;
/** A union whose members' fields can all be read without narrowing (those a member lacks as `undefined`). */
export type ReadableUnion<U, All = U> = U extends unknown ? U & { [K in Exclude<KeysOfUnion<All>, keyof U>]?: undefined } : never;
type TakesIdempotencyKey<Op> = Op extends { parameters: { header?: infer H } }
  ? 'Idempotency-Key' extends keyof NonNullable<H>
    ? true
    : false
  : false;

/**
 * What a route's method resolves with: its success envelope, its `data` readable whatever variant
 * came, and, on routes that take an `Idempotency-Key`, `idempotency_replayed`.
 */
export type RouteResult<M extends Verb, P extends PathsWith<M>> =
  SuccessOf<M, P> extends infer Envelope
    ? Omit<Envelope, 'data'> & { data: ReadableUnion<Envelope extends { data: infer D } ? D : never> } & (TakesIdempotencyKey<
          OperationOf<M, P>
        > extends true
          ? { idempotency_replayed?: boolean }
          : unknown)
    : never;
