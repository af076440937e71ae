import { useEffect, useRef, useState } from 'react';

interface LinkDialogProps {
  initial: string;
  onApply(href: string): void;
  onClose(): void;
}

/** Asks for a link address for the selected words. An empty address removes the link. */
export function LinkDialog({ initial, onApply, onClose }: LinkDialogProps) {
  const [href, setHref] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div className="link-dialog" role="dialog" aria-label="Link">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onApply(href);
        }}
      >
        <label htmlFor="link-href">Link address</label>
        <input id="link-href" ref={input} value={href} placeholder="https://" onChange={(e) => setHref(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && onClose()} />
        <button type="submit">Apply link</button>
        {initial && (
          <button type="button" onClick={() => onApply('')}>
            Remove link
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </form>
    </div>
  );
}
