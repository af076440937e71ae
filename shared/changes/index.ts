export * from './article';
export * from './model';
export * from './notes';
export * from './suggest';
