export { KgError } from './kg-error.js';
export { InputError } from './input-error.js';
export { StoreError } from './store-error.js';
export { NotFoundError } from './not-found-error.js';
export { describe, messageOf } from './describe.js';
export { isSystemError } from './system-error.js';
export { InvalidQueryError } from './invalid-query-error.js';
export { RequestError } from './request-error.js';
