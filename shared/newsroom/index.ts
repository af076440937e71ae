export * from './protocol';
export * from './story-doc';
