export * from './byline';
export * from './format';
export * from './model';
export * from './words';
