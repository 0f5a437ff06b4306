/** An import that cannot start as asked (a --map entry, a missing column): the user fixes the command. */
export class ImportSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportSetupError';
  }
}
