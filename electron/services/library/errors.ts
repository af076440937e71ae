import { HostError } from '../../../shared/contract';

/** Turns a file-system failure into a message a reporter can act on. The text in the editor is kept either way. */
export function fileSystemError(e: unknown, action: string, file: string): HostError {
  if (e instanceof HostError) return e;
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new HostError('disk-full', `Could not ${action} "${file}": the disk is full. Your text is safe in the editor; free some space and save again.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new HostError('permission-denied', `Could not ${action} "${file}": permission denied. Your text is safe in the editor; check the folder's permissions and save again.`);
    case 'EBUSY':
    case 'ETXTBSY':
      return new HostError('busy', `Could not ${action} "${file}": another program has it locked. Your text is safe in the editor; close the other program and save again.`);
    case 'ENOENT':
      return new HostError('not-found', `Could not ${action} "${file}": the file or its folder is gone. Your text is safe in the editor.`);
    default:
      return new HostError('io', `Could not ${action} "${file}": ${err?.message ?? String(e)}. Your text is safe in the editor.`);
  }
}
