export * from './byline';
export * from './dateline';
export * from './format';
export * from './model';
export * from './person-id';
export * from './quote-states';
export * from './words';
