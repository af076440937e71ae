import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';
// After styles.css: the frame's sizes at each window width override the defaults there.
import './desk/layout.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
