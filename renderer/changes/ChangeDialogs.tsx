import { useRef, useState } from 'react';
import { NOTE_KIND_LABELS, NOTE_KINDS, type NoteKind } from '../../shared/changes';
import { ModalDialog } from '../checks/ModalDialog';

/**
 * Your name: asked the first time a suggestion or note needs signing (`firstUse`), and in
 * Settings. The operating system's user name is offered until one is set.
 */
export function PersonDialog({ firstUse, initial, onDone }: { firstUse: boolean; initial: string; onDone(name: string | null): void }) {
  const [name, setName] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  return (
    <ModalDialog title={firstUse ? 'Who is editing?' : 'Settings'} initialFocus={input} onClose={() => onDone(null)}>
      <form
        className="person-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onDone(name.trim());
        }}
      >
        {firstUse && <p className="check-dialog-lead">Suggestions and notes are signed with your name, so the desk knows who made each one.</p>}
        <label className="person-field">
          <span>Your name</span>
          <input ref={input} type="text" value={name} maxLength={200} autoComplete="name" onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={!name.trim()}>
            Save
          </button>
          <button type="button" onClick={() => onDone(null)}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** Add note: a kind, the note's text, Post note. Put on the words selected when it opened. */
export function NoteDialog({ excerpt, onPost, onClose }: { excerpt: string; onPost(kind: NoteKind, text: string): void; onClose(): void }) {
  const [kind, setKind] = useState<NoteKind>('comment');
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const post = () => {
    if (text.trim()) onPost(kind, text.trim());
  };
  return (
    <ModalDialog title="Add note" initialFocus={box} onClose={onClose}>
      <p className="check-dialog-lead">On “{excerpt.length > 120 ? `${excerpt.slice(0, 119)}…` : excerpt}”</p>
      <label className="person-field">
        <span>Kind</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {NOTE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="person-field">
        <span>Note</span>
        <textarea
          ref={box}
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) post();
          }}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={!text.trim()} onClick={post}>
          Post note
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
