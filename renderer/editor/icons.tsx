/** Small stroke icons for the formatting bar (text glyphs for B and I; these for the rest). */
const common = { width: 18, height: 18, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round' as const, strokeLinejoin: 'round' as const, 'aria-hidden': true };

export const LinkIcon = () => (
  <svg {...common}>
    <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
    <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
  </svg>
);
export const BulletListIcon = () => (
  <svg {...common}>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <circle cx="4" cy="6" r="1" fill="currentColor" />
    <circle cx="4" cy="12" r="1" fill="currentColor" />
    <circle cx="4" cy="18" r="1" fill="currentColor" />
  </svg>
);
export const NumberedListIcon = () => (
  <svg {...common}>
    <path d="M10 6h10M10 12h10M10 18h10" />
    <path d="M4 4h1v4M3.5 8h2.5M3.5 14.5a1.2 1.2 0 0 1 2.3.4c0 .8-2.3 1.6-2.3 3.1h2.5" strokeWidth="1.5" />
  </svg>
);
export const QuoteIcon = () => (
  <svg {...common}>
    <path d="M4 18v-5a6 6 0 0 1 5-6M13 18v-5a6 6 0 0 1 5-6" />
    <path d="M4 13h4v5H4zM13 13h4v5h-4z" />
  </svg>
);
export const UndoIcon = () => (
  <svg {...common}>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </svg>
);
export const RedoIcon = () => (
  <svg {...common}>
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </svg>
);
