import './photos.css';
import type { EditorView } from 'prosemirror-view';
import { type RefObject, useMemo } from 'react';
import type { PhotoViewOptions } from '../editor/photo-view';
import { getHost } from '../host';
import { photoChecksPlugin } from './checks-plugin';
import { PhotoInserter } from './photo-insert';

/**
 * Everything the app wires in for photos: the inserter (button, placeholder, drop, paste), the
 * options the photo node view needs, and a factory for the editor plugins (one set per editor).
 */
export function usePhotoTools(view: RefObject<EditorView | null>, onRefused: (message: string) => void) {
  return useMemo(() => {
    const inserter = new PhotoInserter({
      importPhoto: (input) => getHost().importPhoto(input),
      onRefused,
      view: () => view.current,
    });
    const options: PhotoViewOptions = {
      // Library-relative media paths work as they are under both the web host and app://.
      mediaUrl: (src) => src,
      onAttach: (pos) => inserter.pick({ fill: pos }),
    };
    return { inserter, options, plugins: () => [inserter.plugin(), photoChecksPlugin()] };
  }, [view, onRefused]);
}
