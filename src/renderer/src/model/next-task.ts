/** Resolves in a task of its own: long work handed on in slices lets the page paint and answer keys between them. */
export const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done, 0))
