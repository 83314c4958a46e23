/** One problem in one content file, named by file and field so staff can find it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file} › ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Every problem found in one pass, so one build run reports them all. */
export class ContentValidationError extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(
      `Content is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n` +
        errors.map((error) => `  - ${error.message}`).join('\n'),
    );
    this.name = 'ContentValidationError';
  }
}

/** Collects problems; `throwIfAny` ends the load with all of them. */
export class ErrorCollector {
  readonly errors: ContentError[] = [];

  add(file: string, field: string, problem: string): void {
    this.errors.push(new ContentError(file, field, problem));
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new ContentValidationError(this.errors);
  }
}
