import type { PhotoInserter } from './photo-insert';

/** The Insert photo button and the file input behind it (also used by a placeholder's Attach photo). */
export function InsertPhotoButton({ inserter }: { inserter: PhotoInserter }) {
  return (
    <div className="insert-photo">
      <button
        type="button"
        title="Insert a JPEG, PNG, WebP or GIF photo at the cursor (or drop or paste one into the story)"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => inserter.pick()}
      >
        Insert photo
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
