/** An export that cannot be written faithfully. The message says what and why, for the desk. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

/** The strict-serializer rule: an element without an exporter stops the export instead of vanishing. */
export function missingExporter(format: string, kind: 'node' | 'mark', name: string): ExportError {
  return new ExportError(`The ${format} export has no way to write the ${kind} "${name}", so nothing was exported (rather than leave it out silently).`);
}
