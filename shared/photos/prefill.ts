/** What the photo service read from the file (see ImportedPhoto in shared/contract). */
export interface PhotoMetadataFields {
  caption: string | null;
  credit: string | null;
  rights: string | null;
}

export interface ImportedPhotoLike {
  src: string;
  preview: string;
  width: number;
  height: number;
  metadata: PhotoMetadataFields;
}

/**
 * The photo node's attributes for a newly imported photo: caption, credit line and rights
 * prefilled from the photographer's metadata. Alt text stays empty on purpose: a caption says
 * what the news is, alt text describes the image, and only the reporter can write that.
 * When filling a placeholder, what the reporter already typed there is kept.
 */
export function photoAttrsFromImport(photo: ImportedPhotoLike, existing: Partial<Record<'caption' | 'credit' | 'alt' | 'rights', string>> = {}) {
  const keep = (typed: string | undefined, fromFile: string | null) => (typed?.trim() ? typed : (fromFile?.trim() ?? ''));
  return {
    src: photo.src,
    preview: photo.preview,
    width: photo.width,
    height: photo.height,
    caption: keep(existing.caption, photo.metadata.caption),
    credit: keep(existing.credit, photo.metadata.credit),
    rights: keep(existing.rights, photo.metadata.rights),
    alt: existing.alt ?? '',
  };
}
