// The control has no jobs, database or instrumentation: this empty hook keeps the product's out.
export function register() {}
