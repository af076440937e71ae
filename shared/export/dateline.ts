// The house-style dateline lives with the article model; exporters use that one.
export { datelineText, formatDateline } from '../article/dateline';
