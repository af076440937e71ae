/**
 * `npm run --silent copydesk -- COMMAND …`: Copydesk's services for pipelines, in plain Node.
 * Results go to stdout, progress and errors to stderr; the exit status says whether it worked.
 */

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

type Command = (argv: string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  attributions: {
    summary: 'attributions --jsonl | attributions FILE   find quotes and who said them',
    load: async () => (await import('./attributions')).attributionsCommand,
  },
  check: {
    summary: 'check FILE… [--json] [--library DIR]   house style, notes, quotes, photos and links (exit 1 while an error is open)',
    load: async () => (await import('./checks')).checkCommand,
  },
  compare: {
    summary: 'compare OLDER NEWER | compare FILE --revisions [ID [ID2]] [--html] [--all]   two versions of a story, word by word',
    load: async () => (await import('./compare')).compareCommand,
  },
  export: {
    summary:
      'export FILE… --to html|html-fragment|md|ninjs|txt|docx [-o OUT] [--embed-images] [--changes accepted|rejected|shown]   an article in another format (exit 3: pending changes, choose --changes)',
    load: async () => (await import('./documents')).exportCommand,
  },
  import: {
    summary: 'import FILE… [--library DIR]   .txt, .md, .html or .docx as new articles (prints their paths)',
    load: async () => (await import('./documents')).importCommand,
  },
  newsroom: {
    summary: 'newsroom user add NAME --role reporter|editor|viewer --data DIR | newsroom user list|remove …   newsroom accounts (add prints the token)',
    load: async () => (await import('../newsroom/user-command')).newsroomCommand,
  },
};

function usage(): string {
  return ['Usage: npm run --silent copydesk -- COMMAND [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return (await command.load())(rest, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`copydesk: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
