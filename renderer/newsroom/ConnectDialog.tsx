import { useRef, useState } from 'react';
import { ModalDialog } from '../checks/ModalDialog';

/**
 * Connect to newsroom: the address (ws://HOST:PORT) and the token the desk gave this person. The
 * token is checked with the newsroom before it is remembered; a wrong one says so here.
 */
export function ConnectDialog({
  initialAddress,
  connected,
  onConnect,
  onDisconnect,
  onClose,
}: {
  initialAddress: string;
  connected: boolean;
  onConnect(address: string, token: string): Promise<void>;
  onDisconnect(): Promise<void>;
  onClose(): void;
}) {
  const [address, setAddress] = useState(initialAddress);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  return (
    <ModalDialog title="Connect to newsroom" initialFocus={first} onClose={onClose}>
      <form
        className="person-form"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          onConnect(address, token)
            .then(onClose)
            .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
            .finally(() => setBusy(false));
        }}
      >
        <p className="check-dialog-lead">Shared stories are written together live. Ask the desk for the newsroom’s address and your token.</p>
        <label className="person-field">
          <span>Newsroom address</span>
          <input ref={first} type="text" value={address} placeholder="ws://127.0.0.1:4455" spellCheck={false} onChange={(e) => setAddress(e.target.value)} />
        </label>
        <label className="person-field">
          <span>Token</span>
          {/* A text box drawn as dots: a credential kept off screen, still a textbox to assistive technology (a password field is not one). */}
          <input
            type="text"
            className="secret-field"
            value={token}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        {error && (
          <p className="newsroom-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy || !address.trim() || !token.trim()}>
            {busy ? 'Connecting…' : 'Connect'}
          </button>
          {connected && (
            <button type="button" onClick={() => void onDisconnect().then(onClose)}>
              Forget this newsroom
            </button>
          )}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
