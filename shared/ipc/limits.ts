// The limits a file request is held to, apart from the request schemas (contract.ts) so the
// renderer can read them without building the schemas, which only main parses with.

/** 200 MB: the largest file we ever read or write through the dialogs. */
export const maxFileBytes = 200 * 1024 * 1024;

/** The longest file name a request carries, in UTF-16 units. */
export const maxFileNameLength = 120;

/** The characters no file name a request carries may hold (Windows' rules, and controls). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
export const forbiddenFileNameCharacters = /[\\/:*?"<>|\u0000-\u001f]/g;
