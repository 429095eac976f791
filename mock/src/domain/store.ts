// The sandbox's accounts: one per API key, created on first use (seeded by seed.ts), and where a
// generation is, whichever account holds it.
import type { Account, StoredGeneration, StoreSnapshot } from './model.ts';

export interface StoreOptions {
  /** Builds a new account for a key; `mediaOrigin` is the base of its example outputs' URLs. */
  seed: (apiKey: string, mediaOrigin: string, examples: boolean) => Account;
  /** The base of output URLs when the caller names none (trigger(), the control API without a request). */
  defaultMediaOrigin: string;
}

export class Store {
  readonly #options: StoreOptions;
  #accounts = new Map<string, Account>();
  #created: (account: Account) => void = () => {};

  constructor(options: StoreOptions) {
    this.#options = options;
  }

  /** The key's account, created and seeded on first use (`examples: false`: without example generations). */
  account(apiKey: string, mediaOrigin = this.#options.defaultMediaOrigin, examples = true): Account {
    let account = this.#accounts.get(apiKey);
    if (!account) {
      account = this.#options.seed(apiKey, mediaOrigin, examples);
      this.#accounts.set(apiKey, account);
      this.#created(account);
    }
    return account;
  }

  /** Called with every account created from now on (the core starts its example generations' timelines). */
  onCreate(listener: (account: Account) => void): void {
    this.#created = listener;
  }

  peek(apiKey: string): Account | undefined {
    return this.#accounts.get(apiKey);
  }

  accounts(): Account[] {
    return [...this.#accounts.values()];
  }

  /** Forgets one key's account (or all of them): the next request starts from the seed again. */
  reset(apiKey?: string): void {
    if (apiKey === undefined) this.#accounts.clear();
    else this.#accounts.delete(apiKey);
  }

  /** A generation by id, whichever account holds it (media URLs carry no key). */
  findGeneration(generationId: string): StoredGeneration | undefined {
    for (const account of this.#accounts.values()) {
      const found = account.generations[generationId];
      if (found) return found;
    }
    return undefined;
  }

  /** The account's generations, newest first. */
  listGenerations(account: Account): StoredGeneration[] {
    return Object.values(account.generations).sort((a, b) => b.seq - a.seq);
  }

  snapshot(): StoreSnapshot {
    return structuredClone({ version: 1, accounts: [...this.#accounts.values()] });
  }

  restore(snapshot: StoreSnapshot): void {
    if (snapshot?.version !== 1 || !Array.isArray(snapshot.accounts)) throw new Error('Not a sandbox state snapshot (version 1).');
    this.#accounts = new Map(structuredClone(snapshot.accounts).map((a) => [a.apiKey, a]));
  }
}
