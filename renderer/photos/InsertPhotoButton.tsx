import type { PhotoInserter } from './photo-insert';

/** The Insert photo button and the file input behind it (also used by a placeholder's Attach photo). */
export function InsertPhotoButton({ inserter }: { inserter: PhotoInserter }) {
  return (
    <div className="insert-photo">
      <button
        type="button"
        className="tool"
        aria-label="Insert photo"
        title="Insert photo: a JPEG, PNG, WebP or GIF at the cursor (or drop or paste one into the story)"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => inserter.pick()}
      >
        <PhotoIcon />
      </button>
      <input
        ref={inserter.setFileInput}
        type="file"
        className="visually-hidden"
        aria-label="Photo file"
        tabIndex={-1}
        accept="image/jpeg,image/png,image/webp,image/gif,.jpg,.jpeg,.png,.webp,.gif"
        multiple
        onChange={(e) => inserter.onFilesChosen(e.target.files)}
      />
    </div>
  );
}

/** A picture frame with a mountain and a sun. */
function PhotoIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="1.8" />
      <path d="m21 16-5-5-9 9" />
    </svg>
  );
}
